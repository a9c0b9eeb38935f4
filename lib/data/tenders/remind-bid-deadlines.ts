import { prisma } from "../../db";
import { queueEmail } from "../mail/queue-email";
import { requestOutboxSend } from "../mail/send-outbox";
import { bidDeadlineReminderEmail } from "../../mail/templates/tender-emails";
import type { EmailKind } from "../../domain/email-kinds";

/** Draft bids on tenders closing within this long get one reminder. */
export const BID_REMINDER_HOURS = 48;
const BATCH = 500;

/**
 * The scheduled job that e-mails providers whose bid is still a draft when the tender closes within
 * BID_REMINDER_HOURS: each active provider user of the bidding organisation, once per bid (an
 * `EmailReminder` row claimed in the same transaction as the e-mail). Returns how many bids it reminded.
 */
export async function remindBidDeadlines(now = new Date()): Promise<number> {
  const bids = await prisma.bid.findMany({
    where: {
      status: "DRAFT",
      tender: {
        status: "PUBLISHED",
        submissionDeadline: { gt: now, lte: new Date(now.getTime() + BID_REMINDER_HOURS * 3_600_000) },
      },
    },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: {
      id: true,
      councilId: true,
      organisationId: true,
      tender: {
        select: {
          id: true,
          title: true,
          reference: true,
          submissionDeadline: true,
        },
      },
    },
  });
  const councils = await prisma.council.findMany({
    where: { id: { in: [...new Set(bids.map((b) => b.councilId))] } },
    select: { id: true, name: true },
  });
  const councilName = new Map(councils.map((c) => [c.id, c.name]));
  let reminded = 0;
  for (const bid of bids) {
    const queued = await prisma.$transaction(async (tx) => {
      const { count } = await tx.emailReminder.createMany({
        data: [{ key: `bid-deadline:${bid.id}` }],
        skipDuplicates: true,
      });
      if (count !== 1) return false;
      const staff = await tx.membership.findMany({
        where: {
          councilId: bid.councilId,
          organisationId: bid.organisationId,
          role: "PROVIDER",
          disabledAt: null,
          // Unless they turned these reminders off (on /account).
          user: { emailOptOuts: { none: { kind: "bid-deadlines" satisfies EmailKind } } },
        },
        select: { user: { select: { email: true, name: true } } },
      });
      for (const { user } of staff) {
        await queueEmail(tx, {
          to: user.email,
          councilId: bid.councilId,
          template: "bid-deadline-reminder",
          email: bidDeadlineReminderEmail({
            name: user.name,
            councilName: councilName.get(bid.councilId) ?? "the council",
            tenderTitle: bid.tender.title,
            tenderReference: bid.tender.reference,
            deadline: bid.tender.submissionDeadline,
            bidPath: `/provider/tenders/${bid.tender.id}/bid`,
          }),
        });
      }
      return staff.length > 0;
    });
    if (queued) reminded += 1;
  }
  if (reminded > 0) await requestOutboxSend();
  return reminded;
}
