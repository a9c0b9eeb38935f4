import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { AppError } from "../../errors";
import { canEditAssessment } from "../../domain/assessments/assessment-approval";
import { indicativeBudget } from "../../domain/ras/indicative-budget";
import { rasAnswersSchema, readRasDefinition } from "../../schemas/ras";
import { recordAudit } from "../audit/record-audit";
import { lockAssessment } from "./lock-assessment";

/**
 * Sends a finished assessment for approval: its indicative budget is worked out now, under the
 * assessment's own RAS version, and kept with its breakdown so later versions never change it.
 */
export async function submitAssessment(actor: Actor, id: string) {
  await prisma.$transaction(async (tx) => {
    const a = await lockAssessment(tx, actor, id);
    if (!canEditAssessment(a.status))
      throw new AppError("CONFLICT", "This assessment has already been sent for approval.");
    if (!a.summary?.trim())
      throw new AppError(
        "INVALID",
        "Write the summary of the Child and Family Assessment before sending it.",
      );
    const budget = indicativeBudget(
      readRasDefinition(a.rasConfiguration.definition),
      rasAnswersSchema.parse(a.answers),
    );
    if (budget.unanswered.length)
      throw new AppError(
        "INVALID",
        `Answer every question before sending the assessment: ${budget.unanswered.length} ${budget.unanswered.length === 1 ? "is" : "are"} not answered.`,
      );
    await tx.assessment.update({
      where: { id: a.id },
      data: {
        status: "SUBMITTED",
        totalPoints: budget.totalPoints,
        indicativeBudget: budget.amount,
        breakdown: budget as unknown as Prisma.InputJsonValue,
        submittedAt: new Date(),
        refusalReason: null,
        decidedAt: null,
        decidedById: null,
      },
    });
    await recordAudit(tx, actor, {
      action: "assessment:submit",
      entityType: "Assessment",
      entityId: a.id,
      summary: `Sent an assessment for approval: ${budget.totalPoints} points, indicative budget £${budget.amount}`,
      metadata: {
        rasVersion: a.rasConfiguration.version,
        totalPoints: budget.totalPoints,
        amount: budget.amount,
      },
    });
  });
}
