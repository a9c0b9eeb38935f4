/**
 * Date helpers for the seed. Everything is UTC: `@db.Date` columns get UTC midnight, and
 * moments are built from a calendar date plus a time of day.
 */
import { DAY_MS, addDays, addMonths, startOfUtcDay } from "../../lib/domain/dates";

export { DAY_MS, addDays, addMonths, startOfUtcDay };

export function utcDate(year: number, month1: number, day: number): Date {
  return new Date(Date.UTC(year, month1 - 1, day));
}

/** A moment on a calendar date, e.g. atTime(date, 10, 30) for 10:30 UTC. */
export function atTime(date: Date, hours: number, minutes = 0): Date {
  return new Date(startOfUtcDay(date).getTime() + (hours * 60 + minutes) * 60_000);
}

export function addYears(d: Date, years: number): Date {
  return addMonths(d, years * 12);
}

export function startOfMonth(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
}

export function endOfMonth(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
}

/** Whole days from a to b (b later is positive). */
export function daysBetween(a: Date, b: Date): number {
  return Math.round((startOfUtcDay(b).getTime() - startOfUtcDay(a).getTime()) / DAY_MS);
}

export function maxDate(a: Date, b: Date): Date {
  return a > b ? a : b;
}

export function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}

/** The first 31 March strictly after `today`: the day many council agreements end together. */
export function nextMarch31(today: Date): Date {
  const thisYear = utcDate(today.getUTCFullYear(), 3, 31);
  return thisYear > today ? thisYear : utcDate(today.getUTCFullYear() + 1, 3, 31);
}

export interface FinancialQuarter {
  start: Date;
  end: Date;
  /** e.g. "2026/27 Q2": UK financial year, April–June is Q1. */
  label: string;
}

/** The UK financial-year quarter containing `d`. */
export function financialQuarter(d: Date): FinancialQuarter {
  const month = d.getUTCMonth(); // 0 = January
  const index = Math.floor(((month + 9) % 12) / 3); // April → 0 … January → 3
  const fyStart = month >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1;
  const startMonth = (3 + index * 3) % 12;
  const startYear = startMonth < 3 ? fyStart + 1 : fyStart;
  const start = new Date(Date.UTC(startYear, startMonth, 1));
  const end = new Date(Date.UTC(startYear, startMonth + 3, 0));
  const label = `${fyStart}/${String((fyStart + 1) % 100).padStart(2, "0")} Q${index + 1}`;
  return { start, end, label };
}

/** The six-month involvement block (April–September or October–March) containing `d`. */
export function sixMonthBlock(d: Date): { start: Date; end: Date } {
  const month = d.getUTCMonth();
  const year = d.getUTCFullYear();
  if (month >= 3 && month <= 8) return { start: utcDate(year, 4, 1), end: utcDate(year, 9, 30) };
  const startYear = month >= 9 ? year : year - 1;
  return { start: utcDate(startYear, 10, 1), end: utcDate(startYear + 1, 3, 31) };
}

/** A date of birth that makes someone exactly `age` years old on `today` (deterministic via `dayOffset`). */
export function dateOfBirthForAge(today: Date, age: number, dayOffset: number): Date {
  // dayOffset in [1, 360]: birthday passed `dayOffset` days ago this year of age.
  return addDays(addYears(today, -age), -dayOffset);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "1 October 2026", for text written into demo records. */
export function longDate(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function monthYear(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
