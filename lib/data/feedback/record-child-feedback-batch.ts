import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { FormInvalid, parseForm } from "../../actions/form-state";
import { CHILD_BATCH_ROWS, childBatchRowSchema, submissionKey } from "../../schemas/feedback";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission, completeSubmission } from "../claim-submission";
import { unusedReceiptCode } from "./new-receipt-code";
import { z } from "zod";

const headSchema = z.object({
  submissionKey,
  contractId: z.string({ error: "Choose the contract" }).min(1, "Choose the contract").max(40),
});

/**
 * Children's feedback a provider collected at sessions, entered in one form of up to
 * CHILD_BATCH_ROWS rows (`face-0`, `liked-0`, `improve-0`, …) against one of its own contracts.
 * Blank rows are skipped; a row with words needs a face. Returns how many were recorded.
 */
export async function recordChildFeedbackBatch(actor: Actor, raw: Record<string, unknown>): Promise<number> {
  if (!actor.organisationId) throw new NotFoundError();
  const head = parseForm(headSchema, raw);
  const fieldErrors: Record<string, string> = {};
  const rows: z.output<typeof childBatchRowSchema>[] = [];
  for (let i = 0; i < CHILD_BATCH_ROWS; i++) {
    const parsed = childBatchRowSchema.safeParse({
      face: raw[`face-${i}`],
      liked: raw[`liked-${i}`],
      improve: raw[`improve-${i}`],
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        fieldErrors[`${String(issue.path[0])}-${i}`] ??= `Child ${i + 1}: ${issue.message}`;
      continue;
    }
    const row = parsed.data;
    if (!row.face && !row.liked && !row.improve) continue;
    if (!row.face) {
      fieldErrors[`face-${i}`] = `Child ${i + 1}: choose a face: happy, okay or sad`;
      continue;
    }
    rows.push(row);
  }
  if (Object.keys(fieldErrors).length) throw new FormInvalid(fieldErrors);
  if (!rows.length) throw new FormInvalid({ "face-0": "Enter at least one child's answer" });

  return prisma.$transaction(async (tx) => {
    const contract = await tx.contract.findFirst({
      where: { id: head.contractId, councilId: actor.councilId, organisationId: actor.organisationId! },
      select: { id: true, reference: true },
    });
    if (!contract)
      throw new AppError("INVALID", "Choose one of your organisation's contracts", {
        contractId: "Choose one of your organisation's contracts",
      });
    const claim = await claimSubmission(tx, head.submissionKey, actor, "child-feedback:batch");
    if (!claim.first) return 0;
    for (const row of rows) {
      await tx.feedback.create({
        data: {
          councilId: actor.councilId,
          source: "PROVIDER_COLLECTED",
          receiptCode: await unusedReceiptCode(tx, actor.councilId),
          submittedByUserId: actor.userId,
          organisationId: actor.organisationId,
          contractId: contract.id,
          face: row.face,
          liked: row.liked ?? null,
          improve: row.improve ?? null,
        },
      });
    }
    await completeSubmission(tx, head.submissionKey, contract.id);
    await recordAudit(tx, actor, {
      action: "feedback:create-batch",
      entityType: "Contract",
      entityId: contract.id,
      summary: `${rows.length} children's feedback recorded against contract ${contract.reference}`,
    });
    return rows.length;
  });
}
