import { Frown, Meh, Smile } from "lucide-react";
import { FACES } from "@/lib/domain/feedback-questions";
import { formatCalendarDate } from "@/lib/domain/dates";
import {
  RECOMMENDATION_OUTCOME_LABEL,
  RECOMMENDATION_STATUS_LABEL,
  REVIEW_AREAS,
  type ReviewRatings,
} from "@/lib/domain/involvement/venue-review";
import type { RecommendationOutcome, RecommendationStatus } from "@/lib/generated/prisma/enums";
import { SectionHeading } from "@/components/ui/heading";
import { Tag } from "@/components/ui/tag";

const ICON = { HAPPY: Smile, OKAY: Meh, SAD: Frown } as const;

/** The team's picture ratings: each area with its face and the face's words. */
export function VenueRatings({ ratings, easy = false }: { ratings: ReviewRatings; easy?: boolean }) {
  const rated = REVIEW_AREAS.filter((a) => ratings[a.code]);
  if (rated.length === 0) return <p className="mb-6">No ratings yet.</p>;
  return (
    <ul className="mb-8 grid gap-3 sm:grid-cols-2">
      {rated.map((a) => {
        const face = FACES.find((f) => f.value === ratings[a.code])!;
        const Icon = ICON[face.value];
        return (
          <li key={a.code} className="flex items-center gap-3 border-l-4 border-border pl-3">
            <Icon aria-hidden="true" className="h-10 w-10 shrink-0" />
            <span>
              <span className="block font-bold">{easy ? a.easy : a.label}</span>
              {face.label}: {face.easy.toLowerCase()}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export interface RecommendationRow {
  id: string;
  text: string;
  status: RecommendationStatus;
  providerResponse: string | null;
  plannedBy: Date | null;
  revisitOutcome: RecommendationOutcome | null;
  revisitFinding: string | null;
}

/** The recommendations with the provider's answers and, after the revisit, what was found. */
export function RecommendationList({
  recommendations,
  children,
}: {
  recommendations: RecommendationRow[];
  /** Per recommendation: a form or more, under its answer. */
  children?: (r: RecommendationRow, index: number) => React.ReactNode;
}) {
  if (recommendations.length === 0) return <p className="mb-8">The team made no recommendations.</p>;
  return (
    <ol className="mb-8 list-none">
      {recommendations.map((r, i) => (
        <li key={r.id} id={`rec-${r.id}`} className="mb-6 border-l-4 border-border pl-4">
          <SectionHeading size="m">Recommendation {i + 1}</SectionHeading>
          <p className="mb-2 text-lg">{r.text}</p>
          <p className="mb-2">
            <Tag colour={r.status === "OPEN" ? "orange" : r.status === "ACCEPTED" ? "green" : "grey"}>
              {RECOMMENDATION_STATUS_LABEL[r.status]}
            </Tag>
            {r.revisitOutcome && (
              <>
                {" "}
                <Tag
                  colour={
                    r.revisitOutcome === "DONE"
                      ? "green"
                      : r.revisitOutcome === "PARTLY_DONE"
                        ? "yellow"
                        : "red"
                  }
                >
                  At the revisit: {RECOMMENDATION_OUTCOME_LABEL[r.revisitOutcome].toLowerCase()}
                </Tag>
              </>
            )}
          </p>
          {r.providerResponse && (
            <p className="mb-2 whitespace-pre-line">
              <span className="font-bold">
                {r.status === "ACCEPTED" ? "The provider's plan: " : "The provider said: "}
              </span>
              {r.providerResponse}
              {r.plannedBy ? ` (by ${formatCalendarDate(r.plannedBy)})` : ""}
            </p>
          )}
          {r.revisitFinding && (
            <p className="mb-2">
              <span className="font-bold">What the team found: </span>
              {r.revisitFinding}
            </p>
          )}
          {children?.(r, i)}
        </li>
      ))}
    </ol>
  );
}
