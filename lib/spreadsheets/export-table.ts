import { writeCsv } from "./write-csv";
import { writeXlsx, type XlsxSheet } from "./write-xlsx";

export type ExportCell = string | number;
export type ExportFormat = "csv" | "xlsx";
export const EXPORT_FORMATS = ["csv", "xlsx"] as const;

/**
 * One table as an export produces it: the header and the rows, made once by the area's own function
 * (which applies its disclosure control), then written as CSV or XLSX by `writeExportTable`. The two
 * formats cannot drift: they are two writers of the same rows.
 */
export interface ExportTable {
  /** The XLSX sheet's name (31 characters at most). */
  sheetName: string;
  header: readonly string[];
  rows: readonly (readonly ExportCell[])[];
  /** XLSX only: column widths in characters from the first column, and how many to freeze. */
  widths?: readonly number[];
  frozenColumns?: number;
  /** XLSX only: a second sheet saying what the table is (label, text rows). */
  about?: readonly (readonly [string, string])[];
}

export const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** The file's bytes: CSV text (formula-safe, RFC 4180) or an XLSX workbook (plain values, never formulas). */
export async function writeExportTable(
  table: ExportTable,
  format: ExportFormat,
): Promise<string | ArrayBuffer> {
  const all = [table.header, ...table.rows];
  if (format === "csv") return writeCsv(all);
  const sheets: XlsxSheet[] = [
    {
      name: table.sheetName,
      header: true,
      frozenColumns: table.frozenColumns,
      widths: table.widths,
      rows: all,
    },
  ];
  if (table.about?.length)
    sheets.push({ name: "About", widths: [14, 100], boldFirstColumn: true, rows: table.about });
  return writeXlsx(sheets);
}

/** A download of the table: `basename` without the extension (letters, digits, dashes). */
export async function exportResponse(
  table: ExportTable,
  format: ExportFormat,
  basename: string,
  headers: Record<string, string> = { "cache-control": "no-store" },
): Promise<Response> {
  return new Response(await writeExportTable(table, format), {
    headers: {
      "content-type": CONTENT_TYPE[format],
      "content-disposition": `attachment; filename="${basename}.${format}"`,
      ...headers,
    },
  });
}
