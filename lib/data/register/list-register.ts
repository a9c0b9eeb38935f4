import type { Actor } from "../../auth/actor";
import { prisma, type AgeBand, type Prisma, type RegisterStatus } from "../../db";
import { birthDateRange } from "../../domain/age-band";
import { startOfUtcDay } from "../../domain/dates";
import { pageOf } from "../paging";
import { councilChildScope } from "../scopes";

export interface RegisterFilters {
  q?: string;
  districtId?: string;
  ageBand?: AgeBand;
  needTypeId?: string;
  status?: RegisterStatus;
}

/** Register entries of the actor's council for staff, with filters that the (councilId, status, districtId, dateOfBirth) index serves. */
export async function listRegister(
  actor: Actor,
  filters: RegisterFilters,
  page: number,
  pageSize = 25,
  now = new Date(),
) {
  // The council's scope stands beside the filters (AND), so no filter can replace it.
  const filterWhere: Prisma.ChildWhereInput = {
    status: filters.status ?? "ACTIVE",
    ...(filters.districtId ? { districtId: filters.districtId } : {}),
    ...(filters.ageBand
      ? (() => {
          const { from, to } = birthDateRange(filters.ageBand, startOfUtcDay(now));
          return { dateOfBirth: { gte: from, lt: to } };
        })()
      : {}),
    ...(filters.needTypeId ? { needs: { some: { needTypeId: filters.needTypeId } } } : {}),
    ...(filters.q
      ? {
          OR: [
            { firstName: { contains: filters.q, mode: "insensitive" as const } },
            { lastName: { contains: filters.q, mode: "insensitive" as const } },
            { postcode: { startsWith: filters.q.toUpperCase() } },
          ],
        }
      : {}),
  };
  const where: Prisma.ChildWhereInput = { AND: [councilChildScope(actor), filterWhere] };
  const [total, items] = await Promise.all([
    prisma.child.count({ where }),
    prisma.child.findMany({
      where,
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        dateOfBirth: true,
        status: true,
        registeredAt: true,
        district: { select: { name: true } },
        needs: { select: { needType: { select: { name: true } } } },
        // The wording the child's consent is under: after new wording, older until the family agrees again.
        consents: {
          where: { withdrawnAt: null },
          orderBy: { agreedAt: "desc" },
          take: 1,
          select: { statement: { select: { version: true } } },
        },
      },
    }),
  ]);
  return pageOf(items, total, page, pageSize);
}

export function registerFilterOptions(actor: Actor) {
  return Promise.all([
    prisma.district.findMany({
      where: { councilId: actor.councilId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.needType.findMany({
      where: { councilId: actor.councilId },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
}
