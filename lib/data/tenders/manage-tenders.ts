import { Decimal } from "decimal.js";
import type { Actor } from "../../auth/actor";
import { prisma, type Prisma, type Tx } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import type { TenderStatus } from "../../generated/prisma/enums";
import { formatMoney } from "../../domain/money";
import { refuseMove, TENDER_STATUS_LABEL } from "../../domain/tenders/tender-status";
import { bidderLabel } from "../../domain/tenders/scoring";
import type { TenderInput } from "../../schemas/tender";
import { awardStatusesBefore } from "../../domain/tenders/award-status";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { pageOf } from "../paging";
import { lockTender } from "./lock-tender";
import { notifyMemberships, notifyOrganisations } from "./notify";

export const TENDER_PAGE_SIZE = 20;

export async function listTenders(actor: Actor, filter: { status?: TenderStatus; page: number }) {
  // The council's scope is its own clause, so no filter can replace it.
  const where: Prisma.TenderWhereInput = {
    AND: [{ councilId: actor.councilId }, filter.status ? { status: filter.status } : {}],
  };
  const [items, total] = await Promise.all([
    prisma.tender.findMany({
      where,
      orderBy: [{ submissionDeadline: "desc" }, { reference: "asc" }],
      skip: (filter.page - 1) * TENDER_PAGE_SIZE,
      take: TENDER_PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        title: true,
        status: true,
        submissionDeadline: true,
        estimatedValue: true,
        specificationVersion: {
          select: { specification: { select: { serviceType: { select: { name: true } } } } },
        },
      },
    }),
    prisma.tender.count({ where }),
  ]);
  return pageOf(items, total, filter.page, TENDER_PAGE_SIZE);
}

/** Specifications with an approved version, newest version first: the ones a tender can come from. */
export async function approvedSpecifications(actor: Actor) {
  return prisma.specificationVersion.findMany({
    where: { councilId: actor.councilId, approvedAt: { not: null } },
    distinct: ["specificationId"],
    orderBy: [{ specificationId: "asc" }, { version: "desc" }],
    select: {
      id: true,
      version: true,
      title: true,
      maxAnnualValue: true,
      termMonths: true,
      specificationId: true,
      specification: { select: { reference: true } },
    },
  });
}

/** The whole tender for council staff: never any bid content (see evaluation.ts for that). */
export async function getTender(actor: Actor, tenderId: string, now = new Date()) {
  const tender = await prisma.tender.findFirst({
    where: { id: tenderId, councilId: actor.councilId },
    include: {
      criteria: { orderBy: { position: "asc" } },
      specificationVersion: {
        select: {
          id: true,
          version: true,
          title: true,
          termMonths: true,
          maxAnnualValue: true,
          specificationId: true,
          specification: { select: { reference: true } },
        },
      },
      questions: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          question: true,
          answer: true,
          publishedAt: true,
          createdAt: true,
          organisation: { select: { name: true } },
        },
      },
      panel: {
        include: {
          members: {
            orderBy: { createdAt: "asc" },
            include: {
              membership: { select: { id: true, role: true, user: { select: { name: true } } } },
              assignments: { select: { criterionId: true } },
              _count: { select: { scores: true, conflicts: true } },
            },
          },
        },
      },
      award: true,
    },
  });
  if (!tender) throw new NotFoundError("The tender");
  // Sealed: before the deadline not even the number of bids is shown to council staff.
  const sealed = now < tender.submissionDeadline;
  const submittedBids = sealed
    ? null
    : await prisma.bid.count({ where: { tenderId, councilId: actor.councilId, status: "SUBMITTED" } });
  return { ...tender, sealed, submittedBids };
}

async function nextReference(tx: Tx, councilId: string, now: Date): Promise<string> {
  const year = now.getUTCFullYear();
  const count = await tx.tender.count({ where: { councilId, reference: { startsWith: `T-${year}-` } } });
  return `T-${year}-${String(count + 1).padStart(3, "0")}`;
}

function checkValue(input: TenderInput, version: { maxAnnualValue: Prisma.Decimal; termMonths: number }) {
  const ceiling = new Decimal(version.maxAnnualValue.toString())
    .mul(version.termMonths)
    .div(12)
    .toDecimalPlaces(2);
  if (new Decimal(input.estimatedValue).gt(ceiling)) {
    throw new AppError("INVALID", "The estimated value is more than the specification allows.", {
      estimatedValue: `The estimated value must not be more than ${formatMoney(ceiling.toString())}: the specification's maximum annual value over its ${version.termMonths}-month term`,
    });
  }
}

