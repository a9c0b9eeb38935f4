import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import type { TenderInput } from "../../schemas/tender";
import { recordAudit } from "../audit/record-audit";
import { checkEditVersion } from "../edit-version";
import { lockTender } from "./lock-tender";
import { checkValue, criteriaRows } from "./tender-input";

/**
 * Only a draft can change; once published the criteria and weights are fixed. The draft is locked
 * and its status re-read inside the transaction, so an edit that lands after a publish fails
 * instead of rewriting the published tender (and, through its criteria, bidders' answers).
 * `editVersion` is the draft's edit version the form was loaded with (decision 0044): a draft
 * someone else has saved since is not overwritten either.
 */
export async function updateTender(actor: Actor, tenderId: string, input: TenderInput, editVersion?: number) {
  await prisma.$transaction(async (tx) => {
    await lockTender(tx, actor.councilId, tenderId);
    const tender = await tx.tender.findFirst({
      where: { id: tenderId, councilId: actor.councilId },
      select: {
        id: true,
        status: true,
        reference: true,
        editVersion: true,
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
    if (editVersion !== undefined) checkEditVersion(tender.editVersion, editVersion, "This draft tender");
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
        editVersion: { increment: 1 },
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
