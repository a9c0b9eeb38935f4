import type { Tx } from "../../db";
import { providerApplicationEmail } from "../../mail/templates/notice-emails";
import { notifyMemberships } from "../tenders/notify";

/**
 * Tells the council's administrators and commissioners (active memberships of that council only)
 * that an organisation has applied to work with it, each with a link to the page where they decide,
 * and e-mails those who have not turned that e-mail off. In the caller's transaction.
 */
export async function notifyProviderApplication(
  tx: Tx,
  council: { id: string; name: string },
  application: { linkId: string; organisationName: string },
) {
  const staff = await tx.membership.findMany({
    where: { councilId: council.id, role: { in: ["ADMIN", "COMMISSIONER"] }, disabledAt: null },
    select: { id: true, role: true },
  });
  for (const role of ["ADMIN", "COMMISSIONER"] as const) {
    // Each role decides on its own page: administrators' and commissioners' provider pages.
    const path =
      role === "ADMIN"
        ? `/admin/providers/${application.linkId}`
        : `/commissioner/providers/${application.linkId}`;
    await notifyMemberships(
      tx,
      council.id,
      staff.filter((m) => m.role === role).map((m) => m.id),
      {
        title: "Provider application to decide",
        body: `${application.organisationName} has asked to work with ${council.name}. Approve or refuse it.`,
        href: path,
      },
      {
        kind: "provider-applications",
        template: "provider-application",
        compose: ({ name }) =>
          providerApplicationEmail({
            name,
            councilName: council.name,
            organisationName: application.organisationName,
            path,
          }),
      },
    );
  }
}
