import "server-only";
import type { Actor } from "../../auth/actor";
import { prisma, type Prisma, type SpecificationStatus } from "../../db";
import { pageOf } from "../paging";
import { specificationScope } from "../scopes";
import { councilServiceTypeOptions } from "../service-types/council-service-type-options";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";

export interface SpecificationFilters {
  status?: SpecificationStatus;
  serviceTypeId?: string;
}

/** The council's specifications, newest change first, with the current version's title. */
export async function listSpecifications(
  actor: Actor,
  filters: SpecificationFilters,
  page: number,
  pageSize = 25,
) {
  // The council's scope is its own clause, so no filter can replace it.
  const where: Prisma.SpecificationWhereInput = {
    AND: [
      specificationScope(actor),
      {
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.serviceTypeId ? { serviceTypeId: filters.serviceTypeId } : {}),
      },
    ],
  };
  const [total, specs] = await Promise.all([
    prisma.specification.count({ where }),
    prisma.specification.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        reference: true,
        status: true,
        currentVersion: true,
        updatedAt: true,
        serviceType: serviceTypeOf(actor.councilId),
        // The current version is the highest; one nested query for the page, not one per row.
        versions: { orderBy: { version: "desc" }, take: 1, select: { title: true, version: true } },
      },
    }),
  ]);
  const items = specs.map(({ versions, serviceType, ...s }) => ({
    ...s,
    serviceType: labelled(serviceType),
    title: versions[0]?.title ?? s.reference,
  }));
  return pageOf(items, total, page, pageSize);
}

/**
 * The council's service types, districts and types of need, for filters (every one) and forms
 * (`form`: current ones, and the retired ones the version being changed already names; decisions
 * 0034, 0038).
 */
export async function specificationFormOptions(
  actor: Actor,
  form?: { serviceTypeId?: string; districtIds: string[]; needTypeCodes: string[] },
) {
  const [serviceTypes, districts, needTypes] = await Promise.all([
    councilServiceTypeOptions(
      actor.councilId,
      form ? "choose" : "filter",
      form?.serviceTypeId ? { id: form.serviceTypeId } : undefined,
    ),
    prisma.district.findMany({
      where: {
        councilId: actor.councilId,
        ...(form && { OR: [{ retiredAt: null }, { id: { in: form.districtIds } }] }),
      },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    prisma.needType.findMany({
      where: {
        councilId: actor.councilId,
        ...(form && { OR: [{ retiredAt: null }, { code: { in: form.needTypeCodes } }] }),
      },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { code: true, name: true },
    }),
  ]);
  return { serviceTypes, districts, needTypes };
}
export type SpecificationFormOptions = Awaited<ReturnType<typeof specificationFormOptions>>;
