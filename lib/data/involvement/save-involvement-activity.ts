import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { formatCalendarDate } from "../../domain/dates";
import { formatLimit } from "../../schemas/fields";
import {
  MAX_PARTICIPANTS,
  countFieldName,
  type InvolvementActivityInput,
} from "../../schemas/involvement-activity";
import { recordAudit } from "../audit/record-audit";
import { countOptions } from "./involvement-activity-options";

type Counts = InvolvementActivityInput["counts"];

/**
 * Checks what the form cannot: the plan is one of the council's and covers the date, and every
 * count is by a group the council offers (a type of need or group of another council, or retired
 * and not already on the activity, is refused beside its box).
 */
async function checkAgainstCouncil(tx: Tx, actor: Actor, input: InvolvementActivityInput, keep: Counts) {
  // The form's schema says so beside each box; this holds for any other caller (there is no CHECK, decision 0036).
  const sane = (n: number) => Number.isInteger(n) && n >= 0 && n <= MAX_PARTICIPANTS;
  if ((input.participants !== null && !sane(input.participants)) || input.counts.some((c) => !sane(c.count)))
    throw new AppError(
      "INVALID",
      `Numbers of people must be whole numbers from 0 to ${formatLimit(MAX_PARTICIPANTS)}.`,
    );
  if (input.planId) {
    const plan = await tx.involvementPlan.findFirst({
      where: { id: input.planId, councilId: actor.councilId },
      select: { periodStart: true, periodEnd: true },
    });
    if (!plan) {
      const message = "Choose one of your council's involvement plans, or none";
      throw new AppError("INVALID", "That involvement plan could not be found.", { planId: message });
    }
    if (input.heldOn < plan.periodStart || input.heldOn > plan.periodEnd) {
      const message = `The plan covers ${formatCalendarDate(plan.periodStart)} to ${formatCalendarDate(plan.periodEnd)}: choose the plan for the date the activity is held, or none`;
      throw new AppError("INVALID", message, { planId: message });
    }
  }
  const offered = await countOptions(tx, actor.councilId, keep);
  const unknown = input.counts.filter(
    (c) => !offered.some((o) => o.dimension === c.dimension && o.key === c.key),
  );
  if (unknown.length) {
    const message = "That group is not on your council's lists: reload the page and try again";
    throw new AppError(
      "INVALID",
      "Some numbers are for groups that are not on your council's lists.",
      Object.fromEntries(unknown.map((c) => [countFieldName(c.dimension, c.key), message])),
    );
  }
}

const countsText = (counts: Counts) =>
  Object.fromEntries(counts.map((c) => [`${c.dimension}:${c.key}`, c.count]));

/** Logs an activity of the actor's council with who took part as counts, and its audit row. */
export async function createInvolvementActivity(actor: Actor, input: InvolvementActivityInput) {
  return prisma.$transaction(async (tx) => {
    await checkAgainstCouncil(tx, actor, input, []);
    const activity = await tx.involvementActivity.create({
      data: {
        councilId: actor.councilId,
        kind: input.kind,
        title: input.title,
        heldOn: input.heldOn,
        description: input.description,
        planId: input.planId,
        participants: input.participants,
        createdById: actor.userId,
        counts: {
          createMany: {
            data: input.counts.map((c) => ({ councilId: actor.councilId, ...c })),
          },
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "involvement-activity:create",
      entityType: "InvolvementActivity",
      entityId: activity.id,
      summary: `Logged the involvement activity "${input.title}" on ${formatCalendarDate(input.heldOn)}`,
      metadata: { participants: input.participants, counts: countsText(input.counts) },
    });
    return activity;
  });
}

/** Changes an activity of the actor's council (row locked), its counts replaced; the audit keeps old → new. */
export async function updateInvolvementActivity(
  actor: Actor,
  input: InvolvementActivityInput & { id: string },
) {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "InvolvementActivity" WHERE id = ${input.id} AND "councilId" = ${actor.councilId} FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError("The involvement activity");
    const before = await tx.involvementActivity.findUniqueOrThrow({
      where: { id: input.id },
      include: { counts: { select: { dimension: true, key: true, count: true } } },
    });
    await checkAgainstCouncil(tx, actor, input, before.counts);
    await tx.involvementCount.deleteMany({ where: { activityId: before.id, councilId: actor.councilId } });
    await tx.involvementActivity.update({
      where: { id: before.id },
      data: {
        kind: input.kind,
        title: input.title,
        heldOn: input.heldOn,
        description: input.description,
        planId: input.planId,
        participants: input.participants,
        counts: {
          createMany: { data: input.counts.map((c) => ({ councilId: actor.councilId, ...c })) },
        },
      },
    });
    const pick = (a: {
      kind: string;
      title: string;
      heldOn: Date;
      description: string | null;
      planId: string | null;
      participants: number | null;
      counts: Counts;
    }) => ({
      kind: a.kind,
      title: a.title,
      heldOn: a.heldOn.toISOString().slice(0, 10),
      description: a.description,
      planId: a.planId,
      participants: a.participants,
      counts: countsText(a.counts),
    });
    const [from, to] = [pick(before), pick(input)];
    const changed = (Object.keys(from) as (keyof typeof from)[]).filter(
      (k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]),
    );
    await recordAudit(tx, actor, {
      action: "involvement-activity:update",
      entityType: "InvolvementActivity",
      entityId: before.id,
      summary: changed.length
        ? `Changed the involvement activity "${input.title}": ${changed.join(", ")}`
        : `Saved the involvement activity "${input.title}" with no changes`,
      metadata: {
        from: Object.fromEntries(changed.map((k) => [k, from[k]])),
        to: Object.fromEntries(changed.map((k) => [k, to[k]])),
      },
    });
    return { id: before.id };
  });
}
