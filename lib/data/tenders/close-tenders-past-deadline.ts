import { prisma } from "../../db";
import { recordAudit } from "../audit/record-audit";
import { notifyMemberships } from "./notify";

const BATCH = 500;

/**
 * The scheduled job that closes every published tender whose submission deadline has passed, so
 * bids open for evaluation without waiting for someone to press "close". Each close is a
 * compare-and-set on the status (a commissioner closing it at the same moment wins once), audited
 * as the system, and tells the commissioner who created the tender. Returns how many it closed.
 */
export async function closeTendersPastDeadline(now = new Date()): Promise<number> {
  const due = await prisma.tender.findMany({
    where: { status: "PUBLISHED", submissionDeadline: { lte: now } },
    orderBy: { submissionDeadline: "asc" },
    take: BATCH,
    select: { id: true, councilId: true, reference: true, title: true, createdById: true },
  });
  let closed = 0;
  for (const t of due) {
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.tender.updateMany({
        where: { id: t.id, status: "PUBLISHED", submissionDeadline: { lte: now } },
        data: { status: "CLOSED" },
      });
      if (count !== 1) return;
      closed += 1;
      await recordAudit(
        tx,
        null,
        {
          action: "tender:closed",
          entityType: "Tender",
          entityId: t.id,
          summary: `Tender ${t.reference}: closed automatically at its submission deadline`,
        },
        t.councilId,
      );
      const author = await tx.membership.findFirst({
        where: { councilId: t.councilId, userId: t.createdById, role: "COMMISSIONER", disabledAt: null },
        select: { id: true },
      });
      if (author)
        await notifyMemberships(tx, t.councilId, [author.id], {
          title: `Bids closed: ${t.title}`,
          body: `The submission deadline of tender ${t.reference} has passed, so it is closed. Set up the panel and start the evaluation.`,
          href: `/commissioner/tenders/${t.id}`,
        });
    });
  }
  return closed;
}
