import type { Tx } from "../db";

/**
 * The longest a session lasts from sign-in, however active: the JWT's own expiry rolls, this does
 * not. Staff sessions end sooner by their council's settings (idle minutes, hours since sign-in);
 * everyone else's after OTHER_SESSION_HOURS (lib/auth/load-actor.ts).
 */
export const SESSION_HOURS = 12;
/** Families', providers' and young commissioners' sessions: a working day from sign-in. */
export const OTHER_SESSION_HOURS = 8;
/** A session's last request is written at most once a minute, not on every request. */
export const LAST_SEEN_STEP_MS = 60_000;

/**
 * Starts a server-side session for a signed-in person (docs/decisions/0016). `membershipId` is who
 * they act for when that needs no choice (one active membership); otherwise null until they choose.
 */
export async function startSession(
  db: Tx,
  userId: string,
  membershipId: string | null,
  now = new Date(),
): Promise<string> {
  const session = await db.userSession.create({
    data: {
      userId,
      membershipId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
    },
    select: { id: true },
  });
  return session.id;
}

/** Ends one session (sign out): a copy of its cookie stops working at the next request. */
export async function revokeSession(db: Tx, sessionId: string, now = new Date()) {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of a person (sign out everywhere, a new password). */
export async function revokeUserSessions(db: Tx, userId: string, now = new Date()) {
  await db.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}

/**
 * Ends the sessions acting for one membership (disabled, or its role changed): the person's
 * sessions for their other councils carry on.
 */
export async function revokeMembershipSessions(db: Tx, membershipId: string, now = new Date()) {
  await db.userSession.updateMany({ where: { membershipId, revokedAt: null }, data: { revokedAt: now } });
}
