import Papa from "papaparse";
import { Decimal } from "decimal.js";
import { readCsv, shownCell, type CsvRowProblem } from "../../spreadsheets/read-csv";
import { DAY_MS } from "../dates";

/**
 * The council's list of existing contracts as CSV, one contract a row.
 * Pure: the caller passes what the names in the file may refer to (the council's providers,
 * service types and districts, and the references it already holds) and gets either every
 * contract or every problem, so nothing is saved from a file with any wrong row.
 */

export const CONTRACT_IMPORT_COLUMNS = [
  "reference",
  "title",
  "provider",
  "service type",
  "districts",
  "annual value",
  "total value",
  "start date",
  "end date",
  "extension months available",
] as const;
export type ContractImportColumn = (typeof CONTRACT_IMPORT_COLUMNS)[number];
const OPTIONAL_COLUMNS: readonly ContractImportColumn[] = ["extension months available"];
export const REQUIRED_CONTRACT_COLUMNS = CONTRACT_IMPORT_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.includes(c));

/** Enough for the largest county's list; small enough to save in one transaction. */
export const CONTRACT_IMPORT_MAX_ROWS = 5_000;
export const CONTRACT_REFERENCE_MAX = 50;
export const CONTRACT_TITLE_MAX = 200;
/** Values are Decimal(14, 2) in the database; no short breaks contract comes near this. */
export const CONTRACT_VALUE_MAX = new Decimal("999999999.99");
export const EXTENSION_MONTHS_MAX = 120;
const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

export interface ContractImportLookups {
  /** Organisations linked to the council. */
  providers: readonly { id: string; name: string }[];
  serviceTypes: readonly { id: string; code: string; name: string }[];
  districts: readonly { id: string; code: string; name: string }[];
  /** References of the council's contracts already held. */
  existingReferences: Iterable<string>;
}

export interface ContractImportRow {
  /** The row in the file (the column names are row 1), as a spreadsheet numbers it. */
  row: number;
  reference: string;
  title: string;
  organisationId: string;
  /** Names as the council holds them, for the preview. */
  providerName: string;
  serviceTypeId: string;
  serviceTypeName: string;
  districtIds: string[];
  districtNames: string[];
  /** Pounds with two decimals, e.g. "12500.00". */
  annualValue: string;
  totalValue: string;
  /** UTC midnight. */
  startDate: Date;
  endDate: Date;
  extensionMonthsAvailable: number;
}

export type ContractRowProblem = CsvRowProblem;

export type ContractsCsvResult =
  | { ok: true; contracts: ContractImportRow[]; ignoredColumns: string[] }
  | {
      ok: false;
      /** A problem with the whole file (empty, wrong columns, too long); rows are then not checked. */
      fileProblem: string | null;
      rowProblems: ContractRowProblem[];
    };

/** Names compared without regard to case or repeated spaces. */
const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

const shown = shownCell;

export type MoneyResult = { ok: true; value: Decimal } | { ok: false; message: string };

/**
 * An amount in pounds: "12500", "12,500.50", "£12,500.5". Exact (decimal.js), at most two
 * decimal places, never negative.
 */
export function parsePounds(text: string): MoneyResult {
  // "-£5", "£-5" and "- £ 5" are all negative amounts.
  const [, minus, afterPound, v] = /^(-?)£?(-?)(.*)$/.exec(text.replace(/\s+/g, ""))!;
  const negative = minus === "-" || afterPound === "-";
  if (!/^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/.test(v)) {
    return { ok: false, message: "must be an amount in pounds, like 12,500.00" };
  }
  if (negative) return { ok: false, message: "must not be negative" };
  const [, pence = ""] = v.split(".");
  if (pence.length > 2) return { ok: false, message: "must have no more than 2 decimal places" };
  const value = new Decimal(v.replace(/,/g, ""));
  if (value.gt(CONTRACT_VALUE_MAX)) {
    return { ok: false, message: `must be no more than £${CONTRACT_VALUE_MAX.toFixed(2)}` };
  }
  return { ok: true, value };
}

export type DateResult = { ok: true; value: Date } | { ok: false; message: string };

