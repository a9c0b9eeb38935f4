import type { Actor } from "../../auth/actor";
import { contractScope } from "../scopes";
import { prisma, type Prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { formatCalendarDate, startOfUtcDay } from "../../domain/dates";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { recordAudit } from "../audit/record-audit";
import { pageOf } from "../paging";
import { notifyOrganisations } from "../tenders/notify";
import { meetingActionScope } from "../scopes";

/** A contract's meetings, newest first, each with its actions. */
export async function listContractMeetings(actor: Actor, contractId: string) {
  return prisma.contractMeeting.findMany({
    where: { contractId, councilId: actor.councilId, contract: contractScope(actor) },
    orderBy: { heldAt: "desc" },
    include: { actions: { orderBy: [{ status: "asc" }, { dueDate: "asc" }] } },
  });
}

async function lockContract(tx: Tx, actor: Actor, contractId: string) {
  const c = await tx.contract.findFirst({
    where: { id: contractId, councilId: actor.councilId },
    select: { id: true, reference: true, organisationId: true },
  });
  if (!c) throw new NotFoundError("The contract");
  return c;
}

/** The commissioner records a contract meeting; a repeated submit records it once. */
export async function addMeeting(
  actor: Actor,
  input: {
    submissionKey: string;
    contractId: string;
    heldAt: Date;
    attendees: string;
    notes: string;
    satisfactionDiscussed: boolean;
  },
  now = new Date(),
) {
  if (input.heldAt > now)
    throw new AppError("INVALID", "A meeting is recorded after it has happened.", {
      heldOn: "The meeting date must be today or in the past",
    });
  return prisma.$transaction(async (tx) => {
    const contract = await lockContract(tx, actor, input.contractId);
    const claim = await claimSubmission(tx, input.submissionKey, actor, "meeting:create");
    if (!claim.first) return { id: claim.resultId, repeated: true };
    const meeting = await tx.contractMeeting.create({
      data: {
        councilId: actor.councilId,
        contractId: contract.id,
        heldAt: input.heldAt,
        attendees: input.attendees,
        notes: input.notes,
        satisfactionDiscussed: input.satisfactionDiscussed,
        createdById: actor.userId,
      },
    });
    await completeSubmission(tx, input.submissionKey, meeting.id);
    await recordAudit(tx, actor, {
      action: "meeting:create",
      entityType: "ContractMeeting",
      entityId: meeting.id,
      summary: `Recorded a contract meeting for ${contract.reference}`,
    });
    await notifyOrganisations(tx, actor.councilId, [contract.organisationId], {
      title: `Contract meeting recorded: ${contract.reference}`,
      body: `The council recorded the notes of your contract meeting on ${formatCalendarDate(input.heldAt)}.`,
      href: `/provider/contracts/${contract.id}#meetings`,
    });
    return { id: meeting.id, repeated: false };
  });
}

/** The commissioner adds an action to a meeting, owned by someone at the council or the provider. */
export async function addMeetingAction(
  actor: Actor,
  input: {
    submissionKey: string;
    contractId: string;
    meetingId: string;
    description: string;
    ownerName: string;
    ownerSide: "COUNCIL" | "PROVIDER";
    dueDate: Date;
  },
) {
  return prisma.$transaction(async (tx) => {
    const meeting = await tx.contractMeeting.findFirst({
      where: { id: input.meetingId, contractId: input.contractId, councilId: actor.councilId },
      select: {
        id: true,
        heldAt: true,
        contract: { select: { id: true, reference: true, organisationId: true } },
      },
    });
    if (!meeting) throw new NotFoundError("The meeting");
    if (input.dueDate < startOfUtcDay(meeting.heldAt))
      throw new AppError("INVALID", "The due date is before the meeting.", {
        dueDate: "The due date must be on or after the meeting date",
      });
    const claim = await claimSubmission(tx, input.submissionKey, actor, "meeting-action:create");
    if (!claim.first) return { id: claim.resultId, repeated: true };
    const action = await tx.meetingAction.create({
      data: {
        councilId: actor.councilId,
        meetingId: meeting.id,
        contractId: meeting.contract.id,
        description: input.description,
        ownerName: input.ownerName,
        ownerSide: input.ownerSide,
        dueDate: input.dueDate,
      },
    });
    await completeSubmission(tx, input.submissionKey, action.id);
    await recordAudit(tx, actor, {
      action: "meeting-action:create",
      entityType: "MeetingAction",
      entityId: action.id,
      summary: `Added a ${input.ownerSide === "PROVIDER" ? "provider" : "council"} action to a meeting on ${meeting.contract.reference}`,
    });
    if (input.ownerSide === "PROVIDER")
      await notifyOrganisations(tx, actor.councilId, [meeting.contract.organisationId], {
        title: `New action for you: ${meeting.contract.reference}`,
        body: `Due ${formatCalendarDate(input.dueDate)}: ${input.description.slice(0, 200)}`,
        href: `/provider/contracts/${meeting.contract.id}#meetings`,
      });
    return { id: action.id, repeated: false };
  });
}

/**
 * Marks an action done or open again. The council can change any action on its contracts; a
 * provider only the actions its own organisation owns on its own contracts.
 */
export async function setMeetingActionStatus(
  actor: Actor,
  input: { contractId: string; actionId: string; status: "OPEN" | "DONE" },
  now = new Date(),
) {
  await prisma.$transaction(async (tx) => {
    const action = await tx.meetingAction.findFirst({
      where: {
        id: input.actionId,
        contractId: input.contractId,
        councilId: actor.councilId,
        meeting: { contract: contractScope(actor) },
        ...(actor.role === "PROVIDER" && { ownerSide: "PROVIDER" as const }),
      },
      select: { id: true, status: true, description: true },
    });
    if (!action) throw new NotFoundError("The action");
    if (action.status === input.status) return;
    await tx.meetingAction.update({
      where: { id: action.id },
      data: { status: input.status, completedAt: input.status === "DONE" ? now : null },
    });
    await recordAudit(tx, actor, {
      action: input.status === "DONE" ? "meeting-action:done" : "meeting-action:reopen",
      entityType: "MeetingAction",
      entityId: action.id,
      summary: input.status === "DONE" ? "Marked a meeting action done" : "Opened a meeting action again",
    });
  });
}

export const ACTION_PAGE_SIZE = 25;

/**
 * Open meeting actions on the actor's contracts (scope beside the filter, never merged), and with
 * `overdueOnly` those past due: the list and the dashboards' "overdue" tiles count with this.
 */
export function openMeetingActionsWhere(
  actor: Actor,
  overdueOnly: boolean,
  now = new Date(),
): Prisma.MeetingActionWhereInput {
  return {
    AND: [
      meetingActionScope(actor),
      { status: "OPEN", ...(overdueOnly && { dueDate: { lt: startOfUtcDay(now) } }) },
    ],
  };
}

/** Open meeting actions across the actor's contracts, overdue first; `overdueOnly` narrows to those past due. */
export async function listOpenMeetingActions(
  actor: Actor,
  filter: { overdueOnly: boolean; page: number },
  now = new Date(),
) {
  const where = openMeetingActionsWhere(actor, filter.overdueOnly, now);
  const [items, total] = await Promise.all([
    prisma.meetingAction.findMany({
      where,
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * ACTION_PAGE_SIZE,
      take: ACTION_PAGE_SIZE,
      select: {
        id: true,
        description: true,
        ownerName: true,
        ownerSide: true,
        dueDate: true,
        status: true,
        meeting: {
          select: {
            heldAt: true,
            contract: {
              select: { id: true, reference: true, title: true, organisation: { select: { name: true } } },
            },
          },
        },
      },
    }),
    prisma.meetingAction.count({ where }),
  ]);
  return pageOf(items, total, filter.page, ACTION_PAGE_SIZE);
}
