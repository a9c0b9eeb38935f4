import ExcelJS from "exceljs";
import { neutraliseFormula } from "./formula";

export type XlsxCell = string | number;

export interface XlsxSheet {
  name: string;
  rows: readonly (readonly XlsxCell[])[];
  /** The first row is a header: bold, and frozen with `frozenColumns` columns. */
  header?: boolean;
  frozenColumns?: number;
  /** Column widths in characters, from the first column. */
  widths?: readonly number[];
  boldFirstColumn?: boolean;
}

/**
 * An XLSX workbook, safe to open: every cell is a plain string or a finite number, never a
 * formula, and text a spreadsheet would take for a formula gets a leading apostrophe as in the CSV.
 */
export async function writeXlsx(sheets: readonly XlsxSheet[], created?: Date): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Short Breaks Commissioning Portal";
  if (created) book.created = created;
  for (const s of sheets) {
    const sheet = book.addWorksheet(
      s.name,
      s.header ? { views: [{ state: "frozen", ySplit: 1, xSplit: s.frozenColumns ?? 0 }] } : undefined,
    );
    for (const row of s.rows) sheet.addRow(row.map(xlsxCell));
    if (s.header && s.rows.length) sheet.getRow(1).font = { bold: true };
    s.widths?.forEach((width, i) => {
      sheet.getColumn(i + 1).width = width;
    });
    if (s.boldFirstColumn) sheet.getColumn(1).font = { bold: true };
  }
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

function xlsxCell(value: XlsxCell): XlsxCell {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("writeXlsx: not a finite number");
    return value;
  }
  return neutraliseFormula(value);
}