/** A calendar date written dd/mm/yyyy (as UK spreadsheets do) or yyyy-mm-dd, as UTC midnight. */
export function parseCalendarDate(text: string): DateResult {
  const v = text.trim();
  let day: number, month: number, year: number;
  const uk = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(v);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v);
  if (uk) {
    if (uk[3].length === 2) {
      return { ok: false, message: `'${shown(v)}' must have a 4-digit year, like 31/03/2027` };
    }
    [day, month, year] = [Number(uk[1]), Number(uk[2]), Number(uk[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    return { ok: false, message: `'${shown(v)}' must be a date written like 31/03/2027 or 2027-03-31` };
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, message: `'${shown(v)}' is not a real date` };
  }
  if (year < YEAR_MIN || year > YEAR_MAX) {
    return { ok: false, message: `must be between ${YEAR_MIN} and ${YEAR_MAX}` };
  }
  return { ok: true, value: date };
}

/** A contract lasting at least a year (end on or after the day before the start's anniversary). */
function lastsAYearOrMore(start: Date, end: Date): boolean {
  const anniversary = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), start.getUTCDate()));
  return end.getTime() >= anniversary.getTime() - DAY_MS;
}

/** Indexes names, and remembers names that belong to more than one record. */
function lookup<T extends { id: string }>(records: readonly T[], keys: (r: T) => string[]) {
  const by = new Map<string, T | "ambiguous">();
  for (const r of records) {
    for (const key of new Set(keys(r).map(nameKey))) {
      const held = by.get(key);
      by.set(key, held && held !== r ? "ambiguous" : r);
    }
  }
  return by;
}

/**
 * Checks every row of a contracts CSV against the council's lookups. Column names are matched
 * without regard to case, spacing or order; other columns are ignored and reported. Cells are
 * trimmed. Problems read "Row 7, end date: must be after the start date".
 */
