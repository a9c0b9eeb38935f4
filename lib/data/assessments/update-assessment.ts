import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError } from "../../errors";
import { canEditAssessment } from "../../domain/assessments/assessment-approval";
import { rasAnswersSchema, readRasDefinition } from "../../schemas/ras";
import { lockAssessment } from "./lock-assessment";
import { recordAudit } from "../audit/record-audit";

const notEditable = () =>
  new AppError("CONFLICT", "This assessment has been sent for approval, so it cannot be changed now.");

/** Saves the summary of the Child and Family Assessment, while the assessment can still change. */
export async function saveAssessmentSummary(actor: Actor, id: string, summary: string) {
  await prisma.$transaction(async (tx) => {
    const a = await lockAssessment(tx, actor, id);
    if (!canEditAssessment(a.status)) throw notEditable();
    await tx.assessment.update({ where: { id: a.id }, data: { summary } });
    await recordAudit(tx, actor, {
      action: "assessment:update-summary",
      entityType: "Assessment",
      entityId: a.id,
      summary: "Saved an assessment's summary",
    });
  });
}

/**
 * Saves the answers to one domain's questions (option index by question code). Every question of
 * the domain must be answered with one of its options; other domains' answers stay as they were.
 */
export async function saveDomainAnswers(
  actor: Actor,
  id: string,
  domainIndex: number,
  answers: Record<string, number>,
) {
  await prisma.$transaction(async (tx) => {
    const a = await lockAssessment(tx, actor, id);
    if (!canEditAssessment(a.status)) throw notEditable();
    const domain = readRasDefinition(a.rasConfiguration.definition).domains[domainIndex];
    if (!domain) throw new AppError("NOT_FOUND", "That part of the assessment could not be found.");
    const fieldErrors: Record<string, string> = {};
    for (const q of domain.questions) {
      const chosen = answers[q.code];
      if (chosen === undefined || !q.options[chosen])
        fieldErrors[q.code] = `Choose an answer for “${q.label}”`;
    }
    if (Object.keys(fieldErrors).length) throw new AppError("INVALID", "Answer every question.", fieldErrors);
    const kept = rasAnswersSchema.parse(a.answers);
    for (const q of domain.questions) kept[q.code] = answers[q.code];
    await tx.assessment.update({ where: { id: a.id }, data: { answers: kept } });
    await recordAudit(tx, actor, {
      action: "assessment:answer",
      entityType: "Assessment",
      entityId: a.id,
      summary: `Saved the answers to part ${domainIndex + 1} of an assessment`,
      metadata: { domain: domainIndex },
    });
  });
}
