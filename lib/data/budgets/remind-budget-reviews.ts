import { prisma } from "../../db";
import { startOfUtcDay } from "../../domain/dates";
import { budgetReviewEmail } from "../../mail/templates/notice-emails";
import { notifyMemberships } from "../tenders/notify";
import { requestOutboxSend } from "../mail/send-outbox";

/** Families and the budget's social worker hear about a review this many days before it is due. */
export const BUDGET_REVIEW_NOTICE_DAYS = 14;
const BATCH = 500;

/**
 * The scheduled job for personal budget reviews (`PersonalBudget.nextReviewDate`): for each active
 * budget whose review is due within BUDGET_REVIEW_NOTICE_DAYS (or overdue), once per review date, a
 * notification to the child's family and to the social worker who proposed the budget (if still a
 * social worker there), each e-mailed too unless they turned "budget-reviews" off. A later review
 * date reminds again. Returns how many budgets it reminded about.
 */
export async function remindBudgetReviews(now = new Date()): Promise<number> {
  const today = startOfUtcDay(now);
  const until = new Date(today.getTime() + BUDGET_REVIEW_NOTICE_DAYS * 86_400_000);
  const budgets = await prisma.personalBudget.findMany({
    where: { status: "ACTIVE", nextReviewDate: { lte: until } },
    orderBy: { nextReviewDate: "asc" },
    take: BATCH,
    select: {
      id: true,
      councilId: true,
      nextReviewDate: true,
      proposedById: true,
      child: { select: { familyId: true } },
    },
  });
  let reminded = 0;
  for (const b of budgets) {
    const day = b.nextReviewDate.toISOString().slice(0, 10);
    const done = await prisma.$transaction(async (tx) => {
      const { count } = await tx.emailReminder.createMany({
        data: [{ key: `budget-review:${b.id}:${day}` }],
        skipDuplicates: true,
      });
      if (count !== 1) return false;
      const council = await tx.council.findUniqueOrThrow({
        where: { id: b.councilId },
        select: { name: true },
      });
      const [family, socialWorkers] = await Promise.all([
        tx.membership.findMany({
          where: { councilId: b.councilId, role: "FAMILY", familyId: b.child.familyId, disabledAt: null },
          select: { id: true },
        }),
        b.proposedById
          ? tx.membership.findMany({
              where: {
                councilId: b.councilId,
                role: "SOCIAL_WORKER",
                userId: b.proposedById,
                disabledAt: null,
              },
              select: { id: true },
            })
          : Promise.resolve([]),
      ]);
      const notice = (forFamily: boolean) => {
        const path = forFamily ? `/family/budgets/${b.id}` : `/social-worker/budgets/${b.id}`;
        return [
          {
            title: `Personal budget review due on ${day.split("-").reverse().join("/")}`,
            body: forFamily
              ? "Your child's personal budget is due for review. A social worker will talk with you about it."
              : "A personal budget is due for review. Plan the review with the family.",
            href: path,
          },
          {
            kind: "budget-reviews" as const,
            template: "budget-review",
            compose: ({ name }: { name: string }) =>
              budgetReviewEmail({
                name,
                councilName: council.name,
                reviewDate: b.nextReviewDate,
                forFamily,
                path,
              }),
          },
        ] as const;
      };
      await notifyMemberships(
        tx,
        b.councilId,
        family.map((m) => m.id),
        ...notice(true),
      );
      await notifyMemberships(
        tx,
        b.councilId,
        socialWorkers.map((m) => m.id),
        ...notice(false),
      );
      return family.length + socialWorkers.length > 0;
    });
    if (done) reminded += 1;
  }
  if (reminded) await requestOutboxSend();
  return reminded;
}