export function parseContractsCsv(text: string, lookups: ContractImportLookups): ContractsCsvResult {
  const providers = lookup(lookups.providers, (p) => [p.name]);
  const serviceTypes = lookup(lookups.serviceTypes, (s) => [s.name, s.code]);
  const districts = lookup(lookups.districts, (d) => [d.name, d.code]);
  const existing = new Set([...lookups.existingReferences].map(nameKey));
  const seenReferences = new Map<string, number>();

  const result = readCsv<ContractImportColumn, ContractImportRow>(text, {
    columns: CONTRACT_IMPORT_COLUMNS,
    optional: OPTIONAL_COLUMNS,
    maxRows: CONTRACT_IMPORT_MAX_ROWS,
    messages: {
      notCsv: "The selected file must be a CSV file. In your spreadsheet, save it as CSV (UTF-8).",
      noRows: "The selected file has column names but no contracts",
      tooManyRows: `The selected file has more than ${CONTRACT_IMPORT_MAX_ROWS.toLocaleString("en-GB")} contracts. Split it into smaller files.`,
      tooManyValuesHint: 'Put amounts with commas in quotes ("12,500.00"), or write them without commas',
    },
    problemText: (row, column, message) => `Row ${row}${column ? `, ${column}` : ""}: ${message}`,
    readRow({ row, cell, problem }) {
      let ok = true;
      const fail = (column: ContractImportColumn, message: string) => {
        ok = false;
        problem(column, message);
      };
      /** The cell, or null when it is blank (said here) or a formula (said by the reader). */
      const required = (c: ContractImportColumn): string | null => {
        const v = cell(c);
        if (v === "") fail(c, "enter a value");
        if (v === null) ok = false;
        return v || null;
      };

      const reference = required("reference");
      if (reference !== null) {
        const key = nameKey(reference);
        const first = seenReferences.get(key);
        if (reference.length > CONTRACT_REFERENCE_MAX) {
          fail("reference", `must be ${CONTRACT_REFERENCE_MAX} characters or fewer`);
        } else if (first !== undefined) {
          fail(
            "reference",
            `${shown(reference)} is also on row ${first}. Give each contract its own reference`,
          );
        } else if (existing.has(key)) {
          fail("reference", `your council already has a contract with reference ${shown(reference)}`);
        }
        if (first === undefined) seenReferences.set(key, row);
      }

      const title = required("title");
      if (title !== null && title.length > CONTRACT_TITLE_MAX) {
        fail("title", `must be ${CONTRACT_TITLE_MAX} characters or fewer`);
      }

      const providerText = required("provider");
      const provider = providerText === null ? undefined : providers.get(nameKey(providerText));
      if (providerText !== null && provider === undefined) {
        fail("provider", `no provider called ${shown(providerText)} works with your council`);
      } else if (provider === "ambiguous") {
        fail("provider", `more than one provider is called ${shown(providerText!)}. Ask an administrator`);
      }

      const serviceTypeText = required("service type");
      const serviceType = serviceTypeText === null ? undefined : serviceTypes.get(nameKey(serviceTypeText));
      if (serviceTypeText !== null && (serviceType === undefined || serviceType === "ambiguous")) {
        fail(
          "service type",
          `no service type called ${shown(serviceTypeText)}. Use one of: ${lookups.serviceTypes.map((s) => s.name).join(", ")}`,
        );
      }

      const districtText = required("districts");
      const matchedDistricts: { id: string; name: string }[] = [];
      if (districtText !== null) {
        const names = districtText
          .split(";")
          .map((n) => n.trim())
          .filter((n) => n !== "");
        for (const name of names) {
          const district = districts.get(nameKey(name));
          if (district === undefined || district === "ambiguous") {
            fail("districts", `no district called ${shown(name)} in your council`);
          } else if (!matchedDistricts.some((d) => d.id === district.id)) {
            matchedDistricts.push(district);
          }
        }
        if (names.length === 0) fail("districts", "enter at least one district");
      }

      const money = (c: ContractImportColumn): Decimal | null => {
        const v = required(c);
        if (v === null) return null;
        const parsed = parsePounds(v);
        if (!parsed.ok) {
          fail(c, parsed.message);
          return null;
        }
        return parsed.value;
      };
      const annualValue = money("annual value");
      const totalValue = money("total value");

      const date = (c: ContractImportColumn): Date | null => {
        const v = required(c);
        if (v === null) return null;
        const parsed = parseCalendarDate(v);
        if (!parsed.ok) {
          fail(c, parsed.message);
          return null;
        }
        return parsed.value;
      };
      const startDate = date("start date");
      const endDate = date("end date");
      if (startDate && endDate && endDate <= startDate) fail("end date", "must be after the start date");

      let extensionMonths = 0;
      const extensionText = cell("extension months available");
      if (extensionText === null) ok = false;
      else if (extensionText !== "") {
        const n = /^\d+$/.test(extensionText) ? Number(extensionText) : NaN;
        if (Number.isNaN(n) || n > EXTENSION_MONTHS_MAX) {
          fail(
            "extension months available",
            `must be a whole number from 0 to ${EXTENSION_MONTHS_MAX}, or left blank for none`,
          );
        } else extensionMonths = n;
      }

      // A contract shorter than a year may rightly be worth less in total than a year's value.
      if (
        annualValue &&
        totalValue &&
        totalValue.lt(annualValue) &&
        (!startDate || !endDate || lastsAYearOrMore(startDate, endDate))
      ) {
        fail("total value", "must be at least the annual value for a contract of a year or more");
      }

      if (
        !ok ||
        reference === null ||
        title === null ||
        !provider ||
        provider === "ambiguous" ||
        !serviceType ||
        serviceType === "ambiguous" ||
        !annualValue ||
        !totalValue ||
        !startDate ||
        !endDate
      ) {
        return null;
      }
      return {
        row,
        reference,
        title,
        organisationId: provider.id,
        providerName: provider.name,
        serviceTypeId: serviceType.id,
        serviceTypeName: serviceType.name,
        districtIds: matchedDistricts.map((d) => d.id),
        districtNames: matchedDistricts.map((d) => d.name),
        annualValue: annualValue.toFixed(2),
        totalValue: totalValue.toFixed(2),
        startDate,
        endDate,
        extensionMonthsAvailable: extensionMonths,
      };
    },
  });
  if (!result.ok) return result;
  return { ok: true, contracts: result.rows, ignoredColumns: result.ignoredColumns };
}

/** A file to start from: the column names and one example row. */
export function contractImportTemplate(example: {
  provider: string;
  serviceType: string;
  districts: string[];
}): string {
  return Papa.unparse({
    fields: [...CONTRACT_IMPORT_COLUMNS],
    data: [
      [
        "SB-2025-001",
        "Saturday play scheme",
        example.provider,
        example.serviceType,
        example.districts.join("; "),
        "12,500.00",
        "37,500.00",
        "01/04/2025",
        "31/03/2028",
        "12",
      ],
    ],
  });
}
