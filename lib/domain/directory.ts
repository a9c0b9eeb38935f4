import { addMonths } from "./dates";

/** Accessibility features a listing can offer, as the directory shows them (same order as the filter). */
export const ACCESSIBILITY_LABELS = {
  STEP_FREE_ACCESS: "Step-free access",
  ACCESSIBLE_TOILET: "Accessible toilet",
  CHANGING_PLACES: "Changing Places toilet",
  HOIST: "Hoist available",
  QUIET_SPACE: "Quiet space",
  SENSORY_ROOM: "Sensory room",
  BSL: "Staff who use British Sign Language",
  MAKATON: "Staff who use Makaton",
  HEARING_LOOP: "Hearing loop",
  ACCESSIBLE_PARKING: "Accessible parking",
  PERSONAL_CARE: "Help with personal care",
  MEDICATION_TRAINED: "Staff trained to give medicines",
} as const;

export type AccessibilityFeatureCode = keyof typeof ACCESSIBILITY_LABELS;
export const ACCESSIBILITY_FEATURES = Object.keys(ACCESSIBILITY_LABELS) as [
  AccessibilityFeatureCode,
  ...AccessibilityFeatureCode[],
];

/** A listing is due for review this many months after it was last reviewed (or created). */
export const REVIEW_INTERVAL_MONTHS = 6;

/**
 * Listings last reviewed (or, never reviewed, created) at or before this instant are due for review:
 * six months before `now`. The dashboard and the reminder job both use it, so they always agree.
 */
export function reviewDueBefore(now: Date): Date {
  return addMonths(now, -REVIEW_INTERVAL_MONTHS);
}

/** True when the listing has not been reviewed for six months or more. */
export function isReviewDue(listing: { lastReviewedAt: Date | null; createdAt: Date }, now: Date): boolean {
  return (listing.lastReviewedAt ?? listing.createdAt) <= reviewDueBefore(now);
}

/** "Ages 5 to 15", "Ages 5 and over", "Up to age 18", or "All ages". */
export function ageRangeLabel(ageMin: number | null, ageMax: number | null): string {
  if (ageMin !== null && ageMax !== null) return `Ages ${ageMin} to ${ageMax}`;
  if (ageMin !== null) return `Ages ${ageMin} and over`;
  if (ageMax !== null) return `Up to age ${ageMax}`;
  return "All ages";
}
