import type { Actor } from "../../auth/actor";
import { prisma, type Prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { formatCalendarDate, startOfUtcDay } from "../../domain/dates";
import { sixMonthBlockOf } from "../../domain/involvement/six-month-blocks";
import type { InvolvementActionInput, InvolvementProgressInput } from "../../schemas/involvement-plan";
import { recordAudit } from "../audit/record-audit";
import { checkEditVersion } from "../edit-version";

// The blocks are a domain rule (the activity report counts by them too); re-exported for the plan's pages.
export { sixMonthBlockOf };

/** An action not done by its due date: highlighted on the plan and counted on the list (one predicate). */
export function overdueActionWhere(now = new Date()): Prisma.InvolvementPlanActionWhereInput {
  return { status: { not: "DONE" }, dueDate: { lt: startOfUtcDay(now) } };
}
export const isOverdue = (a: { status: string; dueDate: Date }, now = new Date()) =>
  a.status !== "DONE" && a.dueDate < startOfUtcDay(now);

/** The council's involvement plans, newest first, with how many actions are done and overdue. */
export async function listInvolvementPlans(actor: Actor, now = new Date()) {
  const scope = { councilId: actor.councilId };
  const [plans, overdue, done] = await Promise.all([
    prisma.involvementPlan.findMany({
      where: scope,
      orderBy: { periodStart: "desc" },
      select: {
        id: true,
        title: true,
        periodStart: true,
        periodEnd: true,
        _count: { select: { actions: true } },
      },
    }),
    prisma.involvementPlanAction.groupBy({
      by: ["planId"],
      where: { AND: [scope, overdueActionWhere(now)] },
      _count: { _all: true },
    }),
    prisma.involvementPlanAction.groupBy({
      by: ["planId"],
      where: { AND: [scope, { status: "DONE" }] },
      _count: { _all: true },
    }),
  ]);
  const countOf = (rows: typeof overdue, id: string) => rows.find((r) => r.planId === id)?._count._all ?? 0;
  return plans.map((p) => ({
    ...p,
    actions: p._count.actions,
    overdue: countOf(overdue, p.id),
    done: countOf(done, p.id),
  }));
}

/** One plan of the council with its actions in due order. */
export async function getInvolvementPlan(actor: Actor, id: string) {
  const plan = await prisma.involvementPlan.findFirst({
    where: { councilId: actor.councilId, id },
    include: { actions: { orderBy: [{ dueDate: "asc" }, { id: "asc" }] } },
  });
  if (!plan) throw new NotFoundError("The involvement plan");
  return plan;
}

/** Starts the plan for a six-month block; a council has one plan per block. */
export async function createInvolvementPlan(actor: Actor, periodStart: Date) {
  const { start, end } = sixMonthBlockOf(periodStart);
  const title = `Involvement action plan ${formatCalendarDate(start)} to ${formatCalendarDate(end)}`;
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.involvementPlan.createMany({
      data: [{ councilId: actor.councilId, title, periodStart: start, periodEnd: end }],
      skipDuplicates: true,
    });
    const plan = await tx.involvementPlan.findUniqueOrThrow({
      where: { councilId_periodStart: { councilId: actor.councilId, periodStart: start } },
      select: { id: true },
    });
    if (count === 0) {
      const message = "There is already a plan for these six months: open it from the list.";
      throw new AppError("CONFLICT", message, { periodStart: message });
    }
    await recordAudit(tx, actor, {
      action: "involvement-plan:create",
      entityType: "InvolvementPlan",
      entityId: plan.id,
      summary: `Started the ${title.toLowerCase()}`,
    });
    return plan;
  });
}

/** Locks a plan of the actor's council for the rest of the transaction. */
/**
 * Locks the plan for a change to it. The plan's forms send its edit version as the page was opened
 * (decision 0044): a change from before a colleague's is refused; each change adds one.
 */
async function lockPlan(tx: Tx, actor: Actor, id: string, editVersion: number | undefined) {
  const rows = await tx.$queryRaw<{ id: string; editVersion: number }[]>`
    SELECT id, "editVersion" FROM "InvolvementPlan" WHERE id = ${id} AND "councilId" = ${actor.councilId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError("The involvement plan");
  if (editVersion !== undefined) checkEditVersion(rows[0].editVersion, editVersion, "This involvement plan");
  return tx.involvementPlan.update({ where: { id }, data: { editVersion: { increment: 1 } } });
}

/** Adds an action due within the plan's six months. */
export async function addInvolvementAction(actor: Actor, input: InvolvementActionInput) {
  await prisma.$transaction(async (tx) => {
    const plan = await lockPlan(tx, actor, input.planId, input.editVersion);
    if (input.dueDate < plan.periodStart || input.dueDate > plan.periodEnd) {
      const message = `The due date must be within the plan's six months (${formatCalendarDate(plan.periodStart)} to ${formatCalendarDate(plan.periodEnd)})`;
      throw new AppError("INVALID", message, { dueDate: message });
    }
    const action = await tx.involvementPlanAction.create({
      data: {
        councilId: actor.councilId,
        planId: plan.id,
        description: input.description,
        owner: input.owner,
        dueDate: input.dueDate,
      },
    });
    await recordAudit(tx, actor, {
      action: "involvement-action:create",
      entityType: "InvolvementPlan",
      entityId: plan.id,
      summary: "Added an action to the involvement plan",
      metadata: { actionId: action.id },
    });
  });
}

/** Moves an action on; marking it done needs the evidence that it was. */
export async function updateInvolvementAction(actor: Actor, input: InvolvementProgressInput) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.involvementPlanAction.findFirst({
      where: { id: input.actionId, councilId: actor.councilId },
      select: { planId: true },
    });
    if (!found) throw new NotFoundError("The action");
    const plan = await lockPlan(tx, actor, found.planId, input.editVersion);
    const before = await tx.involvementPlanAction.findUniqueOrThrow({ where: { id: input.actionId } });
    await tx.involvementPlanAction.update({
      where: { id: before.id },
      data: { status: input.status, evidence: input.evidence ?? before.evidence },
    });
    await recordAudit(tx, actor, {
      action: "involvement-action:update",
      entityType: "InvolvementPlan",
      entityId: plan.id,
      summary: `Moved an involvement action from ${before.status.toLowerCase().replace("_", " ")} to ${input.status.toLowerCase().replace("_", " ")}`,
      metadata: { actionId: before.id },
    });
    return { planId: plan.id };
  });
}
