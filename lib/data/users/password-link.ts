import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "../../db";
import type { PasswordTokenPurpose } from "../../generated/prisma/enums";

export const PASSWORD_LINK_DAYS = 7;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Issues a one-time set-password link: earlier unused links of the user stop working.
 * Returns the path with the raw token; only its hash is stored, so it can be shown once.
 */
export async function issuePasswordLink(
  tx: Tx,
  args: {
    userId: string;
    councilId: string;
    createdById: string;
    purpose?: PasswordTokenPurpose;
    now?: Date;
  },
): Promise<string> {
  const now = args.now ?? new Date();
  await tx.passwordToken.updateMany({ where: { userId: args.userId, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString("base64url");
  await tx.passwordToken.create({
    data: {
      userId: args.userId,
      councilId: args.councilId,
      purpose: args.purpose ?? "SET_PASSWORD",
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + PASSWORD_LINK_DAYS * 86_400_000),
      createdById: args.createdById,
    },
  });
  return `/set-password/${token}`;
}
