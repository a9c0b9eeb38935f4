import type { AssessmentStatus } from "../../generated/prisma/enums";

/** A social worker changes an assessment while it is a draft, or after it was refused. */
export function canEditAssessment(status: AssessmentStatus): boolean {
  return status === "DRAFT" || status === "REFUSED";
}

/**
 * Four-eyes approval of an assessment: where the council has two or more social workers who can
 * approve, the author cannot approve (or refuse) their own. With one, there is no second pair of
 * eyes to ask, and the decision's audit row says the rule did not apply.
 */
export function checkAssessmentFourEyes(f: {
  approvers: number;
  authorId: string;
  deciderId: string;
  /** What is decided: an assessment (written) or a budget (proposed). */
  what?: "assessment" | "budget";
}): { ok: true; applied: boolean } | { ok: false; reason: string } {
  if (f.approvers < 2) return { ok: true, applied: false };
  if (f.authorId === f.deciderId)
    return {
      ok: false,
      reason:
        f.what === "budget"
          ? "You proposed this budget, so another social worker must approve or refuse it."
          : "You wrote this assessment, so another social worker must approve or refuse it.",
    };
  return { ok: true, applied: true };
}
