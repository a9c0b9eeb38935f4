import type { Tx } from "../../db";

export interface NotificationText {
  title: string;
  body: string;
  href?: string;
}

/** Notifies every active staff member of the given organisations in one council. */
export async function notifyOrganisations(
  tx: Tx,
  councilId: string,
  organisationIds: string[],
  n: NotificationText,
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
}

/** Notifies the given memberships (for example a panel's members). */
export async function notifyMemberships(
  tx: Tx,
  councilId: string,
  membershipIds: string[],
  n: NotificationText,
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
}
