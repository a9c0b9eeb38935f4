import { prisma } from "../../db";
import { RATING_QUESTIONS, type RatingQuestion } from "../../domain/feedback-questions";
import { NotFoundError } from "../../errors";
import type { Face, FeedbackSource } from "../../generated/prisma/enums";

export interface ContractFeedbackSummary {
  contractId: string;
  /** Feedback items about the contract, by who gave them. */
  total: number;
  bySource: Record<FeedbackSource, number>;
  /** Average of each five-point question (null when nobody answered it), to one decimal place. */
  questions: { question: RatingQuestion; label: string; average: number | null; count: number }[];
  /** Children's picture-scale answers (their own and those providers collected at sessions). */
  faces: Record<Face, number>;
  /**
   * Per calendar quarter (UTC), oldest first, the share of "supported to care at home" ratings that
   * were 4 or 5: the contract's satisfaction KPI. Quarters with no ratings are left out.
   */
  quarters: { quarter: string; start: Date; ratings: number; satisfied: number; percent: number }[];
}

/**
 * Feedback figures for one contract, for the contract page and its satisfaction KPI. Scoped by the
 * council: a contract of another council is "not found".
 */
export async function getContractFeedbackSummary(
  councilId: string,
  contractId: string,
): Promise<ContractFeedbackSummary> {
  const contract = await prisma.contract.findFirst({
    where: { id: contractId, councilId },
    select: { id: true },
  });
  if (!contract) throw new NotFoundError("The contract");
  const scope = { councilId, contractId };
  const [sources, ratings, faces, quarters] = await Promise.all([
    prisma.feedback.groupBy({ by: ["source"], where: scope, _count: { _all: true } }),
    prisma.feedbackRating.groupBy({
      by: ["question"],
      where: { councilId, feedback: scope },
      _avg: { value: true },
      _count: { _all: true },
    }),
    prisma.feedback.groupBy({
      by: ["face"],
      where: { AND: [scope, { face: { not: null } }] },
      _count: { _all: true },
    }),
    prisma.$queryRaw<{ start: string; ratings: bigint | number; satisfied: bigint | number }[]>`
      select to_char(date_trunc('quarter', f."createdAt" at time zone 'UTC'), 'YYYY-MM-DD') as start,
             count(*) as ratings,
             count(*) filter (where r.value >= 4) as satisfied
        from "FeedbackRating" r
        join "Feedback" f on f.id = r."feedbackId"
       where f."councilId" = ${councilId} and f."contractId" = ${contractId}
         and r."councilId" = ${councilId} and r.question = 'supported-at-home'
       group by 1 order by 1`,
  ]);
  const bySource: Record<FeedbackSource, number> = { PARENT: 0, CHILD: 0, PROVIDER_COLLECTED: 0 };
  for (const s of sources) bySource[s.source] = s._count._all;
  const faceCounts: Record<Face, number> = { HAPPY: 0, OKAY: 0, SAD: 0 };
  for (const f of faces) if (f.face) faceCounts[f.face] = f._count._all;
  return {
    contractId,
    total: sources.reduce((n, s) => n + s._count._all, 0),
    bySource,
    questions: RATING_QUESTIONS.map((q) => {
      const row = ratings.find((r) => r.question === q.code);
      const avg = row?._avg.value;
      return {
        question: q.code,
        label: q.label,
        average: avg === null || avg === undefined ? null : Math.round(avg * 10) / 10,
        count: row?._count._all ?? 0,
      };
    }),
    faces: faceCounts,
    quarters: quarters.map((q) => {
      const start = new Date(`${q.start}T00:00:00Z`);
      const ratingsCount = Number(q.ratings);
      const satisfied = Number(q.satisfied);
      return {
        quarter: `${start.getUTCFullYear()} Q${Math.floor(start.getUTCMonth() / 3) + 1}`,
        start,
        ratings: ratingsCount,
        satisfied,
        percent: Math.round((satisfied / ratingsCount) * 1000) / 10,
      };
    }),
  };
}
