import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { formatMoney } from "../../domain/money";
import { planTotal } from "../../domain/budgets/budget-balance";
import { allowsBoughtDirectly } from "../../domain/budgets/budget-parts";
import { PLAN_ITEM_LABEL, type PlanItemInput } from "../../schemas/budget";
import { recordAudit } from "../audit/record-audit";
import { checkEditVersion } from "../edit-version";
import { lockBudget } from "./lock-budget";

/**
 * The budget, locked, and its draft plan: the only plan that can change. Every change to the draft
 * goes through here: one from a page opened before a colleague's change is refused (`editVersion`,
 * decision 0044; the plan page always sends it), and the plan's edit version goes up by one.
 */
async function lockDraftPlan(tx: Tx, actor: Actor, budgetId: string, editVersion: number | undefined) {
  const budget = await lockBudget(tx, actor, budgetId);
  if (budget.status === "ENDED")
    throw new AppError("CONFLICT", "This budget has ended, so its plan cannot change.");
  const plan = await tx.supportPlan.findFirst({
    where: { AND: [{ councilId: actor.councilId }, { personalBudgetId: budget.id, status: "DRAFT" }] },
    include: { items: true },
  });
  if (!plan)
    throw new AppError(
      "CONFLICT",
      "There is no draft plan to change. Start a new version of the plan first.",
    );
  if (editVersion !== undefined) checkEditVersion(plan.editVersion, editVersion, "This draft plan");
  await tx.supportPlan.update({ where: { id: plan.id }, data: { editVersion: { increment: 1 } } });
  return { budget, plan };
}

export async function savePlanOutcomes(
  actor: Actor,
  budgetId: string,
  outcomes: string,
  editVersion?: number,
) {
  await prisma.$transaction(async (tx) => {
    const { plan } = await lockDraftPlan(tx, actor, budgetId, editVersion);
    await tx.supportPlan.update({ where: { id: plan.id }, data: { outcomes } });
    await recordAudit(tx, actor, {
      action: "support-plan:update",
      entityType: "SupportPlan",
      entityId: plan.id,
      summary: `Changed the outcomes of support plan version ${plan.version}`,
    });
  });
}

/**
 * Adds a care package item to the draft plan. A provider must be one the council has approved; a
 * direct purchase only suits a direct payment or an individual budget.
 */
export async function addPlanItem(
  actor: Actor,
  budgetId: string,
  item: Omit<PlanItemInput, "id" | "editVersion">,
  editVersion?: number,
) {
  await prisma.$transaction(async (tx) => {
    const { budget, plan } = await lockDraftPlan(tx, actor, budgetId, editVersion);
    if (item.boughtDirectly && !allowsBoughtDirectly(budget))
      throw new AppError("INVALID", "A managed budget is spent by the council with approved providers.", {
        provider: "Choose an approved provider: the council buys a managed budget's support",
      });
    if (item.organisationId) {
      const approved = await tx.organisationCouncil.findFirst({
        where: { councilId: actor.councilId, organisationId: item.organisationId, status: "APPROVED" },
        select: { id: true },
      });
      if (!approved)
        throw new AppError("INVALID", "Choose one of the council's approved providers.", {
          provider: "Choose one of the council's approved providers",
        });
    }
    const created = await tx.supportPlanItem.create({
      data: {
        councilId: actor.councilId,
        supportPlanId: plan.id,
        category: item.category,
        description: item.description,
        frequency: item.frequency ?? null,
        unitCost: item.unitCost,
        annualCost: item.annualCost,
        boughtDirectly: item.boughtDirectly,
        organisationId: item.organisationId,
      },
    });
    await recordAudit(tx, actor, {
      action: "support-plan:add-item",
      entityType: "SupportPlan",
      entityId: plan.id,
      summary: `Added ${PLAN_ITEM_LABEL[item.category].toLowerCase()} at ${formatMoney(item.annualCost)} a year to plan version ${plan.version}`,
      metadata: { itemId: created.id },
    });
  });
}

