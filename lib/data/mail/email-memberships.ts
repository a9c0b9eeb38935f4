import type { Tx } from "../../db";
import type { Email } from "../../mail/compose";
import type { EmailKind } from "../../domain/email-kinds";
import { queueEmail } from "./queue-email";

/** An optional e-mail sent beside an in-app notification. */
export interface NotificationEmail {
  kind: EmailKind;
  /** The outbox's template name (for counts on the administrators' page). */
  template: string;
  compose: (recipient: { name: string }) => Email;
}

/**
 * Queues an optional e-mail to the people behind some memberships, in the caller's transaction,
 * leaving out anyone who turned that kind off (and memberships that are disabled). One e-mail per
 * person, however many of the memberships are theirs. Returns how many were queued; the caller asks
 * for the outbox to be sent after its transaction commits (or the next minute's run sends them).
 */
export async function emailMemberships(
  tx: Tx,
  councilId: string,
  membershipIds: readonly string[],
  email: NotificationEmail,
): Promise<number> {
  if (!membershipIds.length) return 0;
  const members = await tx.membership.findMany({
    where: {
      id: { in: [...membershipIds] },
      councilId,
      disabledAt: null,
      user: { emailOptOuts: { none: { kind: email.kind } } },
    },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  const people = new Map(members.map((m) => [m.user.id, m.user]));
  for (const user of people.values()) {
    await queueEmail(tx, {
      to: user.email,
      councilId,
      template: email.template,
      email: email.compose({ name: user.name }),
    });
  }
  return people.size;
}
