import Papa from "papaparse";
import type { RowProblem } from "../errors";
import { looksLikeFormula } from "./formula";

/**
 * The one CSV reader behind every import. It decodes, finds the header, matches column names,
 * limits the rows, stops at an unclosed quote, refuses formula cells and collects every row's
 * problems; each import gives its columns, its messages and a function that checks one row.
 * Pure: either every row is good, or every problem is returned, so nothing is saved from a file
 * with any wrong row.
 */

/** A problem with one row: the row in the file (the column names are row 1) and what is wrong. */
export type CsvRowProblem = RowProblem;

export type CsvReadResult<T> =
  | { ok: true; rows: T[]; ignoredColumns: string[] }
  | {
      ok: false;
      /** A problem with the whole file (empty, wrong columns, too long); rows are then not checked. */
      fileProblem: string | null;
      rowProblems: CsvRowProblem[];
    };

/** One data row, as the import's row check sees it. */
export interface CsvRow<C extends string> {
  row: number;
  /**
   * The cell, trimmed; "" when the column is optional and absent; null when the cell looked like
   * a formula (the reader has already said so, so the row check need not).
   */
  cell(column: C): string | null;
  /** Records a problem with this row; the row is then not returned. */
  problem(column: C | null, message: string): void;
}

export interface CsvImportSpec<C extends string, T> {
  /** Every column, as the file names it (matched without regard to case, spaces, _ or -). */
  columns: readonly C[];
  /** Columns that may be left out of the file. */
  optional?: readonly C[];
  maxRows: number;
  messages: {
    /** A binary file (a spreadsheet not saved as CSV). */
    notCsv: string;
    /** Column names but no data rows. */
    noRows: string;
    tooManyRows: string;
    /** Added after "has 11 values but the first row names 10 columns. " */
    tooManyValuesHint: string;
  };
  /** How one problem reads, e.g. "Row 7, end date: must be after the start date". */
  problemText(row: number, column: C | null, message: string): string;
  /** Checks one row; returns its value, or null when it found a problem. */
  readRow(row: CsvRow<C>): T | null;
}

/** Bytes of an upload as text: UTF-8 (a BOM is dropped later), or Windows-1252 as older Excel saves CSV. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** "Service Type", "service_type", " SERVICE-TYPE " and "Annual value (£)" all name their column. */
export function csvColumnKey(header: string): string {
  return header
    .replace(/\(.*?\)/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}

/** A cell shown inside a message: trimmed, and cut short so one wrong cell cannot flood the page. */
export function shownCell(value: string): string {
  const v = value.trim();
  return v.length > 40 ? `${v.slice(0, 37)}...` : v;
}

export const FORMULA_MESSAGE = "looks like a spreadsheet formula. Save the file with the values instead";

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

export function readCsv<C extends string, T>(text: string, spec: CsvImportSpec<C, T>): CsvReadResult<T> {
  const fileProblem = (message: string): CsvReadResult<T> => ({
    ok: false,
    fileProblem: message,
    rowProblems: [],
  });
  const input = text.replace(/^\uFEFF/, "");
  if (input.includes("\u0000")) return fileProblem(spec.messages.notCsv);
  if (input.trim() === "") return fileProblem("The selected file is empty");

  // No skipEmptyLines: each record keeps its place, so row numbers match the spreadsheet's.
  const parsed = Papa.parse<string[]>(input, { delimiter: ",", header: false, skipEmptyLines: false });
  const records = parsed.data;
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) return fileProblem("The selected file is empty");

  const byKey = new Map(spec.columns.map((c) => [csvColumnKey(c), c]));
  const at = new Map<C, number>();
  const ignoredColumns: string[] = [];
  for (const [i, name] of records[headerIndex].entries()) {
    const column = byKey.get(csvColumnKey(name));
    if (!column) {
      if (name.trim() !== "") ignoredColumns.push(name.trim());
      continue;
    }
    if (at.has(column)) return fileProblem(`The first row names the column ${column} twice`);
    at.set(column, i);
  }
  const required = spec.columns.filter((c) => !spec.optional?.includes(c));
  const missing = required.filter((c) => !at.has(c));
  if (missing.length > 0) {
    return fileProblem(
      `The first row of the file must name the columns ${required.join(", ")}, separated by commas. ` +
        `Missing: ${missing.join(", ")}`,
    );
  }

  const dataRows = records
    .map((cells, index) => ({ cells, row: index + 1 }))
    .slice(headerIndex + 1)
    .filter((r) => !isBlank(r.cells));
  if (dataRows.length === 0) return fileProblem(spec.messages.noRows);
  if (dataRows.length > spec.maxRows) return fileProblem(spec.messages.tooManyRows);

  const unclosedQuote = new Set(
    parsed.errors.filter((e) => e.code === "MissingQuotes" && e.row !== undefined).map((e) => e.row! + 1),
  );
  const columnCount = records[headerIndex].length;
  const rows: T[] = [];
  const rowProblems: CsvRowProblem[] = [];

  for (const { cells, row } of dataRows) {
    const problem = (column: C | null, message: string) =>
      rowProblems.push({ row, message: spec.problemText(row, column, message) });
    if (unclosedQuote.has(row)) {
      problem(null, 'a quote mark (") is not closed, so the rest of the file cannot be read');
      break;
    }
    if (cells.length > columnCount && !isBlank(cells.slice(columnCount))) {
      problem(
        null,
        `has ${cells.length} values but the first row names ${columnCount} columns. ${spec.messages.tooManyValuesHint}`,
      );
      continue;
    }
    const before = rowProblems.length;
    const values = new Map<C, string | null>();
    for (const column of spec.columns) {
      const i = at.get(column);
      const value = i === undefined ? "" : (cells[i]?.trim() ?? "");
      if (looksLikeFormula(value)) {
        problem(column, `'${shownCell(value)}' ${FORMULA_MESSAGE}`);
        values.set(column, null);
      } else values.set(column, value);
    }
    const value = spec.readRow({ row, cell: (c) => values.get(c) ?? (values.has(c) ? null : ""), problem });
    if (value !== null && rowProblems.length === before) rows.push(value);
  }

  if (rowProblems.length > 0) return { ok: false, fileProblem: null, rowProblems };
  return { ok: true, rows, ignoredColumns };
}
