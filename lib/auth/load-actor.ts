import { prisma } from "../db";
import type { Actor } from "./actor";

/**
 * Turns session claims into an Actor, or null when the session has been revoked: the user's
 * session version moved on (sign out everywhere, role change), the membership was disabled,
 * or it no longer belongs to that user.
 */
export async function loadActor(claims: {
  id: string;
  membershipId: string;
  sessionVersion: number;
}): Promise<Actor | null> {
  if (!claims.membershipId) return null;
  const m = await prisma.membership.findUnique({
    where: { id: claims.membershipId },
    select: {
      id: true,
      role: true,
      organisationId: true,
      familyId: true,
      disabledAt: true,
      user: { select: { id: true, name: true, email: true, sessionVersion: true } },
      council: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!m || m.disabledAt || m.user.id !== claims.id || m.user.sessionVersion !== claims.sessionVersion)
    return null;
  return {
    userId: m.user.id,
    membershipId: m.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    councilId: m.council.id,
    councilSlug: m.council.slug,
    councilName: m.council.name,
    organisationId: m.organisationId,
    familyId: m.familyId,
  };
}
