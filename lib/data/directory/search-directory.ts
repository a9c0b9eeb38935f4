import { prisma, Prisma } from "../../db";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";
import { councilServiceTypeOptions } from "../service-types/council-service-type-options";
import type { DirectorySearch } from "../../schemas/directory-search";
import { pageOf } from "../paging";
import { directoryFilters, publishedListingScope } from "./directory-predicates";

export const DIRECTORY_PAGE_SIZE = 20;

/** A listing as the directory lists it; its type with the council's label (decision 0038). */
const listingSelect = (councilId: string) =>
  ({
    id: true,
    name: true,
    description: true,
    ageMin: true,
    ageMax: true,
    isFree: true,
    costInfo: true,
    accessibilityFeatures: true,
    lastReviewedAt: true,
    createdAt: true,
    organisation: { select: { id: true, name: true } },
    serviceType: serviceTypeOf(councilId),
    districts: { select: { code: true, name: true }, orderBy: { name: "asc" } },
  }) satisfies Prisma.ServiceSelect;

/**
 * A page of a council's public directory: published listings only, searched by name and description
 * and filtered by age, type of need, district, type of break, cost and accessibility features, with
 * the choices each filter offers. Public information only. Null when no council has this slug.
 */
export async function searchDirectory(slug: string, search: DirectorySearch) {
  const council = await prisma.council.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true },
  });
  if (!council) return null;
  const where: Prisma.ServiceWhereInput = {
    AND: [publishedListingScope(council.id), ...directoryFilters(council.id, search)],
  };
  const [total, rows, districts, needTypes, serviceTypes] = await Promise.all([
    prisma.service.count({ where }),
    prisma.service.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (search.page - 1) * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
      select: listingSelect(council.id),
    }),
    prisma.district.findMany({
      where: { councilId: council.id },
      orderBy: { name: "asc" },
      select: { code: true, name: true },
    }),
    prisma.needType.findMany({
      where: { councilId: council.id },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { code: true, name: true },
    }),
    // The council's types in use, and a retired one only while published listings still have it.
    councilServiceTypeOptions(council.id, "choose", {
      services: { some: publishedListingScope(council.id) },
    }),
  ]);
  return {
    council,
    options: { districts, needTypes, serviceTypes },
    result: pageOf(
      rows.map((r) => ({ ...r, serviceType: labelled(r.serviceType) })),
      total,
      search.page,
      DIRECTORY_PAGE_SIZE,
    ),
  };
}
