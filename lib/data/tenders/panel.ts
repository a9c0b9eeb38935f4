import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import type { PanelRole } from "../../generated/prisma/enums";
import { recordAudit } from "../audit/record-audit";
import { lockTender } from "./lock-tender";
import { checkMayTakePart } from "../involvement/check-may-take-part";
import { consentStanding, englandToday, mayTakePart } from "../../domain/involvement/consent";

export async function getPanelSetup(actor: Actor, tenderId: string) {
  const tender = await prisma.tender.findFirst({
    where: { id: tenderId, councilId: actor.councilId },
    select: {
      id: true,
      reference: true,
      title: true,
      status: true,
      hideBidderNames: true,
      criteria: { orderBy: { position: "asc" }, select: { id: true, kind: true, title: true, weight: true } },
      panel: {
        select: {
          members: {
            orderBy: { createdAt: "asc" },
            select: {
              id: true,
              role: true,
              membershipId: true,
              membership: { select: { role: true, user: { select: { name: true } } } },
              assignments: { select: { criterionId: true } },
              _count: { select: { scores: true } },
            },
          },
        },
      },
    },
  });
  if (!tender) throw new NotFoundError("The tender");
  const onPanel = new Set(tender.panel?.members.map((m) => m.membershipId) ?? []);
  const candidates = await prisma.membership.findMany({
    where: {
      councilId: actor.councilId,
      role: { in: ["COMMISSIONER", "YOUNG_COMMISSIONER"] },
      disabledAt: null,
    },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: {
      id: true,
      role: true,
      user: { select: { name: true } },
      youngCommissionerProfile: { select: { dateOfBirth: true, consentGivenOn: true } },
    },
  });
  const today = englandToday(new Date());
  return {
    tender,
    members: tender.panel?.members ?? [],
    candidates: candidates
      .filter((c) => !onPanel.has(c.id))
      .map(({ youngCommissionerProfile, ...c }) => ({
        ...c,
        // Young commissioners under 16 without consent cannot be seated (decision 0030): say so in the list.
        mayTakePart:
          c.role !== "YOUNG_COMMISSIONER" || mayTakePart(consentStanding(youngCommissionerProfile, today)),
      })),
  };
}

function checkOpen(status: string) {
  if (status === "AWARDED" || status === "CANCELLED")
    throw new AppError("CONFLICT", "This tender is finished, so its panel can no longer change.");
}

/**
 * Adds someone to the panel, or changes their seat and the criteria they score. A young
 * commissioner under 16 needs a parent's or carer's consent on their profile first.
 */
