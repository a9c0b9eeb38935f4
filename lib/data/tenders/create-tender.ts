import type { Actor } from "../../auth/actor";
import { prisma, type Tx } from "../../db";
import { AppError } from "../../errors";
import type { TenderInput } from "../../schemas/tender";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { checkValue, criteriaRows } from "./tender-input";

async function nextReference(tx: Tx, councilId: string, now: Date): Promise<string> {
  const year = now.getUTCFullYear();
  const count = await tx.tender.count({ where: { councilId, reference: { startsWith: `T-${year}-` } } });
  return `T-${year}-${String(count + 1).padStart(3, "0")}`;
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
