import { prisma } from "../db";
import { dummyPasswordHash, verifyPassword } from "./password";
import { isThrottled, recordAttempt, throttleKey } from "./throttle";
import { signInSchema } from "../schemas/auth";

export const SIGN_IN_FAILED = "The e-mail address or password is not right, or the account cannot be used.";
export const SIGN_IN_THROTTLED = "Too many attempts to sign in. Wait 15 minutes, then try again.";

export type AuthenticateResult =
  { ok: true; userId: string; membershipId: string; sessionVersion: number } | { ok: false; message: string };

/**
 * Checks credentials for the sign-in provider. Every failure gives the same message, whether the
 * account is unknown, disabled, has no password yet or the password is wrong.
 */
export async function authenticate(
  input: unknown,
  address: string,
  now = new Date(),
): Promise<AuthenticateResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: SIGN_IN_FAILED };
  const { email, password } = parsed.data;
  const accountKey = throttleKey("account", email);
  const addressKey = throttleKey("address", address);
  if (await isThrottled(prisma, accountKey, addressKey, now))
    return { ok: false, message: SIGN_IN_THROTTLED };

  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      passwordHash: true,
      sessionVersion: true,
      memberships: {
        where: { disabledAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true },
        take: 1,
      },
    },
  });
  // Verify against a dummy hash when there is no account, so timing does not tell.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  const membership = user?.memberships[0];
  const ok = !!user?.passwordHash && passwordOk && !!membership;
  await recordAttempt(prisma, accountKey, addressKey, ok);
  if (!ok || !user || !membership) return { ok: false, message: SIGN_IN_FAILED };

  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return { ok: true, userId: user.id, membershipId: membership.id, sessionVersion: user.sessionVersion };
}
