import type { AgeBand } from "../generated/prisma/enums";

/** The register's age bands, in order, with their inclusive age ranges. */
export const AGE_BANDS: { band: AgeBand; label: string; min: number; max: number }[] = [
  { band: "AGE_0_4", label: "0 to 4", min: 0, max: 4 },
  { band: "AGE_5_10", label: "5 to 10", min: 5, max: 10 },
  { band: "AGE_11_15", label: "11 to 15", min: 11, max: 15 },
  { band: "AGE_16_19", label: "16 to 19", min: 16, max: 19 },
];

/** A child may be on the register up to and including age 19. */
export const MAX_REGISTER_AGE = 19;

/** Age in whole years on a calendar day (both UTC dates); a 29 February birthday turns on 1 March. */
export function ageOn(dateOfBirth: Date, day: Date): number {
  let age = day.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const beforeBirthday =
    day.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (day.getUTCMonth() === dateOfBirth.getUTCMonth() && day.getUTCDate() < dateOfBirth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

export function ageBandOf(age: number): AgeBand | null {
  return AGE_BANDS.find((b) => age >= b.min && age <= b.max)?.band ?? null;
}

/**
 * Birth dates that put a child in an age band on `day`, as a half-open range [from, to),
 * so list filters and statistics can use the (councilId, status, districtId, dateOfBirth) index.
 */
export function birthDateRange(band: AgeBand, day: Date): { from: Date; to: Date } {
  const b = AGE_BANDS.find((x) => x.band === band)!;
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth();
  const d = day.getUTCDate();
  // Born on or before (day - min years) and after (day - (max + 1) years).
  const to = new Date(Date.UTC(y - b.min, m, d + 1));
  const from = new Date(Date.UTC(y - b.max - 1, m, d + 1));
  return { from, to };
}

/** Why a date of birth cannot be on the register today, or null when it can. */
export function registerAgeProblem(dateOfBirth: Date, today: Date): string | null {
  if (dateOfBirth.getTime() > today.getTime()) return "Date of birth must be today or in the past";
  if (ageOn(dateOfBirth, today) > MAX_REGISTER_AGE) {
    return "Children and young people can be on the register up to and including age 19";
  }
  return null;
}