function criteriaRows(councilId: string, tenderId: string, input: TenderInput) {
  return input.criteria.map((c, position) => ({ councilId, tenderId, position, ...c }));
}

export async function createTender(
  actor: Actor,
  specificationId: string,
  input: TenderInput,
  submissionKey: string,
  now = new Date(),
): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const claim = await claimSubmission(tx, submissionKey, actor, "tender:create");
    if (!claim.first) {
      if (claim.resultId) return claim.resultId;
      throw new AppError("CONFLICT", "This form was already sent. Open the tenders list to find it.");
    }
    const version = await tx.specificationVersion.findFirst({
      where: { specificationId, councilId: actor.councilId, approvedAt: { not: null } },
      orderBy: { version: "desc" },
      select: {
        id: true,
        maxAnnualValue: true,
        termMonths: true,
        version: true,
        specification: { select: { reference: true } },
      },
    });
    if (!version)
      throw new AppError("INVALID", "Choose an approved specification.", {
        specificationId: "Choose a specification that has an approved version",
      });
    checkValue(input, version);
    const reference = await nextReference(tx, actor.councilId, now);
    const tender = await tx.tender.create({
      data: {
        councilId: actor.councilId,
        reference,
        title: input.title,
        description: input.description,
        specificationVersionId: version.id,
        estimatedValue: input.estimatedValue,
        clarificationDeadline: input.clarificationDeadline,
        submissionDeadline: input.submissionDeadline,
        evaluationEndsAt: input.evaluationEndsAt,
        hideBidderNames: input.hideBidderNames === "yes",
        createdById: actor.userId,
      },
    });
    await tx.tenderCriterion.createMany({ data: criteriaRows(actor.councilId, tender.id, input) });
    await recordAudit(tx, actor, {
      action: "tender:create",
      entityType: "Tender",
      entityId: tender.id,
      summary: `Drafted tender ${reference} from specification ${version.specification.reference} version ${version.version}`,
    });
    await completeSubmission(tx, submissionKey, tender.id);
    return tender.id;
  });
}

/**
 * Only a draft can change; once published the criteria and weights are fixed. The draft is locked
 * and its status re-read inside the transaction, so an edit that lands after a publish fails
 * instead of rewriting the published tender (and, through its criteria, bidders' answers).
 * `expectedUpdatedAt` is the version the form was loaded from: a draft someone else has saved
 * since is not overwritten either.
 */
export async function updateTender(
  actor: Actor,
  tenderId: string,
  input: TenderInput,
  expectedUpdatedAt?: Date,
) {
  await prisma.$transaction(async (tx) => {
    await lockTender(tx, actor.councilId, tenderId);
    const tender = await tx.tender.findFirst({
      where: { id: tenderId, councilId: actor.councilId },
      select: {
        id: true,
        status: true,
        reference: true,
        updatedAt: true,
        specificationVersion: { select: { maxAnnualValue: true, termMonths: true } },
      },
    });
    if (!tender) throw new NotFoundError("The tender");
    if (tender.status === "CANCELLED")
      throw new AppError(
        "CONFLICT",
        "This tender was cancelled while you were editing; your changes were not saved.",
      );
    if (tender.status !== "DRAFT")
      throw new AppError(
        "CONFLICT",
        "This tender was published while you were editing; your changes were not saved. Its criteria, weights and timeline are now fixed.",
      );
    if (expectedUpdatedAt && tender.updatedAt.getTime() !== expectedUpdatedAt.getTime())
      throw new AppError(
        "CONFLICT",
        "This draft was changed by someone else while you were editing; your changes were not saved. Reload the page to see their changes, then make yours again.",
      );
    checkValue(input, tender.specificationVersion);
    await tx.tender.update({
      where: { id: tenderId },
      data: {
        title: input.title,
        description: input.description,
        estimatedValue: input.estimatedValue,
        clarificationDeadline: input.clarificationDeadline,
        submissionDeadline: input.submissionDeadline,
        evaluationEndsAt: input.evaluationEndsAt,
        hideBidderNames: input.hideBidderNames === "yes",
      },
    });
    await tx.tenderCriterion.deleteMany({ where: { tenderId } });
    await tx.tenderCriterion.createMany({ data: criteriaRows(actor.councilId, tenderId, input) });
    await recordAudit(tx, actor, {
      action: "tender:update",
      entityType: "Tender",
      entityId: tenderId,
      summary: `Changed draft tender ${tender.reference}`,
      metadata: { weights: input.criteria.map((c) => `${c.title}: ${c.weight}`) },
    });
  });
}

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
