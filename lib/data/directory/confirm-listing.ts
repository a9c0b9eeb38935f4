import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { ownListingScope } from "../scopes";

/**
 * The provider says its published listing is still correct: its "last reviewed" date becomes today,
 * which also ends its six-monthly reminder. Another organisation's listing is "not found".
 */
export async function confirmListing(actor: Actor, serviceId: string, now = new Date()) {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.service.updateMany({
      where: { AND: [ownListingScope(actor), { id: serviceId, status: "PUBLISHED" }] },
      data: { lastReviewedAt: now },
    });
    if (count === 0) throw new NotFoundError("The listing");
    await recordAudit(tx, actor, {
      action: "listing:confirm",
      entityType: "Service",
      entityId: serviceId,
      summary: "Confirmed a directory listing is still correct",
    });
  });
}
