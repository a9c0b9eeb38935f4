import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { formatMoney } from "../../domain/money";
import { paysFamily, paysProviders } from "../../domain/budgets/budget-parts";
import { PAYMENT_KIND_LABEL, type RecordPaymentInput } from "../../schemas/budget";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { recordAudit } from "../audit/record-audit";
import { lockBudget } from "./lock-budget";

/**
 * Records a payment or an adjustment on a running budget. An ended budget, or one not yet
 * approved, takes none (checked under the budget's row lock); a repeated submit records once.
 */
export async function recordPayment(actor: Actor, input: RecordPaymentInput) {
  return prisma.$transaction(async (tx) => {
    const claim = await claimSubmission(tx, input.submissionKey, actor, "budget-payment:create");
    if (!claim.first) return { id: claim.resultId, repeated: true };
    const b = await lockBudget(tx, actor, input.id);
    if (b.status === "ENDED")
      throw new AppError("CONFLICT", "This budget has ended, so no payment can be recorded.");
    if (b.status !== "ACTIVE")
      throw new AppError("CONFLICT", "This budget is not approved yet, so no payment can be recorded.");
    // How the budget is taken decides who can be paid from it (a mix by its parts).
    if (input.kind === "DIRECT_PAYMENT" && !paysFamily(b))
      throw new AppError(
        "INVALID",
        "None of this budget is paid to the family: the council buys its support.",
        {
          kind: "Choose a provider invoice or an adjustment: none of this budget is paid to the family",
        },
      );
    if (input.kind === "PROVIDER_INVOICE" && !paysProviders(b))
      throw new AppError(
        "INVALID",
        "This budget is all direct payment: the family pays providers themselves.",
        {
          kind: "Choose a direct payment or an adjustment: the family pays providers from a direct payment",
        },
      );
    const payment = await tx.budgetPayment.create({
      data: {
        councilId: actor.councilId,
        personalBudgetId: b.id,
        kind: input.kind,
        amount: input.amount,
        paidOn: input.paidOn,
        reference: input.reference ?? null,
        note: input.note ?? null,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "budget-payment:create",
      entityType: "PersonalBudget",
      entityId: b.id,
      summary: `Recorded ${PAYMENT_KIND_LABEL[input.kind].toLowerCase()} of ${formatMoney(input.amount)}`,
      metadata: { paymentId: payment.id },
    });
    await completeSubmission(tx, input.submissionKey, payment.id);
    return { id: payment.id, repeated: false };
  });
}
