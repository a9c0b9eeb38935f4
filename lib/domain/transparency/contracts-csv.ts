import { writeCsv } from "../../spreadsheets/write-csv";
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

/** The contracts register as CSV (dates yyyy-mm-dd, values in pounds to the penny), formula-safe. */
export function contractsRegisterCsv(entries: readonly RegisterEntry[]): string {
  return writeCsv([
    [...CONTRACTS_CSV_HEADINGS],
    ...entries.map((e) => [
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
  ]);
}
