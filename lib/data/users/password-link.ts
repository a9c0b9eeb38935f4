import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "../../db";
import type { PasswordTokenPurpose } from "../../generated/prisma/enums";

/** Invitations and links made by an administrator. */
export const PASSWORD_LINK_DAYS = 7;
/** "Forgot your password?" links: the person is at their screen now. */
export const FORGOT_PASSWORD_LINK_HOURS = 2;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a one-time set-password link: earlier unused links of the user stop working.
 * Returns the path with the raw token (only its hash is stored, so it exists only in the e-mail
 * made from it) and when it stops working.
 */
export async function issuePasswordLink(
  tx: Tx,
  args: {
    userId: string;
    councilId: string;
    /** Null when no person asked for it (a council created from the command line). */
    createdById: string | null;
    purpose?: PasswordTokenPurpose;
    /** Defaults to PASSWORD_LINK_DAYS. */
    validHours?: number;
    now?: Date;
  },
): Promise<{ path: string; expiresAt: Date }> {
  const now = args.now ?? new Date();
  const expiresAt = new Date(now.getTime() + (args.validHours ?? PASSWORD_LINK_DAYS * 24) * 3_600_000);
  await tx.passwordToken.updateMany({ where: { userId: args.userId, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString("base64url");
  await tx.passwordToken.create({
    data: {
      userId: args.userId,
      councilId: args.councilId,
      purpose: args.purpose ?? "SET_PASSWORD",
      tokenHash: hashToken(token),
      expiresAt,
      createdById: args.createdById,
    },
  });
  return { path: `/set-password/${token}`, expiresAt };
}
