const MONTH = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "short", year: "numeric" });

/** `2026-04` → "Apr 2026". */
export function monthLabel(key: string): string {
  return MONTH.format(new Date(`${key}-01T00:00:00Z`));
}
