import type { PanelRole } from "../../generated/prisma/enums";

/** The actor's seat on a tender's panel, with what they declared about each bid (true: a conflict). */
export interface PanelSeat {
  role: PanelRole;
  declarations: ReadonlyMap<string, boolean>;
}

/**
 * Why this person may not set the moderated scores of this bid, or null when they may. Only
 * commissioners on the panel who declared no conflict with the bidder moderate
 * (docs/decisions/0018).
 */
export function moderationRefusal(seat: PanelSeat | null, bidId: string): string | null {
  if (!seat || seat.role === "YOUNG_COMMISSIONER")
    return "You are not on this tender's panel, so you cannot moderate its scores.";
  const conflict = seat.declarations.get(bidId);
  if (conflict === undefined)
    return "Declare your interests for every bidder on the scoring page before you moderate.";
  if (conflict)
    return "You declared a conflict of interest with this bidder, so you cannot moderate their scores.";
  return null;
}

/**
 * Why this person may not decide the award for this winning bid (propose it, or go ahead after the
 * young commissioners' panel said no), or null when they may: only the panel chair, who declared
 * no conflict with the winner.
 */
export function awardDecisionRefusal(seat: PanelSeat | null, winningBidId: string | null): string | null {
  if (!seat || seat.role !== "CHAIR") return "Only the panel chair can decide the award.";
  if (!winningBidId) return null;
  const conflict = seat.declarations.get(winningBidId);
  if (conflict === undefined)
    return "Declare your interests for every bidder on the scoring page before you decide the award.";
  if (conflict)
    return "You declared a conflict of interest with the top-ranked bidder, so you cannot decide this award. Hand the chair to another member of the panel.";
  return null;
}
