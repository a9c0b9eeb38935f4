import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

/** The council's districts, types of need and current consent wording, for the registration form. */
export async function getRegistrationOptions(actor: Actor, childId?: string) {
  // Retired areas and needs only where the child already has them (decision 0034).
  const [districts, needTypes, consent] = await Promise.all([
    prisma.district.findMany({
      where: {
        councilId: actor.councilId,
        OR: [{ retiredAt: null }, ...(childId ? [{ children: { some: { id: childId } } }] : [])],
      },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, postcodePrefixes: true },
    }),
    prisma.needType.findMany({
      where: {
        councilId: actor.councilId,
        OR: [{ retiredAt: null }, ...(childId ? [{ children: { some: { childId } } }] : [])],
      },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    prisma.consentStatement.findFirst({
      where: { councilId: actor.councilId },
      orderBy: { version: "desc" },
      select: { id: true, version: true, text: true },
    }),
  ]);
  return { districts, needTypes, consent };
}

/** The district whose postcode prefixes include this postcode's outward code, if exactly one does. */
export function districtForPostcode(
  districts: { id: string; postcodePrefixes: string[] }[],
  postcode: string,
) {
  const outward = postcode.split(" ")[0]?.toUpperCase();
  const matches = districts.filter((d) => d.postcodePrefixes.some((p) => p.toUpperCase() === outward));
  return matches.length === 1 ? matches[0].id : null;
}
