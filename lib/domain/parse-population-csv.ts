import Papa from "papaparse";
import type { AgeBand } from "../generated/prisma/enums";
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

export interface RowProblem {
  row: number;
  message: string;
}

export type PopulationCsvResult =
  | { ok: true; figures: PopulationFigure[]; ignoredColumns: string[] }
  | {
      ok: false;
      /** A problem with the whole file (empty, wrong columns); row problems are then not looked for. */
      fileProblem: string | null;
      rowProblems: RowProblem[];
    };

const fileProblem = (message: string): PopulationCsvResult => ({
  ok: false,
  fileProblem: message,
  rowProblems: [],
});

/** Bytes of an upload as text: UTF-8 (a BOM is dropped later), or Windows-1252 as older Excel saves CSV. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** "District Code", "district-code" and " DISTRICT_CODE " all name the district_code column. */
function columnName(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

/** Shown inside a message: trimmed, and cut short so one wrong cell cannot flood the page. */
function shown(value: string): string {
  const v = value.trim();
  return v.length > 40 ? `${v.slice(0, 37)}...` : v;
}

/** Spreadsheet formulas (=, @, or + and - not followed by a digit) are never taken as values. */
function looksLikeFormula(value: string): boolean {
  return /^[=@]/.test(value) || /^[+-](?![\d.])/.test(value);
}

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

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

/**
 * Checks every row of a population CSV against the council's district codes. Column names are
 * matched without regard to case or order; other columns are ignored and reported.
 */
export function parsePopulationCsv(text: string, districtCodes: readonly string[]): PopulationCsvResult {
  const input = text.replace(/^\uFEFF/, "");
  if (input.includes("\u0000")) {
    return fileProblem("The selected file must be a CSV file. In your spreadsheet, save it as CSV.");
  }
  if (input.trim() === "") return fileProblem("The selected file is empty");

  // No skipEmptyLines: each record keeps its place, so row numbers match the spreadsheet's.
  const parsed = Papa.parse<string[]>(input, { delimiter: ",", header: false, skipEmptyLines: false });
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) return fileProblem("The selected file is empty");
  const header = records[headerIndex].map(columnName);

  const at = new Map<Column, number>();
  const ignoredColumns: string[] = [];
  for (const [i, name] of header.entries()) {
    const column = POPULATION_COLUMNS.find((c) => c === name);
    if (!column) {
      if (name !== "") ignoredColumns.push(records[headerIndex][i].trim());
      continue;
    }
    if (at.has(column)) return fileProblem(`The first row names the column ${column} twice`);
    at.set(column, i);
  }
  const missing = POPULATION_COLUMNS.filter((c) => !at.has(c));
  if (missing.length > 0) {
    return fileProblem(
      `The first row of the file must name the columns ${POPULATION_COLUMNS.join(", ")}, separated by commas. ` +
        `Missing: ${missing.join(", ")}`,
    );
  }

  const dataRows = records
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(headerIndex + 1)
    .filter((r) => !isBlank(r.cells));
  if (dataRows.length === 0) return fileProblem("The selected file has column names but no figures");
  if (dataRows.length > POPULATION_MAX_ROWS) {
    return fileProblem(
      `The selected file has more than ${POPULATION_MAX_ROWS.toLocaleString("en-GB")} rows of figures. Split it into smaller files.`,
    );
  }

  const unclosedQuote = new Set(
    parsed.errors.filter((e) => e.code === "MissingQuotes" && e.row !== undefined).map((e) => e.row! + 1),
  );
  const codes = new Map(districtCodes.map((c) => [c.trim().toUpperCase(), c]));
  const columnCount = header.length;
  const figures: PopulationFigure[] = [];
  const rowProblems: RowProblem[] = [];
  const seen = new Map<string, number>();

  for (const { cells, row } of dataRows) {
    const problem = (message: string) => rowProblems.push({ row, message: `Row ${row}: ${message}` });
    if (unclosedQuote.has(row)) {
      problem('a quote mark (") is not closed, so the rest of the file cannot be read');
      break;
    }
    if (cells.length > columnCount && !isBlank(cells.slice(columnCount))) {
      problem(
        `has ${cells.length} values but the first row names ${columnCount} columns. ` +
          "Write numbers without commas (6840, not 6,840)",
      );
      continue;
    }
    const cell = (c: Column) => cells[at.get(c)!]?.trim() ?? "";
    const before = rowProblems.length;

    const formulas = POPULATION_COLUMNS.filter((c) => looksLikeFormula(cell(c)));
    for (const c of formulas) {
      problem(
        `${c.replace("_", " ")} '${shown(cell(c))}' looks like a spreadsheet formula. Save the file with the values instead`,
      );
    }

    let districtCode: string | undefined;
    const code = cell("district_code");
    if (!formulas.includes("district_code")) {
      districtCode = codes.get(code.toUpperCase());
      if (code === "") problem("enter a district code");
      else if (!districtCode) problem(`no district with code ${shown(code)} in your council`);
    }

    let ageBand: AgeBand | null = null;
    const band = cell("age_band");
    if (!formulas.includes("age_band")) {
      ageBand = parseAgeBand(band);
      if (band === "") problem(`enter an age band (${AGE_BAND_LIST})`);
      else if (!ageBand) {
        problem(
          `age band '${shown(band)}' is not one of ${AGE_BAND_LIST}` +
            (MONTH.test(band)
              ? ". A spreadsheet may have turned it into a date: format the column as text, or write AGE_5_10 and so on"
              : ""),
        );
      }
    }

    let year: number | null = null;
    const yearText = cell("year");
    if (!formulas.includes("year")) {
      year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
      if (yearText === "") problem("enter a year");
      else if (year === null)
        problem(`year '${shown(yearText)}' is not a year: write it as 4 digits, like 2025`);
      else if (year < POPULATION_YEAR_MIN || year > POPULATION_YEAR_MAX) {
        problem(`year ${year} must be between ${POPULATION_YEAR_MIN} and ${POPULATION_YEAR_MAX}`);
        year = null;
      }
    }

    let population: number | null = null;
    const populationText = cell("population");
    if (!formulas.includes("population")) {
      population = parseWholeNumber(populationText);
      if (populationText === "") problem("enter the population");
      else if (population === null || population > POPULATION_MAX) {
        problem(
          `population '${shown(populationText)}' must be a whole number from 0 to ${POPULATION_MAX.toLocaleString("en-GB")}`,
        );
      }
    }

    if (districtCode && ageBand && year !== null) {
      const key = `${districtCode}|${ageBand}|${year}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problem(
          `${districtCode}, ${AGE_BAND_CSV[ageBand]}, ${year} is also on row ${first}. Give each district, age band and year once`,
        );
      } else seen.set(key, row);
    }

    if (rowProblems.length === before && districtCode && ageBand && year !== null && population !== null) {
      figures.push({ row, districtCode, ageBand, year, population });
    }
  }

  if (rowProblems.length > 0) return { ok: false, fileProblem: null, rowProblems };
  return { ok: true, figures, ignoredColumns };
}

/** The checked figures as a CSV this parser reads back the same, to carry from preview to import. */
export function formatPopulationCsv(figures: readonly Omit<PopulationFigure, "row">[]): string {
  return Papa.unparse({
    fields: [...POPULATION_COLUMNS],
    data: figures.map((f) => [f.districtCode, AGE_BAND_CSV[f.ageBand], f.year, f.population]),
  });
}
