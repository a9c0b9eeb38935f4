import type { Tx } from "../../db";
import { AppError } from "../../errors";
import type { TenderStatus } from "../../generated/prisma/enums";
import { bidsUnsealed } from "../../domain/tenders/tender-status";

export class SealedError extends AppError {
  constructor() {
    super("CONFLICT", "Bids are sealed until the submission deadline has passed and the tender has closed.");
  }
}

/**
 * The only way council staff read bids: submitted bids of a tender in their council, and only
 * once the deadline has passed and the tender has closed. Before then this throws, whatever page
 * or action asks, so a sealed bid cannot leak through a new screen.
 */
export async function unsealedBids(
  tx: Tx,
  tender: { id: string; councilId: string; status: TenderStatus; submissionDeadline: Date },
  now: Date,
  /** Answers to these criteria only (an evaluator sees the criteria they are assigned). */
  answerCriterionIds: string[],
) {
  if (!bidsUnsealed(tender.status, tender.submissionDeadline, now)) throw new SealedError();
  return tx.bid.findMany({
    where: { tenderId: tender.id, councilId: tender.councilId, status: "SUBMITTED" },
    orderBy: [{ label: "asc" }, { id: "asc" }],
    select: {
      id: true,
      label: true,
      price: true,
      submittedAt: true,
      organisationId: true,
      organisation: { select: { name: true } },
      answers: {
        where: { criterionId: { in: answerCriterionIds } },
        select: { criterionId: true, answer: true },
      },
    },
  });
}
