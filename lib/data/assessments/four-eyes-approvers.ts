import type { Tx } from "../../db";

/**
 * How many social workers can decide an assessment or a budget, for the four-eyes rule
 * (checkAssessmentFourEyes): the council's active social workers, or 1 when the council has
 * turned the rule off in its settings, so that the author may decide their own.
 */
export async function fourEyesApprovers(tx: Tx, councilId: string): Promise<number> {
  const council = await tx.council.findUniqueOrThrow({
    where: { id: councilId },
    select: { assessmentFourEyes: true },
  });
  if (!council.assessmentFourEyes) return 1;
  return tx.membership.count({ where: { councilId, role: "SOCIAL_WORKER", disabledAt: null } });
}
