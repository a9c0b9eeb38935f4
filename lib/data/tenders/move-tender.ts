import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { refuseMove, TENDER_STATUS_LABEL } from "../../domain/tenders/tender-status";
import { bidderLabel } from "../../domain/tenders/scoring";
import { awardStatusesBefore } from "../../domain/tenders/award-status";
import { recordAudit } from "../audit/record-audit";
import { lockTender } from "./lock-tender";
import { notifyMemberships, notifyOrganisations } from "./notify";

/** Moves a tender along its state machine; the server refuses any other move. */
export async function moveTender(
  actor: Actor,
  tenderId: string,
  to: "PUBLISHED" | "CLOSED" | "IN_EVALUATION" | "CANCELLED",
  reason: string | undefined,
  now = new Date(),
): Promise<string> {
  return prisma.$transaction(async (tx) => {
    // Locked first, so the checks below see the state the move is made from.
    await lockTender(tx, actor.councilId, tenderId);
    const tender = await tx.tender.findFirst({
      where: { id: tenderId, councilId: actor.councilId },
      include: {
        award: { select: { id: true, status: true } },
        criteria: { select: { id: true, kind: true, _count: { select: { assignments: true } } } },
        panel: {
          select: { members: { select: { membershipId: true, membership: { select: { role: true } } } } },
        },
      },
    });
    if (!tender) throw new NotFoundError("The tender");
    const evaluationReady = tender.criteria.every((c) => c.kind === "PRICE" || c._count.assignments > 0);
    const refused = refuseMove(tender.status, to, {
      now,
      submissionDeadline: tender.submissionDeadline,
      evaluationReady,
    });
    if (refused) throw new AppError("CONFLICT", refused);
    if (to === "CANCELLED" && !reason)
      throw new AppError("INVALID", "Give a reason for cancelling.", {
        reason: "Give a reason for cancelling",
      });

    // Compare-and-set on the status, so two people pressing at once cannot both move it.
    const { count } = await tx.tender.updateMany({
      where: { id: tenderId, status: tender.status },
      data: {
        status: to,
        ...(to === "PUBLISHED" && { publishedAt: now }),
        ...(to === "CANCELLED" && { cancelledReason: reason }),
      },
    });
    if (count !== 1)
      throw new AppError("CONFLICT", "Someone else changed this tender just now. Reload the page.");

    const bidders = await tx.bid.findMany({
      where: { tenderId },
      select: { id: true, organisationId: true, status: true },
    });
    if (to === "PUBLISHED") {
      const approved = await tx.organisationCouncil.findMany({
        where: { councilId: actor.councilId, status: "APPROVED" },
        select: { organisationId: true },
      });
      await notifyOrganisations(
        tx,
        actor.councilId,
        approved.map((o) => o.organisationId),
        {
          title: `New tender: ${tender.title}`,
          body: `Bids are open until the submission deadline. Reference ${tender.reference}.`,
          href: `/provider/tenders/${tenderId}`,
        },
      );
    }
    if (to === "IN_EVALUATION") {
      // Labels for panels that hide names, in an order that says nothing about who sent what first.
      const submitted = bidders
        .filter((b) => b.status === "SUBMITTED")
        .sort((a, b) => a.id.localeCompare(b.id));
      for (const [i, bid] of submitted.entries())
        await tx.bid.update({ where: { id: bid.id }, data: { label: bidderLabel(i) } });
      for (const role of ["COMMISSIONER", "YOUNG_COMMISSIONER"] as const) {
        const seats = tender.panel?.members.filter((m) => m.membership.role === role) ?? [];
        await notifyMemberships(
          tx,
          actor.councilId,
          seats.map((m) => m.membershipId),
          {
            title: `Scoring is open: ${tender.title}`,
            body: "Say if you know any of the bidders, then score the parts you are given.",
            href:
              role === "COMMISSIONER"
                ? `/commissioner/tenders/${tenderId}/score`
                : `/young-commissioner/panels/${tenderId}`,
          },
        );
      }
    }
    if (to === "CANCELLED" && tender.award) {
      // A pending award falls with its tender; the same compare-and-set as every award move.
      const { count } = await tx.award.updateMany({
        where: {
          id: tender.award.id,
          councilId: actor.councilId,
          status: { in: awardStatusesBefore("CANCELLED") },
        },
        data: { status: "CANCELLED" },
      });
      if (count !== 1)
        throw new AppError("CONFLICT", "Someone else changed this tender's award just now. Reload the page.");
    }
    if (to === "CANCELLED") {
      await notifyOrganisations(
        tx,
        actor.councilId,
        bidders.map((b) => b.organisationId),
        {
          title: `Tender cancelled: ${tender.title}`,
          body: `The council cancelled tender ${tender.reference}. Reason: ${reason}`,
          href: `/provider/tenders/${tenderId}`,
        },
      );
    }
    await recordAudit(tx, actor, {
      action: `tender:${to.toLowerCase().replace("_", "-")}`,
      entityType: "Tender",
      entityId: tenderId,
      summary: `Tender ${tender.reference}: ${TENDER_STATUS_LABEL[tender.status]} → ${TENDER_STATUS_LABEL[to]}`,
      metadata: reason ? { reason } : undefined,
    });
    return tender.reference;
  });
}
