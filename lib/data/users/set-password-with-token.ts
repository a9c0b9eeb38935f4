import { prisma } from "../../db";
import { AppError } from "../../errors";
import { hashPassword } from "../../auth/password";
import { hashToken } from "./password-link";

const LINK_INVALID =
  "This link has expired or has already been used. Ask your council administrator for a new one.";

/** Looks up a link without using it, for the set-password page. */
export async function findPasswordLink(token: string, now = new Date()) {
  const row = await prisma.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true, name: true } } },
  });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  return { email: row.user.email, name: row.user.name };
}

/** Sets the password, uses up the link and ends every existing session of the user. */
export async function setPasswordWithToken(token: string, password: string, now = new Date()) {
  const passwordHash = await hashPassword(password);
  await prisma.$transaction(async (tx) => {
    // Claim the token atomically: a second submit of the same form finds it used.
    const { count } = await tx.passwordToken.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) throw new AppError("INVALID", LINK_INVALID);
    const row = await tx.passwordToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(token) },
      select: { userId: true, councilId: true },
    });
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await tx.auditEvent.create({
      data: {
        councilId: row.councilId,
        actorUserId: row.userId,
        action: "user:set-password",
        entityType: "User",
        entityId: row.userId,
        summary: "Set a password from a one-time link",
      },
    });
  });
}
