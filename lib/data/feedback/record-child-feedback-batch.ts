import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import type { ChildFeedbackBatchInput } from "../../schemas/feedback";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { unusedReceiptCode } from "./new-receipt-code";

/**
 * Children's feedback a provider collected at sessions (checked by childFeedbackBatchSchema: blank
 * rows dropped, each row with a face), against one of its own contracts. Returns how many were
 * recorded: 0 when the same form was already saved.
 */
export async function recordChildFeedbackBatch(
  actor: Actor,
  input: ChildFeedbackBatchInput,
): Promise<number> {
  const { organisationId } = actor;
  if (!organisationId) throw new NotFoundError();
  const { submissionKey, contractId, rows } = input;
  return prisma.$transaction(async (tx) => {
    const contract = await tx.contract.findFirst({
      where: { id: contractId, councilId: actor.councilId, organisationId },
      select: { id: true, reference: true },
    });
    if (!contract)
      throw new AppError("INVALID", "Choose one of your organisation's contracts", {
        contractId: "Choose one of your organisation's contracts",
      });
    const claim = await claimSubmission(tx, submissionKey, actor, "child-feedback:batch");
    if (!claim.first) return 0;
    for (const row of rows) {
      await tx.feedback.create({
        data: {
          councilId: actor.councilId,
          source: "PROVIDER_COLLECTED",
          receiptCode: await unusedReceiptCode(tx, actor.councilId),
          submittedByUserId: actor.userId,
          organisationId,
          contractId: contract.id,
          face: row.face,
          liked: row.liked ?? null,
          improve: row.improve ?? null,
        },
      });
    }
    await completeSubmission(tx, submissionKey, contract.id);
    await recordAudit(tx, actor, {
      action: "feedback:create-batch",
      entityType: "Contract",
      entityId: contract.id,
      summary: `${rows.length} children's feedback recorded against contract ${contract.reference}`,
    });
    return rows.length;
  });
}
