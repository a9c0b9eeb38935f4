import type { AwardStatus, TenderStatus } from "../../generated/prisma/enums";

/**
 * The award's state machine (docs/decisions/0018). Every move is a compare-and-set on the
 * current status in the data layer, so two people answering at once cannot both move it.
 *
 * - PROPOSED: the panel chair decided, from the moderated ranking; the young commissioners'
 *   panel is asked.
 * - RETURNED: the young commissioners' panel said no, with a reason. Moderation reopens; the
 *   chair proposes again, or goes ahead with a recorded reason.
 * - STANDSTILL: both decisions recorded (or the chair went ahead); letters are out.
 * - CONFIRMED: after the standstill period; the contract exists.
 * - CANCELLED: the tender was cancelled.
 */
export const AWARD_TRANSITIONS: Record<AwardStatus, readonly AwardStatus[]> = {
  PROPOSED: ["STANDSTILL", "RETURNED", "CANCELLED"],
  RETURNED: ["PROPOSED", "STANDSTILL", "CANCELLED"],
  STANDSTILL: ["CONFIRMED", "CANCELLED"],
  CONFIRMED: [],
  CANCELLED: [],
};

export const AWARD_STATUS_LABEL: Record<AwardStatus, string> = {
  PROPOSED: "Decided by the chair; waiting for the young commissioners' panel",
  RETURNED: "Sent back by the young commissioners' panel",
  STANDSTILL: "Approved; in the standstill period",
  CONFIRMED: "Confirmed; contract created",
  CANCELLED: "Cancelled with the tender",
};

export function canMoveAward(from: AwardStatus, to: AwardStatus): boolean {
  return AWARD_TRANSITIONS[from].includes(to);
}

/** Statuses from which an award can still move to `to`. */
export function awardStatusesBefore(to: AwardStatus): AwardStatus[] {
  return (Object.keys(AWARD_TRANSITIONS) as AwardStatus[]).filter((from) => canMoveAward(from, to));
}

/** Moderated scores may change while no award decision stands: before one, or after the panel said no. */
export function moderationOpen(tenderStatus: TenderStatus, award: { status: AwardStatus } | null): boolean {
  return tenderStatus === "IN_EVALUATION" && (!award || award.status === "RETURNED");
}

/** A (new) award decision may be recorded: none yet, or the last one was sent back. */
export function awardDecisionOpen(
  tenderStatus: TenderStatus,
  award: { status: AwardStatus } | null,
): boolean {
  return tenderStatus === "IN_EVALUATION" && (!award || canMoveAward(award.status, "PROPOSED"));
}
