import { openSecret } from "../../auth/secret-box";
import type { Tx } from "../../db";
import { checkTotpCode, hashRecoveryCode, normaliseRecoveryCode } from "../../domain/totp";

export type SignInCodeResult = "not-needed" | "needed" | "accepted" | "wrong" | "used";

/**
 * The second step of signing in, after a right password: whether the person has a second factor,
 * and if a code was given, whether it is right. A TOTP code is taken once (the step is recorded in
 * the same conditional update that accepts it, so two requests with one code cannot both pass); a
 * recovery code is marked used the same way.
 */
export async function checkSignInCode(
  db: Tx,
  userId: string,
  input: string | undefined,
  now = new Date(),
): Promise<SignInCodeResult> {
  const row = await db.secondFactor.findUnique({
    where: { userId },
    select: { secret: true, enabledAt: true, lastUsedStep: true },
  });
  if (!row?.enabledAt) return "not-needed";
  const typed = input?.trim();
  if (!typed) return "needed";

  const recovery = normaliseRecoveryCode(typed);
  if (recovery && !/^\d+$/.test(recovery)) {
    const { count } = await db.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(recovery), usedAt: null },
      data: { usedAt: now },
    });
    return count ? "accepted" : "wrong";
  }

  const check = checkTotpCode(openSecret(row.secret, "totp"), typed, now, row.lastUsedStep);
  if (!check.ok) return check.reason;
  const { count } = await db.secondFactor.updateMany({
    where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: check.step } }] },
    data: { lastUsedStep: check.step },
  });
  return count ? "accepted" : "used";
}
