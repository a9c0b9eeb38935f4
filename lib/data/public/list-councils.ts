import { prisma } from "../../db";

/** Councils using the portal, for the public home page. Public information only. */
export function listCouncils() {
  return prisma.council.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
}
