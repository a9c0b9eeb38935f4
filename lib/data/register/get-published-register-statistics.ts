import "server-only";
import { prisma } from "../../db";
import type { RegisterStatistics } from "../../domain/statistics-table";
import { registerStatisticsForCouncil, type RegisterStatisticsOptions } from "./get-register-statistics";

/**
 * A council's published anonymous statistics, for the public page: no actor, the council found by
 * its slug. The same suppressed tables as staff see, so the two can never be set against each other.
 * Null when no council has this slug.
 */
export async function getPublishedRegisterStatistics(
  slug: string,
  options: RegisterStatisticsOptions = {},
): Promise<RegisterStatistics | null> {
  const council = await prisma.council.findUnique({ where: { slug }, select: { id: true } });
  return council ? registerStatisticsForCouncil(council.id, options) : null;
}
