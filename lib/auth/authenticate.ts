import { prisma } from "../db";
import { dummyPasswordHash, verifyPassword } from "./password";
import { beginAttempt, markAttemptSucceeded, throttleKeys } from "./throttle";
import { startSession } from "./user-session";
import { signInSchema } from "../schemas/auth";

export const SIGN_IN_FAILED = "The e-mail address or password is not right, or the account cannot be used.";
export const SIGN_IN_THROTTLED = "Too many attempts to sign in. Wait 15 minutes, then try again.";

export type AuthenticateResult =
  | {
      ok: true;
      userId: string;
      sessionId: string;
      /** Who they act for, when they have one active membership; null means they must choose. */
      membershipId: string | null;
    }
  | { ok: false; message: string };

/**
 * Checks credentials for the sign-in provider and starts a server-side session. Every failure
 * gives the same message, whether the account is unknown, disabled, has no password yet or the
 * password is wrong. `address` is null when the client's address cannot be known.
 */
export async function authenticate(
  input: unknown,
  address: string | null,
  now = new Date(),
): Promise<AuthenticateResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: SIGN_IN_FAILED };
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, address);
  const attemptId = await beginAttempt(keys, now);
  if (!attemptId) return { ok: false, message: SIGN_IN_THROTTLED };

  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      passwordHash: true,
      memberships: { where: { disabledAt: null }, select: { id: true }, take: 2 },
    },
  });
  // Verify against a dummy hash when there is no account, so timing does not tell.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const ok = !!user?.passwordHash && passwordOk && user.memberships.length > 0;
  // The attempt is already recorded as a failure; only a success changes it.
  if (!ok || !user) return { ok: false, message: SIGN_IN_FAILED };

  // Several memberships: who they act for is chosen after signing in, never guessed.
  const membershipId = user.memberships.length === 1 ? user.memberships[0].id : null;
  const sessionId = await prisma.$transaction(async (tx) => {
    await markAttemptSucceeded(tx, attemptId, keys);
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    return startSession(tx, user.id, membershipId, now);
  });
  return { ok: true, userId: user.id, sessionId, membershipId };
}
