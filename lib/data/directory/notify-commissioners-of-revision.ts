import type { Tx } from "../../db";

/** Tells the council's commissioners, in the app, that a provider's listing proposal is waiting for them. */
export async function notifyCommissionersOfRevision(
  tx: Tx,
  councilId: string,
  revision: { id: string; isNewListing: boolean; listingName: string },
) {
  const commissioners = await tx.membership.findMany({
    where: { councilId, role: "COMMISSIONER", disabledAt: null },
    select: { id: true },
  });
  await tx.notification.createMany({
    data: commissioners.map((m) => ({
      councilId,
      membershipId: m.id,
      title: revision.isNewListing ? "New directory listing to review" : "Directory listing change to review",
      body: `A provider has sent ${revision.isNewListing ? "a new listing" : "a change to"} "${revision.listingName}". It is not public until it is approved.`,
      href: `/commissioner/listings/${revision.id}`,
    })),
  });
}
