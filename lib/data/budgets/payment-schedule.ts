import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { addDays, formatCalendarDate, startOfUtcDay } from "../../domain/dates";
import { formatMoney } from "../../domain/money";
import { familyPart, paysFamily, scheduleTotal } from "../../domain/budgets/budget-parts";
import type { MarkPaymentPaidInput, PaymentScheduleInput } from "../../schemas/budget";
import { recordAudit } from "../audit/record-audit";
import { checkEditVersion } from "../edit-version";
import { lockBudget } from "./lock-budget";

/**
 * Sets (or changes) a running direct payment's schedule: every so many weeks, an amount, from a
 * first date within the budget. The payments-due job then creates each payment as it falls due.
 * A change from a page opened before a colleague's is refused (decision 0044).
 */
export async function setPaymentSchedule(actor: Actor, input: PaymentScheduleInput) {
  await prisma.$transaction(async (tx) => {
    const b = await lockBudget(tx, actor, input.id);
    if (input.editVersion !== undefined) checkEditVersion(b.editVersion, input.editVersion, "This budget");
    if (b.status !== "ACTIVE")
      throw new AppError("CONFLICT", "Only a running budget can have a payment schedule.");
    if (!paysFamily(b))
      throw new AppError("CONFLICT", "Only a direct payment is paid to the family on a schedule.");
    const outside = (message: string) => new AppError("INVALID", message, { firstDue: message });
    if (input.firstDue < b.startDate)
      throw outside("The first payment must be on or after the budget starts");
    if (input.firstDue > b.endDate) throw outside("The first payment must be before the budget ends");
    // Money adds up: what was paid or is due before the first date, plus the schedule to the end,
    // stays within what the family is given (a mix: its direct payment and individual parts).
    const before = await tx.budgetPayment.aggregate({
      where: {
        personalBudgetId: b.id,
        kind: "DIRECT_PAYMENT",
        OR: [{ paidOn: { lt: input.firstDue } }, { paidOn: null, dueOn: { lt: input.firstDue } }],
      },
      _sum: { amount: true },
    });
    const planned = scheduleTotal({ ...input, endDate: b.endDate });
    const total = planned.total.plus(before._sum.amount?.toString() ?? "0");
    const limit = familyPart(b);
    if (total.greaterThan(limit)) {
      const message = `${planned.count} payments of ${formatMoney(input.amount)} to the end of the budget, with what is already paid, come to ${formatMoney(total)}: more than the ${formatMoney(limit)} paid to the family`;
      throw new AppError("INVALID", message, { amount: message });
    }
    await tx.personalBudget.update({
      where: { id: b.id },
      data: {
        paymentEveryWeeks: input.everyWeeks,
        scheduledAmount: input.amount,
        nextPaymentDue: input.firstDue,
        editVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, actor, {
      action: "budget:schedule",
      entityType: "PersonalBudget",
      entityId: b.id,
      summary: `Set payments of ${formatMoney(input.amount)} every ${input.everyWeeks} weeks from ${formatCalendarDate(input.firstDue)}`,
    });
  });
}

/** Stops a budget's schedule; payments already due stay due until recorded as paid. */
export async function stopPaymentSchedule(actor: Actor, id: string, editVersion?: number) {
  await prisma.$transaction(async (tx) => {
    const b = await lockBudget(tx, actor, id);
    if (editVersion !== undefined) checkEditVersion(b.editVersion, editVersion, "This budget");
    if (!b.paymentEveryWeeks) throw new AppError("CONFLICT", "This budget has no payment schedule to stop.");
    await tx.personalBudget.update({
      where: { id: b.id },
      data: {
        paymentEveryWeeks: null,
        scheduledAmount: null,
        nextPaymentDue: null,
        editVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, actor, {
      action: "budget:schedule-stop",
      entityType: "PersonalBudget",
      entityId: b.id,
      summary: "Stopped the payment schedule",
    });
  });
}

/**
 * The payments-due job: for every running budget whose next scheduled payment is due by today,
 * creates each payment due (DUE, for the council to pay and record) and moves the next date on by
 * the schedule's weeks, until after today; a schedule that passes the budget's end stops. Each
 * budget is done under its row lock, and a payment is unique per budget and due date, so running
 * the job twice, or on two servers, creates each payment once.
 */
export async function createPaymentsDue(now = new Date()): Promise<number> {
  const today = startOfUtcDay(now);
  const budgets = await prisma.personalBudget.findMany({
    where: { status: "ACTIVE", nextPaymentDue: { lte: today }, paymentEveryWeeks: { not: null } },
    select: { id: true },
    take: 1000,
  });
  let created = 0;
  for (const { id } of budgets) {
    created += await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "PersonalBudget" WHERE id = ${id} FOR UPDATE`;
      const b = await tx.personalBudget.findUniqueOrThrow({ where: { id } });
      if (b.status !== "ACTIVE" || !b.paymentEveryWeeks || !b.scheduledAmount || !b.nextPaymentDue) return 0;
      const due: Prisma.BudgetPaymentCreateManyInput[] = [];
      let next: Date | null = b.nextPaymentDue;
      while (next && next <= today) {
        if (next > b.endDate) {
          next = null;
          break;
        }
        due.push({
          councilId: b.councilId,
          personalBudgetId: b.id,
          kind: "DIRECT_PAYMENT",
          status: "DUE",
          amount: b.scheduledAmount,
          dueOn: next,
          // The schedule's own work: whoever set the schedule is the payment's author.
          createdById: b.proposedById ?? "system",
        });
        next = addDays(next, 7 * b.paymentEveryWeeks);
      }
      if (next && next > b.endDate) next = null;
      const { count } = await tx.budgetPayment.createMany({ data: due, skipDuplicates: true });
      await tx.personalBudget.update({ where: { id: b.id }, data: { nextPaymentDue: next } });
      if (count > 0)
        await recordAudit(
          tx,
          null,
          {
            action: "budget:payments-due",
            entityType: "PersonalBudget",
            entityId: b.id,
            summary: `${count} scheduled ${count === 1 ? "payment is" : "payments are"} due`,
          },
          b.councilId,
        );
      return count;
    });
  }
  return created;
}

/** Records a payment that was due as paid, with the date and the reference. */
export async function markPaymentPaid(actor: Actor, input: MarkPaymentPaidInput) {
  await prisma.$transaction(async (tx) => {
    const b = await lockBudget(tx, actor, input.id);
    const payment = await tx.budgetPayment.findFirst({
      where: { id: input.paymentId, personalBudgetId: b.id },
    });
    if (!payment) throw new NotFoundError("The payment");
    if (payment.status !== "DUE") throw new AppError("CONFLICT", "This payment is already recorded as paid.");
    if (b.status === "ENDED")
      throw new AppError("CONFLICT", "This budget has ended, so no payment can be recorded.");
    await tx.budgetPayment.update({
      where: { id: payment.id },
      data: { status: "PAID", paidOn: input.paidOn, reference: input.reference ?? null },
    });
    await recordAudit(tx, actor, {
      action: "budget-payment:paid",
      entityType: "PersonalBudget",
      entityId: b.id,
      summary: `Recorded the scheduled payment of ${formatMoney(payment.amount)} as paid`,
      metadata: { paymentId: payment.id },
    });
  });
}

/** Budgets with a scheduled payment due by today and not yet paid: the list's filter and the dashboard's tile. */
export function budgetPaymentsDueWhere(now = new Date()): Prisma.PersonalBudgetWhereInput {
  return { payments: { some: { status: "DUE", dueOn: { lte: startOfUtcDay(now) } } } };
}
