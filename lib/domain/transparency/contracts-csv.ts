import { writeCsv } from "../../spreadsheets/write-csv";
import type { ExportTable } from "../../spreadsheets/export-table";
import type { RegisterEntry } from "../../data/public/contracts-register";

/** The Transparency Code's contract fields, in its order, with the headings councils publish. */
export const CONTRACTS_CSV_HEADINGS = [
  "Reference",
  "Title",
  "Description",
  "Supplier name",
  "Supplier company number",
  "Supplier charity number",
  "Small or medium enterprise",
  "Voluntary or community organisation",
  "Start date",
  "End date",
  "Review date",
  "Total value (GBP)",
  "Annual value (GBP)",
  "Procurement route",
] as const;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const yesNo = (b: boolean) => (b ? "Yes" : "No");

/**
 * The contracts register as a table (dates yyyy-mm-dd, values in pounds to the penny), the one source
 * of both downloads: CSV and XLSX.
 */
export function contractsRegisterTable(entries: readonly RegisterEntry[], councilName: string): ExportTable {
  return {
    sheetName: "Contracts",
    header: CONTRACTS_CSV_HEADINGS,
    widths: [16, 40, 60, 36, 14, 14, 10, 10, 12, 12, 12, 14, 14, 40],
    frozenColumns: 1,
    about: [
      ["Council", councilName],
      [
        "What",
        "Short breaks contracts over £5,000, with the fields the Local Government Transparency Code asks councils to publish. Values in pounds.",
      ],
    ],
    rows: entries.map((e) => [
      e.reference,
      e.title,
      e.description,
      e.supplier,
      e.companyNumber ?? "",
      e.charityNumber ?? "",
      yesNo(e.sme),
      yesNo(e.vcs),
      isoDay(e.start),
      isoDay(e.end),
      isoDay(e.review),
      e.totalValue,
      e.annualValue,
      e.procurementRoute,
    ]),
  };
}

/** The contracts register as CSV, formula-safe. */
export function contractsRegisterCsv(entries: readonly RegisterEntry[]): string {
  const table = contractsRegisterTable(entries, "");
  return writeCsv([table.header, ...table.rows]);
}