export async function removePlanItem(actor: Actor, budgetId: string, itemId: string, editVersion?: number) {
  await prisma.$transaction(async (tx) => {
    const { plan } = await lockDraftPlan(tx, actor, budgetId, undefined);
    const item = plan.items.find((i) => i.id === itemId);
    if (!item) throw new NotFoundError("The plan item");
    // Checked once the item is known to be the plan's: another's item id is "not found" either way.
    if (editVersion !== undefined) checkEditVersion(plan.editVersion, editVersion, "This draft plan");
    await tx.supportPlanItem.delete({ where: { id: item.id } });
    await recordAudit(tx, actor, {
      action: "support-plan:remove-item",
      entityType: "SupportPlan",
      entityId: plan.id,
      summary: `Removed ${PLAN_ITEM_LABEL[item.category].toLowerCase()} from plan version ${plan.version}`,
      metadata: { itemId: item.id },
    });
  });
}

/**
 * Agrees the draft plan: it needs outcomes and at least one item, a running budget, and a reason
 * when its items cost more than the budget. The plan it replaces is superseded and stays readable.
 */
export async function agreePlan(
  actor: Actor,
  budgetId: string,
  overBudgetReason: string | undefined,
  editVersion?: number,
) {
  await prisma.$transaction(async (tx) => {
    const { budget, plan } = await lockDraftPlan(tx, actor, budgetId, editVersion);
    if (budget.status !== "ACTIVE")
      throw new AppError("CONFLICT", "The budget must be approved before its plan is agreed.");
    if (!plan.outcomes.trim()) throw new AppError("INVALID", "Write the outcomes before agreeing the plan.");
    if (plan.items.length === 0)
      throw new AppError("INVALID", "Add at least one item before agreeing the plan.");
    const { total, overBy } = planTotal(plan.items, budget.annualAmount);
    if (overBy && !overBudgetReason)
      throw new AppError("INVALID", "The plan costs more than the budget.", {
        overBudgetReason: `The plan costs ${formatMoney(overBy)} more than the budget: say why it is agreed anyway`,
      });
    const now = new Date();
    await tx.supportPlan.updateMany({
      where: { councilId: actor.councilId, personalBudgetId: budget.id, status: "AGREED" },
      data: { status: "SUPERSEDED", supersededAt: now },
    });
    await tx.supportPlan.update({
      where: { id: plan.id },
      data: {
        status: "AGREED",
        agreedAt: now,
        agreedById: actor.userId,
        overBudgetReason: overBy ? overBudgetReason : null,
      },
    });
    await recordAudit(tx, actor, {
      action: "support-plan:agree",
      entityType: "SupportPlan",
      entityId: plan.id,
      summary: `Agreed support plan version ${plan.version} costing ${formatMoney(total)} a year`,
      metadata: { overBudget: !!overBy },
    });
  });
}

/** Starts the next version of an agreed plan as a draft copy of it; one draft at a time. */
export async function startNewPlanVersion(actor: Actor, budgetId: string) {
  await prisma.$transaction(async (tx) => {
    const budget = await lockBudget(tx, actor, budgetId);
    if (budget.status === "ENDED")
      throw new AppError("CONFLICT", "This budget has ended, so its plan cannot change.");
    const plans = await tx.supportPlan.findMany({
      where: { AND: [{ councilId: actor.councilId }, { personalBudgetId: budget.id }] },
      orderBy: { version: "desc" },
      include: { items: true },
    });
    if (plans.some((p) => p.status === "DRAFT"))
      throw new AppError("CONFLICT", "A draft of the plan already exists: change that one.");
    const latest = plans.find((p) => p.status === "AGREED");
    const version = (plans[0]?.version ?? 0) + 1;
    const draft = await tx.supportPlan.create({
      data: {
        councilId: actor.councilId,
        personalBudgetId: budget.id,
        version,
        outcomes: latest?.outcomes ?? "",
        status: "DRAFT",
        createdById: actor.userId,
        items: {
          create: (latest?.items ?? []).map((i) => ({
            councilId: actor.councilId,
            category: i.category,
            description: i.description,
            frequency: i.frequency,
            unitCost: i.unitCost,
            annualCost: i.annualCost,
            boughtDirectly: i.boughtDirectly,
            organisationId: i.organisationId,
            serviceId: i.serviceId,
            hoursPerWeek: i.hoursPerWeek,
          })),
        },
      },
    });
    await recordAudit(tx, actor, {
      action: "support-plan:new-version",
      entityType: "SupportPlan",
      entityId: draft.id,
      summary: `Started support plan version ${version}`,
    });
  });
}
