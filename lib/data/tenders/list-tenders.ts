import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import type { TenderStatus } from "../../generated/prisma/enums";
import { pageOf } from "../paging";
import { councilTenderScope } from "../scopes";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";

export const TENDER_PAGE_SIZE = 20;
export async function listTenders(actor: Actor, filter: { status?: TenderStatus; page: number }) {
  // The council's scope is its own clause, so no filter can replace it.
  const where: Prisma.TenderWhereInput = {
    AND: [councilTenderScope(actor), filter.status ? { status: filter.status } : {}],
  };
  const [items, total] = await Promise.all([
    prisma.tender.findMany({
      where,
      orderBy: [{ submissionDeadline: "desc" }, { reference: "asc" }],
      skip: (filter.page - 1) * TENDER_PAGE_SIZE,
      take: TENDER_PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        title: true,
        status: true,
        submissionDeadline: true,
        estimatedValue: true,
        specificationVersion: {
          select: { specification: { select: { serviceType: serviceTypeOf(actor.councilId) } } },
        },
      },
    }),
    prisma.tender.count({ where }),
  ]);
  return pageOf(
    items.map(({ specificationVersion, ...t }) => ({
      ...t,
      /** The council's label for the specification's service type. */
      serviceTypeName: labelled(specificationVersion.specification.serviceType).name,
    })),
    total,
    filter.page,
    TENDER_PAGE_SIZE,
  );
}
