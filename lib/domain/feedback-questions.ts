import type { ActionProgress, Face, FeedbackSource, FeedbackStatus } from "../generated/prisma/enums";

/** The five-point questions parents answer; codes are stored on FeedbackRating.question. */
export const RATING_QUESTIONS = [
  { code: "supported-at-home", label: "I feel supported to care for my child at home" },
  { code: "child-enjoyed", label: "My child enjoyed it" },
  { code: "staff-understood", label: "Staff understood my child's needs" },
] as const;
export type RatingQuestion = (typeof RATING_QUESTIONS)[number]["code"];

export const RATING_SCALE = [
  { value: 5, label: "5 – Strongly agree" },
  { value: 4, label: "4 – Agree" },
  { value: 3, label: "3 – Neither agree nor disagree" },
  { value: 2, label: "2 – Disagree" },
  { value: 1, label: "1 – Strongly disagree" },
] as const;

export const FACES: { value: Face; label: string; easy: string }[] = [
  { value: "HAPPY", label: "Happy", easy: "I liked it" },
  { value: "OKAY", label: "Okay", easy: "It was okay" },
  { value: "SAD", label: "Sad", easy: "I did not like it" },
];

export const FACE_LABEL: Record<Face, string> = { HAPPY: "Happy", OKAY: "Okay", SAD: "Sad" };

export const FEEDBACK_STATUS_LABEL: Record<FeedbackStatus, string> = {
  RECEIVED: "Received",
  IN_REVIEW: "Being looked at",
  ACTIONED: "Acted on",
  CLOSED: "Closed",
};

export const FEEDBACK_SOURCE_LABEL: Record<FeedbackSource, string> = {
  PARENT: "Parent or carer",
  CHILD: "Child or young person",
  PROVIDER_COLLECTED: "Collected by a provider",
};

export const ACTION_PROGRESS_LABEL: Record<ActionProgress, string> = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  DONE: "Done",
};

/** Limits on free text, shared by forms (character counts) and schemas. */
export const FEEDBACK_TEXT_MAX = {
  comment: 2000,
  liked: 500,
  improve: 500,
  reply: 2000,
  youSaid: 1000,
  weDid: 2000,
};
