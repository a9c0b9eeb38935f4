import Papa from "papaparse";
import { FORMULA_START } from "./formula";

export type CsvCell = string | number;

/**
 * CSV as RFC 4180 describes it (comma, CRLF, fields with a comma, quote or line break in quotes,
 * quotes doubled), safe to open in a spreadsheet: text that a spreadsheet would take for a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading apostrophe. Numbers stay
 * numbers (so -2 is not touched).
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  for (const row of rows) {
    for (const value of row) {
      if (typeof value === "number" && !Number.isFinite(value))
        throw new Error("writeCsv: not a finite number");
    }
  }
  // Papa's own pattern (/^[=+\-@\t\r].*$/) misses a formula with a line break in it, so ours.
  const body = Papa.unparse(rows as CsvCell[][], { newline: "\r\n", escapeFormulae: FORMULA_START });
  return rows.length ? `${body}\r\n` : "";
}
