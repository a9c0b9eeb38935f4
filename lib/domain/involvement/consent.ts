import { englandDateParts } from "../dates";

/**
 * Who may join a venue review team or a scoring panel (docs/decisions/0030): a young commissioner
 * of 16 or over on the day, or one under 16 whose parent's or carer's consent is recorded. Without
 * a date of birth their age is unknown, so they are treated as under 16.
 */

export const CONSENT_AGE = 16;

/** Whole years from a date of birth to a day (both calendar dates at UTC midnight). */
export function ageOn(dateOfBirth: Date, day: Date): number {
  let years = day.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const beforeBirthday =
    day.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (day.getUTCMonth() === dateOfBirth.getUTCMonth() && day.getUTCDate() < dateOfBirth.getUTCDate());
  if (beforeBirthday) years -= 1;
  return years;
}

export interface ConsentFacts {
  dateOfBirth: Date | null;
  consentGivenOn: Date | null;
}

export type ConsentStanding = "ADULT_ENOUGH" | "CONSENT_RECORDED" | "CONSENT_MISSING" | "AGE_UNKNOWN";

export function consentStanding(facts: ConsentFacts | null, today: Date): ConsentStanding {
  if (facts?.dateOfBirth && ageOn(facts.dateOfBirth, today) >= CONSENT_AGE) return "ADULT_ENOUGH";
  if (facts?.consentGivenOn) return "CONSENT_RECORDED";
  return facts?.dateOfBirth ? "CONSENT_MISSING" : "AGE_UNKNOWN";
}

export function mayTakePart(standing: ConsentStanding): boolean {
  return standing === "ADULT_ENOUGH" || standing === "CONSENT_RECORDED";
}

/** The message staff see when someone may not take part yet; null when they may. */
export function participationRefusal(name: string, standing: ConsentStanding): string | null {
  if (standing === "CONSENT_MISSING")
    return `${name} is under 16 and no parent's or carer's consent is recorded. Record their consent on their young commissioner profile first.`;
  if (standing === "AGE_UNKNOWN")
    return `${name}'s date of birth is not recorded, so we cannot tell whether they need a parent's or carer's consent. Record their date of birth (and consent, if they are under 16) on their young commissioner profile first.`;
  return null;
}

export const CONSENT_STANDING_LABEL: Record<ConsentStanding, string> = {
  ADULT_ENOUGH: "16 or over",
  CONSENT_RECORDED: "Under 16, consent recorded",
  CONSENT_MISSING: "Under 16, no consent",
  AGE_UNKNOWN: "Date of birth not recorded",
};

/** Today's date in England, as the UTC midnight calendar-date columns hold. */
export function englandToday(now: Date): Date {
  const { day, month, year } = englandDateParts(now);
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}
