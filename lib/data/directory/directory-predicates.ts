import type { Prisma } from "../../db";
import type { DirectorySearch } from "../../schemas/directory-search";
import { reviewDueBefore } from "../../domain/directory";

/**
 * What the public sees of a council's directory: its published listings only. The scope of every
 * public directory read, kept in its own clause beside the filters (`AND: [scope, ...filters]`).
 */
export function publishedListingScope(councilId: string): Prisma.ServiceWhereInput {
  return { councilId, status: "PUBLISHED" };
}

/** The directory's filters as where-clauses, one per filter given (never carrying scope). */
export function directoryFilters(councilId: string, search: DirectorySearch): Prisma.ServiceWhereInput[] {
  const filters: Prisma.ServiceWhereInput[] = [];
  if (search.q)
    filters.push({
      OR: [
        { name: { contains: search.q, mode: "insensitive" } },
        { description: { contains: search.q, mode: "insensitive" } },
      ],
    });
  if (search.age !== undefined)
    filters.push(
      { OR: [{ ageMin: null }, { ageMin: { lte: search.age } }] },
      { OR: [{ ageMax: null }, { ageMax: { gte: search.age } }] },
    );
  if (search.need) filters.push({ needTypes: { some: { councilId, code: search.need } } });
  if (search.district) filters.push({ districts: { some: { councilId, code: search.district } } });
  if (search.type) filters.push({ serviceType: { code: search.type } });
  if (search.cost) filters.push({ isFree: search.cost === "free" });
  if (search.access.length) filters.push({ accessibilityFeatures: { hasEvery: search.access } });
  return filters;
}

/** Published listings not reviewed for six months (the same rule as isReviewDue and the reminder job). */
export function reviewDueWhere(now: Date): Prisma.ServiceWhereInput {
  const before = reviewDueBefore(now);
  return {
    status: "PUBLISHED",
    OR: [{ lastReviewedAt: { lte: before } }, { lastReviewedAt: null, createdAt: { lte: before } }],
  };
}
