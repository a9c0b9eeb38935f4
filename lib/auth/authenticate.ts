import { prisma } from "../db";
import { dummyPasswordHash, verifyPassword } from "./password";
import { beginAttempt, forgetAttempt, markAttemptSucceeded, throttleKeys } from "./throttle";
import { checkSignInCode } from "../data/second-factor/check-sign-in-code";
import { startSession } from "./user-session";
import { signInSchema } from "../schemas/auth";

export const SIGN_IN_FAILED = "The e-mail address or password is not right, or the account cannot be used.";
export const SIGN_IN_THROTTLED = "Too many attempts to sign in. Wait 15 minutes, then try again.";
/** Not an error shown as such: the sign-in form reads it and asks for the code from the app. */
export const SECOND_FACTOR_NEEDED = "SECOND_FACTOR_NEEDED";
export const SECOND_FACTOR_WRONG =
  "The code is not right. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.";
export const SECOND_FACTOR_USED =
  "That code has already been used. Wait for your authenticator app to show a new code, then enter it.";

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
  const code =
    typeof input === "object" && input && "code" in input ? String(input.code ?? "").slice(0, 40) : "";
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
  const result = await prisma.$transaction(async (tx) => {
    const second = await checkSignInCode(tx, user.id, code, now);
    // The password was right and no code came yet: that step is not a failed attempt, but it
    // forgives nothing either. A wrong or reused code stays recorded as a failure (the rate limit).
    if (second === "needed") {
      await forgetAttempt(tx, attemptId);
      return { ok: false, message: SECOND_FACTOR_NEEDED } as const;
    }
    if (second === "wrong") return { ok: false, message: SECOND_FACTOR_WRONG } as const;
    if (second === "used") return { ok: false, message: SECOND_FACTOR_USED } as const;
    await markAttemptSucceeded(tx, attemptId, keys);
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    return { ok: true, sessionId: await startSession(tx, user.id, membershipId, now) } as const;
  });
  if (!result.ok) return result;
  return { ok: true, userId: user.id, sessionId: result.sessionId, membershipId };
}
