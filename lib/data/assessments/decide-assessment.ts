import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { checkAssessmentFourEyes } from "../../domain/assessments/assessment-approval";
import { fourEyesApprovers } from "./four-eyes-approvers";
import { recordAudit } from "../audit/record-audit";
import { lockAssessment } from "./lock-assessment";

export type AssessmentDecision = { decision: "APPROVE" } | { decision: "REFUSE"; reason: string };

/**
 * Approves or refuses an assessment sent for approval. The author cannot decide their own where the
 * council has two or more social workers; a refusal gives its reason and returns the assessment to
 * its author to change and send again.
 */
export async function decideAssessment(actor: Actor, id: string, input: AssessmentDecision) {
  await prisma.$transaction(async (tx) => {
    const a = await lockAssessment(tx, actor, id);
    if (a.status !== "SUBMITTED")
      throw new AppError("CONFLICT", "This assessment is not waiting for approval, so nothing was changed.");
    const approvers = await fourEyesApprovers(tx, actor.councilId);
    const rule = checkAssessmentFourEyes({
      approvers,
      authorId: a.socialWorkerUserId,
      deciderId: actor.userId,
    });
    if (!rule.ok) throw new AppError("NOT_ALLOWED", rule.reason);
    const approve = input.decision === "APPROVE";
    await tx.assessment.update({
      where: { id: a.id },
      data: {
        status: approve ? "APPROVED" : "REFUSED",
        decidedById: actor.userId,
        decidedAt: new Date(),
        refusalReason: approve ? null : input.reason,
      },
    });
    await recordAudit(tx, actor, {
      action: approve ? "assessment:approve" : "assessment:refuse",
      entityType: "Assessment",
      entityId: a.id,
      summary: approve
        ? `Approved an assessment with an indicative budget of £${a.indicativeBudget?.toFixed(2)}`
        : "Refused an assessment",
      metadata: {
        fourEyes: rule.applied ? "applied" : "not required",
        ...(approve ? {} : { reason: input.reason }),
      },
    });
  });
}
