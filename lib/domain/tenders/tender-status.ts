import type { TenderStatus } from "../../generated/prisma/enums";

/**
 * The tender state machine. The server refuses every other move; each allowed move is audited by
 * the data function that makes it.
 */
export const TENDER_TRANSITIONS: Record<TenderStatus, readonly TenderStatus[]> = {
  DRAFT: ["PUBLISHED", "CANCELLED"],
  PUBLISHED: ["CLOSED", "CANCELLED"],
  CLOSED: ["IN_EVALUATION", "CANCELLED"],
  IN_EVALUATION: ["AWARDED", "CANCELLED"],
  AWARDED: [],
  CANCELLED: [],
};

export const TENDER_STATUS_LABEL: Record<TenderStatus, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Open for bids",
  CLOSED: "Closed",
  IN_EVALUATION: "In evaluation",
  AWARDED: "Awarded",
  CANCELLED: "Cancelled",
};

export function canMove(from: TenderStatus, to: TenderStatus): boolean {
  return TENDER_TRANSITIONS[from].includes(to);
}

/** Why a move is refused, in words a commissioner can act on; null when it is allowed. */
export function refuseMove(
  from: TenderStatus,
  to: TenderStatus,
  ctx: { now: Date; publishedAt?: Date | null; submissionDeadline: Date; evaluationReady?: boolean },
): string | null {
  if (!canMove(from, to)) {
    return `A tender that is ${TENDER_STATUS_LABEL[from].toLowerCase()} cannot become ${TENDER_STATUS_LABEL[to].toLowerCase()}.`;
  }
  if (to === "PUBLISHED" && ctx.submissionDeadline <= ctx.now) {
    return "The submission deadline has passed. Change the timeline before publishing.";
  }
  if (to === "CLOSED" && ctx.submissionDeadline > ctx.now) {
    return "Bids are open until the submission deadline. The tender closes after it.";
  }
  if (to === "IN_EVALUATION" && ctx.evaluationReady === false) {
    return "Set up the panel first: every quality and young people's criterion needs at least one evaluator.";
  }
  return null;
}

/** Bids may be written, submitted or withdrawn only while the tender is open and before the deadline. */
export function biddingOpen(status: TenderStatus, submissionDeadline: Date, now: Date): boolean {
  return status === "PUBLISHED" && now < submissionDeadline;
}

/** Questions may be asked while bidding is open and before the clarification deadline. */
export function questionsOpen(status: TenderStatus, clarificationDeadline: Date, now: Date): boolean {
  return status === "PUBLISHED" && now < clarificationDeadline;
}

/**
 * Sealed bids: no council user reads a bid before the submission deadline, whatever the status.
 * The data layer calls this before returning any bid content to council staff.
 */
export function bidsUnsealed(status: TenderStatus, submissionDeadline: Date, now: Date): boolean {
  return now >= submissionDeadline && status !== "DRAFT" && status !== "PUBLISHED";
}