export async function savePanelMember(
  actor: Actor,
  input: { tenderId: string; membershipId: string; seat: "CHAIR" | "EVALUATOR"; criterionIds: string[] },
  now = new Date(),
) {
  await prisma.$transaction(async (tx) => {
    await lockTender(tx, actor.councilId, input.tenderId);
    const tender = await tx.tender.findFirst({
      where: { id: input.tenderId, councilId: actor.councilId },
      select: { id: true, reference: true, status: true, criteria: { select: { id: true, kind: true } } },
    });
    if (!tender) throw new NotFoundError("The tender");
    checkOpen(tender.status);
    const person = await tx.membership.findFirst({
      where: {
        id: input.membershipId,
        councilId: actor.councilId,
        role: { in: ["COMMISSIONER", "YOUNG_COMMISSIONER"] },
        disabledAt: null,
      },
      select: { id: true, role: true, user: { select: { name: true } } },
    });
    if (!person)
      throw new AppError("INVALID", "Choose a commissioner or young commissioner.", {
        membershipId: "Choose who joins the panel",
      });
    await checkMayTakePart(tx, actor.councilId, [person.id], englandToday(now), "membershipId");
    const judged = new Set(tender.criteria.filter((c) => c.kind !== "PRICE").map((c) => c.id));
    if (input.criterionIds.some((id) => !judged.has(id)))
      throw new AppError("INVALID", "Choose criteria of this tender.", {
        criterionIds: "Choose from this tender's criteria (price is scored by formula)",
      });
    if (!input.criterionIds.length)
      throw new AppError("INVALID", "Choose at least one criterion.", {
        criterionIds: "Choose at least one criterion for them to score",
      });
    const role: PanelRole = person.role === "YOUNG_COMMISSIONER" ? "YOUNG_COMMISSIONER" : input.seat;
    // One chair. Once there is one, only they hand the chair on (or step down from it).
    const chair = await tx.panelMember.findFirst({
      where: { councilId: actor.councilId, panel: { tenderId: tender.id }, role: "CHAIR" },
      select: { id: true, membershipId: true, membership: { select: { user: { select: { name: true } } } } },
    });
    const handsOver = role === "CHAIR" && chair && chair.membershipId !== person.id;
    const stepsDown = role !== "CHAIR" && chair?.membershipId === person.id;
    if (chair && (handsOver || stepsDown) && chair.membershipId !== actor.membershipId)
      throw new AppError(
        "NOT_ALLOWED",
        `${chair.membership.user.name} chairs this panel. Only the chair can hand the chair to someone else.`,
        { seat: "Only the chair can hand the chair to someone else" },
      );
    if (chair && handsOver)
      await tx.panelMember.update({ where: { id: chair.id }, data: { role: "EVALUATOR" } });
    const panel = await tx.evaluationPanel.upsert({
      where: { tenderId: tender.id },
      create: { councilId: actor.councilId, tenderId: tender.id },
      update: {},
      select: { id: true },
    });
    const member = await tx.panelMember.upsert({
      where: { panelId_membershipId: { panelId: panel.id, membershipId: person.id } },
      create: { councilId: actor.councilId, panelId: panel.id, membershipId: person.id, role },
      update: { role },
      select: { id: true, assignments: { select: { criterionId: true } } },
    });
    const removed = member.assignments
      .map((a) => a.criterionId)
      .filter((id) => !input.criterionIds.includes(id));
    if (removed.length) {
      const scored = await tx.score.count({
        where: { panelMemberId: member.id, criterionId: { in: removed } },
      });
      if (scored)
        throw new AppError(
          "CONFLICT",
          `${person.user.name} has already scored a criterion you tried to remove. Nothing was changed.`,
        );
      await tx.panelAssignment.deleteMany({
        where: { panelMemberId: member.id, criterionId: { in: removed } },
      });
    }
    await tx.panelAssignment.createMany({
      data: input.criterionIds.map((criterionId) => ({
        councilId: actor.councilId,
        panelMemberId: member.id,
        criterionId,
      })),
      skipDuplicates: true,
    });
    await recordAudit(tx, actor, {
      action: "panel:save-member",
      entityType: "Tender",
      entityId: tender.id,
      // Ids, not names: a panel member may be a young commissioner (issue 19, item 7).
      summary: `Set a member on the panel for tender ${tender.reference} (${role.toLowerCase().replace("_", " ")}, ${input.criterionIds.length} criteria)${handsOver ? "; the chair was handed over" : ""}`,
      metadata: {
        membershipId: person.id,
        ...(handsOver ? { previousChairMembershipId: chair.membershipId } : {}),
      },
    });
  });
}

export async function removePanelMember(actor: Actor, input: { tenderId: string; panelMemberId: string }) {
  await prisma.$transaction(async (tx) => {
    await lockTender(tx, actor.councilId, input.tenderId);
    const member = await tx.panelMember.findFirst({
      where: { id: input.panelMemberId, councilId: actor.councilId, panel: { tenderId: input.tenderId } },
      select: {
        id: true,
        role: true,
        membershipId: true,
        membership: { select: { user: { select: { name: true } } } },
        _count: { select: { scores: true } },
        panel: { select: { tender: { select: { id: true, reference: true, status: true } } } },
      },
    });
    if (!member) throw new NotFoundError("The panel member");
    checkOpen(member.panel.tender.status);
    if (member.role === "CHAIR" && member.membershipId !== actor.membershipId)
      throw new AppError("NOT_ALLOWED", "Only the chair can leave the chair. Ask them to hand it on first.");
    if (member._count.scores)
      throw new AppError(
        "CONFLICT",
        `${member.membership.user.name} has already scored bids, so they stay on the panel record.`,
      );
    await tx.panelMember.delete({ where: { id: member.id } });
    await recordAudit(tx, actor, {
      action: "panel:remove-member",
      entityType: "Tender",
      entityId: member.panel.tender.id,
      summary: `Removed a member (${member.role.toLowerCase().replace("_", " ")}) from the panel for tender ${member.panel.tender.reference}`,
      metadata: { membershipId: member.membershipId },
    });
  });
}
