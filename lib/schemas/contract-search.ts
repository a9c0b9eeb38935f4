import { z } from "zod";
import { CONTRACT_STATUSES } from "../domain/contract-status";
import { RAGS } from "../domain/rag";
import { idField, pageField, flagField } from "./search-params";

/**
 * Query strings of the contract monitoring lists, exported so that a test can read a dashboard
 * tile's link exactly as the page it opens does (tests/integration/dashboard-tiles.test.ts).
 */

/** The tabs of the commissioner's returns list. */
export const RETURNS_VIEWS = ["review", "overdue", "queried"] as const;
export type ReturnsView = (typeof RETURNS_VIEWS)[number];

/** The expiry pipeline's windows, as they appear in `?ending=`. */
export const ENDING_WINDOWS = ["3", "6", "12"] as const;

/** /commissioner/contracts */
export const contractListSearchSchema = z.object({
  status: z.enum(CONTRACT_STATUSES).optional(),
  rag: z.enum([...RAGS, "NONE"]).optional(),
  ending: z.enum(ENDING_WINDOWS).transform(Number).optional(),
  provider: idField,
  serviceType: idField,
  district: idField,
  page: pageField,
});

/** /provider/contracts */
export const providerContractListSearchSchema = z.object({
  current: flagField("1"),
  queried: flagField("1"),
  page: pageField,
});

/** /commissioner/returns */
export const returnsSearchSchema = z.object({
  view: z.enum(RETURNS_VIEWS).default("review"),
  page: pageField,
});

/** /commissioner/meeting-actions and /provider/meeting-actions: overdue (the default) or all open. */
export const meetingActionsSearchSchema = z.object({
  view: z.enum(["overdue", "open"]).default("overdue"),
  page: pageField,
});
