import type {
  Face,
  RecommendationOutcome,
  RecommendationStatus,
  VenueReviewOutcome,
  VenueReviewStatus,
} from "../../generated/prisma/enums";

/** The areas a review team rates with the picture scale, in the order of the form. */
export const REVIEW_AREAS = [
  { code: "gettingThere", label: "Getting there", easy: "Was it easy to get there?" },
  { code: "gettingIn", label: "Getting in", easy: "Was it easy to get in and move around?" },
  { code: "welcome", label: "The welcome", easy: "Did you feel welcome?" },
  { code: "toilets", label: "Toilets and changing", easy: "Were the toilets and changing rooms good?" },
  { code: "activities", label: "The activities", easy: "Were the activities good?" },
  { code: "staffUnderstood", label: "Staff understood them", easy: "Did the staff understand you?" },
  {
    code: "communication",
    label: "Communication",
    easy: "Did they talk and listen in a way that works for you?",
  },
  { code: "goAgain", label: "Would you go again?", easy: "Would you go again?" },
] as const;

export type ReviewArea = (typeof REVIEW_AREAS)[number]["code"];
export type ReviewRatings = Partial<Record<ReviewArea, Face>>;

const FACE_VALUES = new Set<string>(["HAPPY", "OKAY", "SAD"]);

/** A stored ratings object read back: only known areas with a face (older rows held 1–5 numbers). */
export function readRatings(value: unknown): ReviewRatings {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const out: ReviewRatings = {};
  for (const { code } of REVIEW_AREAS) {
    const v = (value as Record<string, unknown>)[code];
    if (typeof v === "string" && FACE_VALUES.has(v)) out[code] = v as Face;
  }
  return out;
}

/** Days the provider has to answer the recommendations once the review is submitted. */
export const RESPONSE_DAYS = 28;

/** How a closed review ended, from what the revisit found for each recommendation. */
export function reviewOutcome(outcomes: RecommendationOutcome[]): VenueReviewOutcome {
  if (outcomes.length === 0) return "NOTHING_TO_CHANGE";
  if (outcomes.every((o) => o === "DONE")) return "ALL_DONE";
  if (outcomes.some((o) => o === "DONE" || o === "PARTLY_DONE")) return "PARTLY_DONE";
  return "NOT_DONE";
}

export const REVIEW_STATUS_LABEL: Record<VenueReviewStatus, string> = {
  PLANNED: "Visit planned",
  VISITED: "Waiting for the provider",
  PROVIDER_RESPONDED: "Provider responded",
  REVISIT_PLANNED: "Revisit planned",
  CLOSED: "Closed",
};

/** The same statuses for young commissioners, in Easy Read words. */
export const REVIEW_STATUS_EASY: Record<VenueReviewStatus, string> = {
  PLANNED: "Visit planned",
  VISITED: "Waiting for the provider",
  PROVIDER_RESPONDED: "The provider has answered",
  REVISIT_PLANNED: "Time to go back",
  CLOSED: "Finished",
};

export const REVIEW_OUTCOME_LABEL: Record<VenueReviewOutcome, string> = {
  NOTHING_TO_CHANGE: "No recommendations",
  ALL_DONE: "All recommendations done",
  PARTLY_DONE: "Some recommendations done",
  NOT_DONE: "Recommendations not done",
};

export const RECOMMENDATION_STATUS_LABEL: Record<RecommendationStatus, string> = {
  OPEN: "Waiting for an answer",
  ACCEPTED: "Accepted",
  NOT_ACCEPTED: "Not accepted",
};

export const RECOMMENDATION_OUTCOME_LABEL: Record<RecommendationOutcome, string> = {
  DONE: "Done",
  PARTLY_DONE: "Partly done",
  NOT_DONE: "Not done",
};

/** The views of the venue review lists (the `view` query parameter). */
export const VENUE_REVIEW_VIEWS = [
  "open",
  "closed",
  "overdue-response",
  "overdue-revisit",
  "to-answer",
] as const;
export type VenueReviewListView = (typeof VENUE_REVIEW_VIEWS)[number];
