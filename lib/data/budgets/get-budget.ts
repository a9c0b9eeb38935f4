import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { budgetBalance } from "../../domain/budgets/budget-balance";
import { budgetParts, paysFamily, paysProviders } from "../../domain/budgets/budget-parts";
import { startOfUtcDay } from "../../domain/dates";
import { pageOf } from "../paging";
import { budgetPaymentsDueWhere } from "./payment-schedule";
import { budgetScope } from "../scopes";
import type { BudgetListQuery } from "../../schemas/budget";

/**
 * One personal budget in the actor's scope (a social worker's council, a family's own child), with
 * every plan version and its items, payments, evidence and reviews, and its balance worked out once
 * here so that every page shows the same figure.
 */
export async function getBudget(actor: Actor, id: string) {
  const b = await prisma.personalBudget.findFirst({
    where: { AND: [budgetScope(actor), { id }] },
    include: {
      child: { select: { id: true, firstName: true, lastName: true, dateOfBirth: true } },
      assessment: { select: { id: true, indicativeBudget: true } },
      plans: {
        orderBy: { version: "desc" },
        include: {
          items: {
            orderBy: { id: "asc" },
            include: { organisation: { select: { id: true, name: true } } },
          },
        },
      },
      payments: { orderBy: [{ paidOn: "desc" }, { createdAt: "desc" }] },
      evidence: { orderBy: [{ spentOn: "desc" }, { createdAt: "desc" }] },
      reviews: { orderBy: { dueDate: "desc" } },
    },
  });
  if (!b) throw new NotFoundError("The personal budget");
  const people = await prisma.user.findMany({
    where: { id: { in: [b.proposedById, b.approvedById].filter((x): x is string => !!x) } },
    select: { id: true, name: true },
  });
  const nameOf = (userId: string | null) => people.find((p) => p.id === userId)?.name ?? null;
  return {
    ...b,
    balance: budgetBalance({ allocation: b.annualAmount, payments: b.payments, evidence: b.evidence }),
    parts: budgetParts(b),
    paysFamily: paysFamily(b),
    paysProviders: paysProviders(b),
    draftPlan: b.plans.find((p) => p.status === "DRAFT") ?? null,
    agreedPlan: b.plans.find((p) => p.status === "AGREED") ?? null,
    proposedByName: nameOf(b.proposedById),
    approvedByName: nameOf(b.approvedById),
  };
}
export type BudgetView = Awaited<ReturnType<typeof getBudget>>;

/** The council's approved providers, to choose from for a plan item. */
export async function approvedProviders(actor: Actor) {
  const links = await prisma.organisationCouncil.findMany({
    where: { councilId: actor.councilId, status: "APPROVED" },
    select: { organisation: { select: { id: true, name: true } } },
    orderBy: { organisation: { name: "asc" } },
  });
  return links.map((l) => l.organisation);
}

/** The budgets of an assessment (to link to, or to know one can be proposed). */
export async function budgetsOfAssessment(actor: Actor, assessmentId: string) {
  return prisma.personalBudget.findMany({
    where: { AND: [budgetScope(actor), { assessmentId }] },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, type: true, annualAmount: true, refusalReason: true },
  });
}

/** A family's budgets, for their home page and children's pages. */
export async function familyBudgets(actor: Actor) {
  return prisma.personalBudget.findMany({
    where: { AND: [budgetScope(actor), { status: { in: ["ACTIVE", "PROPOSED"] } }] },
    orderBy: { startDate: "desc" },
    select: {
      id: true,
      type: true,
      status: true,
      annualAmount: true,
      child: { select: { id: true, firstName: true, lastName: true } },
    },
  });
}

export const BUDGETS_PAGE_SIZE = 25;

/** Whether a budget's next review is overdue or due within a month: shared by the list and the dashboard. */
export function budgetReviewWhere(
  review: "due" | "overdue",
  now = new Date(),
): Prisma.PersonalBudgetWhereInput {
  const today = startOfUtcDay(now);
  const inAMonth = new Date(today);
  inAMonth.setUTCDate(inAMonth.getUTCDate() + 31);
  return review === "overdue"
    ? { status: "ACTIVE", nextReviewDate: { lt: today } }
    : { status: "ACTIVE", nextReviewDate: { gte: today, lt: inAMonth } };
}

/**
 * Budgets by their evidence of spend, shared by the list's filter and the dashboard's tiles:
 * `waiting`, evidence sent and not yet checked; `at-risk`, a running direct payment whose first
 * payment is older than the council's evidence deadline and for which no evidence has been sent
 * within that deadline.
 */
export function budgetEvidenceWhere(
  kind: "waiting" | "at-risk",
  deadlineDays: number,
  now = new Date(),
): Prisma.PersonalBudgetWhereInput {
  if (kind === "waiting") return { evidence: { some: { status: "SUBMITTED" } } };
  const cutoff = startOfUtcDay(now);
  cutoff.setUTCDate(cutoff.getUTCDate() - deadlineDays);
  return {
    status: "ACTIVE",
    // Every budget paid to the family needs evidence: counted by its payments to the family.
    type: { in: ["DIRECT_PAYMENT", "INDIVIDUAL", "MIX"] },
    payments: { some: { kind: "DIRECT_PAYMENT", paidOn: { lte: cutoff } } },
    evidence: { none: { createdAt: { gte: cutoff } } },
  };
}

/** The council's evidence deadline, for the at-risk predicate. */
export async function evidenceDeadlineDays(actor: Actor) {
  const c = await prisma.council.findUniqueOrThrow({
    where: { id: actor.councilId },
    select: { evidenceDeadlineDays: true },
  });
  return c.evidenceDeadlineDays;
}

/** The council's personal budgets, filtered and paged; the list shows each one's figures. */
export async function listBudgets(actor: Actor, q: BudgetListQuery, now = new Date()) {
  const filters: Prisma.PersonalBudgetWhereInput[] = [];
  if (q.status) filters.push({ status: q.status });
  if (q.type) filters.push({ type: q.type });
  if (q.review) filters.push(budgetReviewWhere(q.review, now));
  if (q.payments === "due") filters.push(budgetPaymentsDueWhere(now));
  if (q.evidence)
    filters.push(
      budgetEvidenceWhere(q.evidence, q.evidence === "at-risk" ? await evidenceDeadlineDays(actor) : 0, now),
    );
  const where: Prisma.PersonalBudgetWhereInput = { AND: [budgetScope(actor), ...filters] };
  const [total, items] = await Promise.all([
    prisma.personalBudget.count({ where }),
    prisma.personalBudget.findMany({
      where,
      orderBy: [{ nextReviewDate: "asc" }, { id: "asc" }],
      skip: (q.page - 1) * BUDGETS_PAGE_SIZE,
      take: BUDGETS_PAGE_SIZE,
      select: {
        id: true,
        type: true,
        status: true,
        annualAmount: true,
        startDate: true,
        nextReviewDate: true,
        child: { select: { firstName: true, lastName: true } },
      },
    }),
  ]);
  return pageOf(items, total, q.page, BUDGETS_PAGE_SIZE);
}
