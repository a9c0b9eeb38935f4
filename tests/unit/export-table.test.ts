import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { exportResponse, writeExportTable, type ExportTable } from "@/lib/spreadsheets/export-table";

const table: ExportTable = {
  sheetName: "Themes by month",
  header: ["Theme", "Jan 2026", "Total"],
  rows: [
    ["Transport", 4, 4],
    ["=cmd|' /C calc'!A0", 12, 12],
    ["-2 start", -2, -2],
  ],
  about: [["Council", "Northshire"]],
};

async function readXlsx(body: ArrayBuffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body);
  return book;
}

describe("one table, two writers", () => {
  it("the XLSX holds the same header and rows as the CSV, numbers as numbers", async () => {
    const csv = Papa.parse<string[]>(String(await writeExportTable(table, "csv")), {
      skipEmptyLines: true,
    }).data;
    const book = await readXlsx((await writeExportTable(table, "xlsx")) as ArrayBuffer);
    const sheet = book.getWorksheet("Themes by month")!;
    const xlsx = Array.from({ length: sheet.rowCount }, (_, i) =>
      (sheet.getRow(i + 1).values as unknown[]).slice(1),
    );
    expect(xlsx.map((r) => r.map(String))).toEqual(csv);
    expect(xlsx[1][1]).toBe(4);
    expect(xlsx[3][1]).toBe(-2);
    // A formula in the data is text with an apostrophe in both, never a formula cell.
    expect(csv[2][0]).toBe("'=cmd|' /C calc'!A0");
    expect(sheet.getRow(3).getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(book.getWorksheet("About")!.getRow(1).getCell(2).value).toBe("Northshire");
  });

  it("answers a download with the format's type and file name", async () => {
    const csv = await exportResponse(table, "csv", "themes-2026-01");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="themes-2026-01.csv"');
    expect(csv.headers.get("cache-control")).toBe("no-store");
    const xlsx = await exportResponse(table, "xlsx", "themes-2026-01");
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml.sheet");
    expect(xlsx.headers.get("content-disposition")).toBe('attachment; filename="themes-2026-01.xlsx"');
    const book = await readXlsx(await xlsx.arrayBuffer());
    expect(book.getWorksheet("Themes by month")!.rowCount).toBe(4);
  });
});
