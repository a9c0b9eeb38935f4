import type { Prisma } from "../../db";
import { addMonths, startOfUtcDay } from "../../domain/dates";
import { ENDING_WINDOW_MONTHS, type ContractStatus } from "../../domain/contract-status";
import { unknownValue } from "../../domain/exhaustive";
import { RAGS, type Rag } from "../../domain/rag";

/**
 * One where-clause per concept, shared by the dashboards' tiles, the lists they link to and the
 * expiry pipeline, so a tile's number is the length of the list it opens. The actor's scope is a
 * separate clause: callers put it beside these (`AND: [scope, ...]`), never merge it in.
 */

/** Not terminated on `today` (a termination dated later has not happened yet). */
export function notTerminatedWhere(today: Date): Prisma.ContractWhereInput {
  const day = startOfUtcDay(today);
  return { OR: [{ terminatedAt: null }, { terminatedAt: { gt: day } }] };
}

/** Current: not ended and not terminated on `today`, mobilising ones included. */
export function currentContractWhere(today: Date): Prisma.ContractWhereInput {
  return { AND: [notTerminatedWhere(today), { endDate: { gte: startOfUtcDay(today) } }] };
}

/**
 * Ending within `months`: current, with an end date no later than the same day `months` months
 * on (the last day of a shorter month), as contractStatus counts "ending". Mobilising included.
 */
export function endingWithinMonthsWhere(months: number, today: Date): Prisma.ContractWhereInput {
  const day = startOfUtcDay(today);
  return { AND: [currentContractWhere(day), { endDate: { lte: endingWindowEnd(months, day) } }] };
}

/** The last end date "ending within `months`" takes in: the boundary endingWithinMonthsWhere uses. */
export function endingWindowEnd(months: number, today: Date): Date {
  return addMonths(startOfUtcDay(today), months);
}

/** Current contracts at a RAG, or with no accepted result yet (NONE). Ended ones keep their last RAG but are not "at" it. */
export function atRagWhere(rag: Rag | "NONE", today: Date): Prisma.ContractWhereInput {
  if (rag !== "NONE" && !RAGS.includes(rag)) return unknownValue(rag as never, "RAG");
  return { AND: [currentContractWhere(today), { currentRag: rag === "NONE" ? null : rag }] };
}

/** Contracts with a return the council has queried and the provider has not answered yet. */
export const queriedReturnWhere: Prisma.ContractWhereInput = { returns: { some: { status: "QUERIED" } } };

/** The SQL form of a derived status on a day (see lib/domain/contract-status.ts, which this mirrors). */
export function statusWhere(status: ContractStatus, today: Date): Prisma.ContractWhereInput {
  const day = startOfUtcDay(today);
  const endingBy = addMonths(day, ENDING_WINDOW_MONTHS);
  const started: Prisma.ContractWhereInput = { startDate: { lte: day } };
  switch (status) {
    case "TERMINATED":
      return { terminatedAt: { lte: day } };
    case "MOBILISING":
      return { AND: [notTerminatedWhere(day), { startDate: { gt: day } }] };
    case "ENDED":
      return { AND: [notTerminatedWhere(day), { endDate: { lt: day } }] };
    case "ENDING":
      return { AND: [started, endingWithinMonthsWhere(ENDING_WINDOW_MONTHS, day)] };
    case "IN_EXTENSION":
      return {
        AND: [
          notTerminatedWhere(day),
          started,
          { endDate: { gt: endingBy } },
          { originalEndDate: { lt: day } },
        ],
      };
    case "LIVE":
      return {
        AND: [
          notTerminatedWhere(day),
          started,
          { endDate: { gt: endingBy } },
          { originalEndDate: { gte: day } },
        ],
      };
    default:
      return unknownValue(status, "status");
  }
}
