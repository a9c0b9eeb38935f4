import { prisma } from "../../db";
import { queueEmail } from "../mail/queue-email";
import { requestOutboxSend } from "../mail/send-outbox";
import { passwordResetEmail } from "../../mail/templates/account-emails";
import { FORGOT_PASSWORD_LINK_HOURS, issuePasswordLink } from "./password-link";
import { lockUser } from "./lock-user";
import { recordAccountAudit } from "../audit/record-audit";

/** However the request goes, the answer takes at least this long, so timing tells nothing either. */
export const RESET_MIN_MS = 400;
/** One reset e-mail per address in this time: a stranger cannot flood someone's inbox. */
const RESET_GAP_MS = 2 * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * "Forgot your password?": if the address belongs to someone who may sign in (a membership that is
 * not disabled), e-mails them a one-time link valid for FORGOT_PASSWORD_LINK_HOURS; otherwise does
 * nothing. The caller says the same thing either way and this takes at least RESET_MIN_MS either
 * way, so the answer reveals nothing about whether an account exists.
 */
export async function requestPasswordReset(email: string, now = new Date()): Promise<void> {
  const started = performance.now();
  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      memberships: {
        where: { disabledAt: null },
        orderBy: { createdAt: "asc" },
        take: 1,
        select: { councilId: true },
      },
    },
  });
  const membership = user?.memberships[0];
  let queued = false;
  if (user && membership) {
    queued = await prisma.$transaction(async (tx) => {
      await lockUser(tx, user.id);
      const recent = await tx.passwordToken.count({
        where: {
          userId: user.id,
          purpose: "FORGOT_PASSWORD",
          createdAt: { gt: new Date(now.getTime() - RESET_GAP_MS) },
        },
      });
      if (recent > 0) return false;
      const link = await issuePasswordLink(tx, {
        userId: user.id,
        // The token records a council; this link is the person's own, so no council's rule applies to it.
        councilId: membership.councilId,
        createdById: user.id,
        purpose: "FORGOT_PASSWORD",
        validHours: FORGOT_PASSWORD_LINK_HOURS,
        now,
      });
      await queueEmail(tx, {
        to: email,
        councilId: null,
        template: "password-reset",
        email: passwordResetEmail({ name: user.name, linkPath: link.path, expiresAt: link.expiresAt }),
      });
      await recordAccountAudit(tx, null, user.id, {
        action: "user:request-password-reset",
        entityType: "User",
        entityId: user.id,
        summary: "Asked for a password reset link by e-mail",
        actorUserId: user.id,
      });
      return true;
    });
  }
  if (queued) await requestOutboxSend();
  const left = RESET_MIN_MS - (performance.now() - started);
  if (left > 0) await sleep(left);
}
