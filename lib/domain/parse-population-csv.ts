import Papa from "papaparse";
import type { AgeBand } from "../generated/prisma/enums";
import { readCsv, shownCell, type CsvRowProblem } from "../spreadsheets/read-csv";
import { AGE_BANDS } from "./age-band";

/**
 * Population CSV: one figure per row for a district, an age band and a year.
 * Pure: the caller passes the council's district codes and gets either every figure or every
 * problem, so nothing is saved from a file with any wrong row.
 */

export const POPULATION_COLUMNS = ["district_code", "age_band", "year", "population"] as const;
type Column = (typeof POPULATION_COLUMNS)[number];

export const POPULATION_YEAR_MIN = 2000;
export const POPULATION_YEAR_MAX = 2100;
export const POPULATION_MAX = 10_000_000;
/** 50 districts × 4 age bands × 100 years: more than any council holds, small enough for one transaction. */
export const POPULATION_MAX_ROWS = 20_000;

/** How age bands are written in the file: "0-4", "5-10", "11-15", "16-19". */
export const AGE_BAND_CSV: Record<AgeBand, string> = Object.fromEntries(
  AGE_BANDS.map((b) => [b.band, `${b.min}-${b.max}`]),
) as Record<AgeBand, string>;

const AGE_BAND_LIST = AGE_BANDS.map((b) => AGE_BAND_CSV[b.band]).join(", ");

export interface PopulationFigure {
  /** The row in the file (the column names are row 1), as a spreadsheet numbers it. */
  row: number;
  /** The council's own spelling of the code. */
  districtCode: string;
  ageBand: AgeBand;
  year: number;
  population: number;
}

export type RowProblem = CsvRowProblem;

export type PopulationCsvResult =
  | { ok: true; figures: PopulationFigure[]; ignoredColumns: string[] }
  | {
      ok: false;
      /** A problem with the whole file (empty, wrong columns); row problems are then not looked for. */
      fileProblem: string | null;
      rowProblems: RowProblem[];
    };

const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\//i;

function parseAgeBand(value: string): AgeBand | null {
  const v = value
    .trim()
    .toLowerCase()
    .replace(/[\u2012-\u2015\u2212]/g, "-")
    .replace(/\s*(?:-|to)\s*/g, "-");
  for (const b of AGE_BANDS) {
    if (v === AGE_BAND_CSV[b.band] || v === b.band.toLowerCase()) return b.band;
  }
  return null;
}

/** A whole number written plainly ("6840") or with thousands commas inside quotes ("6,840"). */
function parseWholeNumber(value: string): number | null {
  const v = value.trim();
  if (!/^(?:\d+|\d{1,3}(?:,\d{3})+)$/.test(v)) return null;
  const n = Number(v.replace(/,/g, ""));
  return Number.isSafeInteger(n) ? n : null;
}

/**
 * Checks every row of a population CSV against the council's district codes. Column names are
 * matched without regard to case or order; other columns are ignored and reported.
 */
export function parsePopulationCsv(text: string, districtCodes: readonly string[]): PopulationCsvResult {
  const codes = new Map(districtCodes.map((c) => [c.trim().toUpperCase(), c]));
  const seen = new Map<string, number>();

  const result = readCsv<Column, PopulationFigure>(text, {
    columns: POPULATION_COLUMNS,
    maxRows: POPULATION_MAX_ROWS,
    messages: {
      notCsv: "The selected file must be a CSV file. In your spreadsheet, save it as CSV.",
      noRows: "The selected file has column names but no figures",
      tooManyRows: `The selected file has more than ${POPULATION_MAX_ROWS.toLocaleString("en-GB")} rows of figures. Split it into smaller files.`,
      tooManyValuesHint: "Write numbers without commas (6840, not 6,840)",
    },
    // The row check names the column inside its sentences ("Row 3: year 1999 must be …"), so
    // only the reader's own problems (formula cells) come with a column to put in front.
    problemText: (row, column, message) =>
      `Row ${row}: ${column ? `${column.replace("_", " ")} ` : ""}${message}`,
    readRow({ row, cell, problem }) {
      const say = (message: string) => problem(null, message);

      let districtCode: string | undefined;
      const code = cell("district_code");
      if (code !== null) {
        districtCode = codes.get(code.toUpperCase());
        if (code === "") say("enter a district code");
        else if (!districtCode) say(`no district with code ${shownCell(code)} in your council`);
      }

      let ageBand: AgeBand | null = null;
      const band = cell("age_band");
      if (band !== null) {
        ageBand = parseAgeBand(band);
        if (band === "") say(`enter an age band (${AGE_BAND_LIST})`);
        else if (!ageBand) {
          say(
            `age band '${shownCell(band)}' is not one of ${AGE_BAND_LIST}` +
              (MONTH.test(band)
                ? ". A spreadsheet may have turned it into a date: format the column as text, or write AGE_5_10 and so on"
                : ""),
          );
        }
      }

      let year: number | null = null;
      const yearText = cell("year");
      if (yearText !== null) {
        year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
        if (yearText === "") say("enter a year");
        else if (year === null)
          say(`year '${shownCell(yearText)}' is not a year: write it as 4 digits, like 2025`);
        else if (year < POPULATION_YEAR_MIN || year > POPULATION_YEAR_MAX) {
          say(`year ${year} must be between ${POPULATION_YEAR_MIN} and ${POPULATION_YEAR_MAX}`);
          year = null;
        }
      }

      let population: number | null = null;
      const populationText = cell("population");
      if (populationText !== null) {
        population = parseWholeNumber(populationText);
        if (populationText === "") say("enter the population");
        else if (population === null || population > POPULATION_MAX) {
          say(
            `population '${shownCell(populationText)}' must be a whole number from 0 to ${POPULATION_MAX.toLocaleString("en-GB")}`,
          );
        }
      }

      if (districtCode && ageBand && year !== null) {
        const key = `${districtCode}|${ageBand}|${year}`;
        const first = seen.get(key);
        if (first !== undefined) {
          say(
            `${districtCode}, ${AGE_BAND_CSV[ageBand]}, ${year} is also on row ${first}. Give each district, age band and year once`,
          );
        } else seen.set(key, row);
      }

      if (districtCode && ageBand && year !== null && population !== null) {
        return { row, districtCode, ageBand, year, population };
      }
      return null;
    },
  });
  if (!result.ok) return result;
  return { ok: true, figures: result.rows, ignoredColumns: result.ignoredColumns };
}

/** The checked figures as a CSV this parser reads back the same, to carry from preview to import. */
export function formatPopulationCsv(figures: readonly Omit<PopulationFigure, "row">[]): string {
  return Papa.unparse({
    fields: [...POPULATION_COLUMNS],
    data: figures.map((f) => [f.districtCode, AGE_BAND_CSV[f.ageBand], f.year, f.population]),
  });
}
