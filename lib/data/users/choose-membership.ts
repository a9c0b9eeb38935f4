import { prisma } from "../../db";
import { AppError } from "../../errors";

const CHOOSE = "Choose who you are acting for";

/** A person's active memberships, for the "Choose who you are acting for" page. */
export async function listOwnMemberships(userId: string) {
  const rows = await prisma.membership.findMany({
    where: { userId, disabledAt: null },
    orderBy: [{ council: { name: "asc" } }, { role: "asc" }],
    select: {
      id: true,
      role: true,
      council: { select: { name: true } },
      organisation: { select: { name: true } },
    },
  });
  return rows.map((m) => ({
    id: m.id,
    role: m.role,
    councilName: m.council.name,
    organisation: m.organisation?.name ?? null,
  }));
}

/**
 * Remembers, in the server-side session, which membership (council and role) the person acts for.
 * The choice is checked here, never trusted: the membership must be the session's user's own and
 * not disabled, and the session must still be live.
 */
export async function chooseMembership(
  session: { sessionId: string; userId: string },
  membershipId: string,
  now = new Date(),
) {
  await prisma.$transaction(async (tx) => {
    const m = await tx.membership.findFirst({
      where: { id: membershipId, userId: session.userId, disabledAt: null },
      select: { id: true },
    });
    if (!m) throw new AppError("INVALID", CHOOSE, { membershipId: CHOOSE });
    const { count } = await tx.userSession.updateMany({
      where: { id: session.sessionId, userId: session.userId, revokedAt: null, expiresAt: { gt: now } },
      data: { membershipId: m.id },
    });
    if (count !== 1) throw new AppError("NOT_ALLOWED", "Your session has ended. Sign in again.");
  });
}
