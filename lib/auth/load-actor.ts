import { prisma } from "../db";
import { LAST_SEEN_STEP_MS, OTHER_SESSION_HOURS } from "./user-session";
import type { Actor } from "./actor";
import type { Role } from "../generated/prisma/enums";

/** What the session cookie carries: the user and the server-side session's id. */
export interface SessionClaims {
  id: string;
  sid: string;
}

export type SessionState =
  | { kind: "signed-out" }
  /** Signed in, but belongs to several councils or roles and has not chosen who to act for. */
  | { kind: "choosing"; sessionId: string; userId: string; name: string; membershipCount: number }
  | {
      kind: "acting";
      sessionId: string;
      actor: Actor;
      membershipCount: number;
    };

const SIGNED_OUT = { kind: "signed-out" } as const;

/** Council staff: the roles that can set up a second factor, and that a council can require it of. */
export const STAFF_ROLES: ReadonlySet<Role> = new Set<Role>(["COMMISSIONER", "SOCIAL_WORKER", "ADMIN"]);

/**
 * Turns session claims into who is acting, checked against the database on every request
 * (docs/decisions/0003, 0016). Signed out when the session is unknown, revoked (sign out, sign out
 * everywhere, a new password, the membership disabled or its role changed) or expired, or when the
 * chosen membership is disabled or is not the user's.
 */
export async function loadSession(claims: Partial<SessionClaims>, now = new Date()): Promise<SessionState> {
  if (!claims.id || !claims.sid) return SIGNED_OUT;
  const s = await prisma.userSession.findUnique({
    where: { id: claims.sid },
    select: {
      id: true,
      userId: true,
      createdAt: true,
      expiresAt: true,
      lastSeenAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          secondFactor: { select: { enabledAt: true } },
          _count: { select: { memberships: { where: { disabledAt: null } } } },
        },
      },
      membership: {
        select: {
          id: true,
          userId: true,
          role: true,
          organisationId: true,
          familyId: true,
          disabledAt: true,
          council: {
            select: {
              id: true,
              slug: true,
              name: true,
              requireStaffSecondFactor: true,
              sessionIdleMinutes: true,
              sessionMaxHours: true,
            },
          },
        },
      },
    },
  });
  if (!s || s.revokedAt || s.expiresAt <= now || s.userId !== claims.id) return SIGNED_OUT;
  const membershipCount = s.user._count.memberships;
  const m = s.membership;
  if (!m) return { kind: "choosing", sessionId: s.id, userId: s.userId, name: s.user.name, membershipCount };
  if (m.disabledAt || m.userId !== s.userId) return SIGNED_OUT;
  // Staff: the council's idle time and session length; everyone else: a working day from sign-in.
  const staff = STAFF_ROLES.has(m.role);
  const ends = s.createdAt.getTime() + (staff ? m.council.sessionMaxHours : OTHER_SESSION_HOURS) * 3_600_000;
  const idle = staff && now.getTime() - s.lastSeenAt.getTime() > m.council.sessionIdleMinutes * 60_000;
  if (idle || now.getTime() >= ends) {
    // Ended for good: coming back later does not revive it.
    await prisma.userSession.updateMany({ where: { id: s.id, revokedAt: null }, data: { revokedAt: now } });
    return SIGNED_OUT;
  }
  if (now.getTime() - s.lastSeenAt.getTime() >= LAST_SEEN_STEP_MS)
    await prisma.userSession.updateMany({
      where: { id: s.id, lastSeenAt: { lt: new Date(now.getTime() - LAST_SEEN_STEP_MS) } },
      data: { lastSeenAt: now },
    });
  return {
    kind: "acting",
    sessionId: s.id,
    membershipCount,
    actor: {
      userId: s.user.id,
      membershipId: m.id,
      name: s.user.name,
      email: s.user.email,
      role: m.role,
      councilId: m.council.id,
      councilSlug: m.council.slug,
      councilName: m.council.name,
      organisationId: m.organisationId,
      familyId: m.familyId,
      ...(m.council.requireStaffSecondFactor && STAFF_ROLES.has(m.role) && !s.user.secondFactor?.enabledAt
        ? { mustSetUpSecondFactor: true }
        : {}),
    },
  };
}

/** The actor of a session, or null when it is signed out or has not chosen who to act for yet. */
export async function loadActor(claims: Partial<SessionClaims>, now = new Date()): Promise<Actor | null> {
  const s = await loadSession(claims, now);
  return s.kind === "acting" ? s.actor : null;
}
