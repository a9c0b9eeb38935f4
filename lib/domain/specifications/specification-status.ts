import type { SpecificationStatus } from "../../generated/prisma/enums";
import { missingEqualityImpactParts, type EqualityImpact } from "./equality-impact";

export type SpecificationStep = "send-for-approval" | "approve";

export const SPECIFICATION_STATUS_LABEL: Record<SpecificationStatus, string> = {
  DRAFT: "Draft",
  AWAITING_APPROVAL: "Awaiting approval",
  APPROVED: "Approved",
  ARCHIVED: "Archived",
};

const FROM: Record<SpecificationStep, SpecificationStatus> = {
  "send-for-approval": "DRAFT",
  approve: "AWAITING_APPROVAL",
};

const TO: Record<SpecificationStep, SpecificationStatus> = {
  "send-for-approval": "AWAITING_APPROVAL",
  approve: "APPROVED",
};

export type StepCheck = { ok: true; to: SpecificationStatus } | { ok: false; reason: string };

/**
 * Draft → awaiting approval → approved. Both steps need a complete equality impact assessment,
 * so a specification can never reach approval without one.
 */
export function checkSpecificationStep(
  step: SpecificationStep,
  status: SpecificationStatus,
  eia: EqualityImpact,
): StepCheck {
  if (status !== FROM[step]) {
    return {
      ok: false,
      reason:
        step === "approve"
          ? `Only a specification awaiting approval can be approved; this one is ${SPECIFICATION_STATUS_LABEL[status].toLowerCase()}.`
          : `Only a draft can be sent for approval; this one is ${SPECIFICATION_STATUS_LABEL[status].toLowerCase()}.`,
    };
  }
  const missing = missingEqualityImpactParts(eia);
  if (missing.length) {
    return {
      ok: false,
      reason: `Complete the equality impact assessment first: write the ${joinWords(missing)}.`,
    };
  }
  return { ok: true, to: TO[step] };
}

/**
 * What an edit does: a draft or one awaiting approval changes in place and goes back to draft;
 * an approved specification keeps that version as it is and gets a new draft version.
 */
export function editOutcome(status: SpecificationStatus): "in-place" | "new-version" | "refused" {
  if (status === "DRAFT" || status === "AWAITING_APPROVAL") return "in-place";
  if (status === "APPROVED") return "new-version";
  return "refused";
}

function joinWords(words: string[]): string {
  return words.length <= 1
    ? words.join("")
    : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
