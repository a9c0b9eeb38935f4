import { addMonths, startOfUtcDay } from "./dates";

export type ContractStatus = "MOBILISING" | "LIVE" | "IN_EXTENSION" | "ENDING" | "ENDED" | "TERMINATED";

export const CONTRACT_STATUSES = [
  "MOBILISING",
  "LIVE",
  "IN_EXTENSION",
  "ENDING",
  "ENDED",
  "TERMINATED",
] as const satisfies readonly ContractStatus[];

export const CONTRACT_STATUS_LABEL: Record<ContractStatus, string> = {
  MOBILISING: "Mobilising",
  LIVE: "Live",
  IN_EXTENSION: "In extension",
  ENDING: "Ending",
  ENDED: "Ended",
  TERMINATED: "Terminated",
};

/** A contract whose end date is this many months away or less is "ending". */
export const ENDING_WINDOW_MONTHS = 6;

export interface ContractDates {
  startDate: Date;
  endDate: Date;
  originalEndDate: Date;
  terminatedAt: Date | null;
}

/**
 * A contract's status on a day, from its dates alone (never stored, so it cannot go stale).
 * Terminated wins; then not started (mobilising); then ended (the day after the end date);
 * then ending (the end date is ENDING_WINDOW_MONTHS months away or less); then in extension (past
 * the original end date).
 */
export function contractStatus(c: ContractDates, today: Date): ContractStatus {
  const day = startOfUtcDay(today);
  if (c.terminatedAt && c.terminatedAt <= day) return "TERMINATED";
  if (day < c.startDate) return "MOBILISING";
  if (day > c.endDate) return "ENDED";
  if (addMonths(day, ENDING_WINDOW_MONTHS) >= c.endDate) return "ENDING";
  if (day > c.originalEndDate) return "IN_EXTENSION";
  return "LIVE";
}
