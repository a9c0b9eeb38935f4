import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { secondFactorOffEmail } from "../../mail/templates/account-emails";
import { recordAccountAudit } from "../audit/record-audit";
import { queueEmail } from "../mail/queue-email";
import { requestOutboxSend } from "../mail/send-outbox";
import { lockUser } from "../users/lock-user";
import { canIssuePasswordLink } from "../users/update-user-access";

/**
 * An administrator turns off the second factor of someone in their council who lost their phone and
 * their recovery codes. Refused for a person who also belongs to another council (as for password
 * links: one council must not weaken the sign-in another relies on). The person is told by e-mail.
 */
export async function resetUserSecondFactor(actor: Actor, userId: string) {
  await prisma.$transaction(async (tx) => {
    const m = await tx.membership.findFirst({
      where: { userId, councilId: actor.councilId },
      select: { id: true },
    });
    if (!m) throw new NotFoundError("The user");
    await lockUser(tx, userId);
    if (!(await canIssuePasswordLink(tx, actor, userId)))
      throw new AppError(
        "CONFLICT",
        "This person also has an account with another council, so only they can turn off their second factor.",
      );
    const { count } = await tx.secondFactor.deleteMany({ where: { userId } });
    if (!count) throw new AppError("CONFLICT", "This person has no second factor to turn off.");
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { email: true, name: true },
    });
    await queueEmail(tx, {
      to: user.email,
      councilId: actor.councilId,
      template: "second-factor-off",
      email: secondFactorOffEmail({ name: user.name, byCouncil: actor.councilName }),
    });
    await recordAccountAudit(tx, actor, userId, {
      action: "user:reset-second-factor",
      entityType: "User",
      entityId: userId,
      summary: "Turned off a user's second factor (authenticator app)",
    });
  });
  await requestOutboxSend();
}
