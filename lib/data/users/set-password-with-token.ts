import { prisma } from "../../db";
import { AppError } from "../../errors";
import { hashPassword } from "../../auth/password";
import { revokeUserSessions } from "../../auth/user-session";
import { recordAccountAudit } from "../audit/record-audit";
import { hashToken } from "./password-link";
import { lockUser } from "./lock-user";

const LINK_INVALID =
  "This link has expired or has already been used. Use ‘Forgot your password?’ on the sign-in page to get a new one.";
const LINK_OTHER_COUNCIL =
  "This link no longer works: your account is now used by more than one council, so one council's link " +
  "cannot set its password. Sign in with the password you have.";

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
      select: { userId: true, councilId: true, purpose: true },
    });
    await lockUser(tx, row.userId);
    // A link made by one council must not set a password another council's membership relies on.
    // A link the person asked for themselves ("Forgot your password?") proves they hold the address.
    if (row.purpose !== "FORGOT_PASSWORD") {
      const elsewhere = await tx.membership.count({
        where: { userId: row.userId, councilId: { not: row.councilId } },
      });
      if (elsewhere > 0) throw new AppError("INVALID", LINK_OTHER_COUNCIL);
    }
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await revokeUserSessions(tx, row.userId, now);
    await recordAccountAudit(tx, null, row.userId, {
      action: "user:set-password",
      entityType: "User",
      entityId: row.userId,
      summary:
        row.purpose === "FORGOT_PASSWORD"
          ? "Reset their password from a link they asked for"
          : "Set a password from a one-time link",
      actorUserId: row.userId,
    });
  });
}
