import type { Actor } from "../../auth/actor";
import { verifyPassword } from "../../auth/password";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { queueEmail } from "../mail/queue-email";
import { requestOutboxSend } from "../mail/send-outbox";
import { secondFactorOffEmail } from "../../mail/templates/account-emails";

/**
 * Turns the second factor off (or abandons a set-up), after the person's password: someone at an
 * unlocked screen cannot remove it. Where the council requires one, the portal then asks them to
 * set up an app again before anything else.
 */
export async function turnOffSecondFactor(actor: Actor, password: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true },
  });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, password)))
    throw new AppError("INVALID", "The password is not right", { password: "The password is not right" });
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.secondFactor.deleteMany({ where: { userId: actor.userId } });
    if (!count) throw new AppError("CONFLICT", "Your second factor is already off.");
    // A security notice (required): if someone else did this, the person learns of it.
    await queueEmail(tx, {
      to: actor.email,
      councilId: actor.councilId,
      template: "second-factor-off",
      email: secondFactorOffEmail({ name: actor.name, byCouncil: null }),
    });
    await recordAudit(tx, actor, {
      action: "user:second-factor-off",
      entityType: "User",
      entityId: actor.userId,
      summary: "Turned off the second factor",
    });
  });
  await requestOutboxSend();
}
