import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { pageOf } from "../paging";
import { REFERENCE_TABLES, type ReferenceKind } from "./reference-tables";

const PAGE_SIZE = 50;
const ROW = { id: true, code: true, name: true, position: true, retiredAt: true } as const;
const SERVICE_TYPE_ROW = {
  id: true,
  label: true,
  position: true,
  retiredAt: true,
  serviceType: { select: { code: true } },
} as const;

/** One page of the council's districts, types of need, service types or groups that rarely get involved, in list order, current and retired. */
export async function listReferenceValues(actor: Actor, kind: ReferenceKind, page = 1) {
  const where = { councilId: actor.councilId };
  const orderBy = [{ position: "asc" as const }, { name: "asc" as const }];
  const skip = (Math.max(page, 1) - 1) * PAGE_SIZE;
  if (kind === "service-type") {
    const [rows, total] = await Promise.all([
      prisma.councilServiceType.findMany({
        where,
        orderBy: [{ position: "asc" }, { label: "asc" }],
        skip,
        take: PAGE_SIZE,
        select: SERVICE_TYPE_ROW,
      }),
      prisma.councilServiceType.count({ where }),
    ]);
    const items = rows.map(({ label, serviceType, ...r }) => ({ ...r, name: label, code: serviceType.code }));
    return pageOf(items, total, page, PAGE_SIZE);
  }
  const [items, total] =
    kind === "district"
      ? await Promise.all([
          prisma.district.findMany({ where, orderBy, skip, take: PAGE_SIZE, select: ROW }),
          prisma.district.count({ where }),
        ])
      : kind === "need-type"
        ? await Promise.all([
            prisma.needType.findMany({ where, orderBy, skip, take: PAGE_SIZE, select: ROW }),
            prisma.needType.count({ where }),
          ])
        : await Promise.all([
            prisma.involvementGroup.findMany({ where, orderBy, skip, take: PAGE_SIZE, select: ROW }),
            prisma.involvementGroup.count({ where }),
          ]);
  return pageOf(items, total, page, PAGE_SIZE);
}

/** One district, type of need, service type or group that rarely gets involved of the actor's council. */
export async function getReferenceValue(actor: Actor, kind: ReferenceKind, id: string) {
  const where = { id, councilId: actor.councilId };
  if (kind === "service-type") {
    const row = await prisma.councilServiceType.findFirst({
      where,
      select: { ...SERVICE_TYPE_ROW, serviceType: { select: { code: true, name: true } } },
    });
    if (!row) throw new NotFoundError(`The ${REFERENCE_TABLES[kind].noun}`);
    const { label, serviceType, ...r } = row;
    return { ...r, name: label, code: serviceType.code, nationalName: serviceType.name };
  }
  const row =
    kind === "district"
      ? await prisma.district.findFirst({ where, select: ROW })
      : kind === "need-type"
        ? await prisma.needType.findFirst({ where, select: ROW })
        : await prisma.involvementGroup.findFirst({ where, select: ROW });
  if (!row) throw new NotFoundError(`The ${REFERENCE_TABLES[kind].noun}`);
  return { ...row, nationalName: null };
}

/** The national service types the actor's council does not use yet, to add (national order). */
export async function serviceTypesToAdd(actor: Actor) {
  return prisma.serviceType.findMany({
    where: { councils: { none: { councilId: actor.councilId } } },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { code: true, name: true },
  });
}
