import type { Tx } from "../../db";
import { emailMemberships, type NotificationEmail } from "../mail/email-memberships";

export interface NotificationText {
  title: string;
  body: string;
  href?: string;
}

/**
 * Notifies every active staff member of the given organisations in one council; with `email`, each
 * also gets that optional e-mail unless they turned it off.
 */
export async function notifyOrganisations(
  tx: Tx,
  councilId: string,
  organisationIds: string[],
  n: NotificationText,
  email?: NotificationEmail,
) {
  if (!organisationIds.length) return;
  const staff = await tx.membership.findMany({
    where: { councilId, role: "PROVIDER", organisationId: { in: organisationIds }, disabledAt: null },
    select: { id: true },
  });
  if (!staff.length) return;
  await tx.notification.createMany({
    data: staff.map((m) => ({
      councilId,
      membershipId: m.id,
      title: n.title,
      body: n.body,
      href: n.href ?? null,
    })),
  });
  if (email)
    await emailMemberships(
      tx,
      councilId,
      staff.map((m) => m.id),
      email,
    );
}

/** Notifies the given memberships (for example a panel's members), and e-mails them as `email` says. */
export async function notifyMemberships(
  tx: Tx,
  councilId: string,
  membershipIds: string[],
  n: NotificationText,
  email?: NotificationEmail,
) {
  if (!membershipIds.length) return;
  await tx.notification.createMany({
    data: membershipIds.map((id) => ({
      councilId,
      membershipId: id,
      title: n.title,
      body: n.body,
      href: n.href ?? null,
    })),
  });
  if (email) await emailMemberships(tx, councilId, membershipIds, email);
}
