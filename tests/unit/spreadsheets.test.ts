import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvColumnKey, decodeCsvBytes, readCsv, type CsvImportSpec } from "@/lib/spreadsheets/read-csv";
import { writeCsv } from "@/lib/spreadsheets/write-csv";
import { writeXlsx } from "@/lib/spreadsheets/write-xlsx";

/** Cells a spreadsheet would run, one for each way in. */
const HOSTILE = [
  '=HYPERLINK("http://evil.test","Click")',
  "+SUM(A1:A9)",
  "-2+3",
  "@SUM(A1)",
  "\t=1+1",
  "\r=1+1",
  "=1+2\nsecond line",
];

describe("writeCsv", () => {
  it("never starts a text cell with a formula, and reads back to the same text after the apostrophe", () => {
    const csv = writeCsv([["name", "note"], ...HOSTILE.map((h) => [h, "plain"])]);
    const back = Papa.parse<string[]>(csv.replace(/\r\n$/, ""), { header: false }).data;
    expect(back.slice(1).map((r) => r[0])).toEqual(HOSTILE.map((h) => `'${h}`));
    for (const row of back) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("quotes commas, quotes and line breaks, ends every line with CRLF, and leaves numbers alone", () => {
    expect(writeCsv([["a,b", 'say "hi"', "line\nbreak", -2, 3.5]])).toBe(
      '"a,b","say ""hi""","line\nbreak",-2,3.5\r\n',
    );
    expect(() => writeCsv([[Number.NaN]])).toThrow(/finite/);
  });
});

describe("writeXlsx", () => {
  it("writes hostile text as plain strings with an apostrophe, numbers as numbers, and no formulas", async () => {
    const buffer = await writeXlsx([
      { name: "Data", header: true, rows: [["Text", "Number"], ...HOSTILE.map((h, i) => [h, -i])] },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer);
    const sheet = book.getWorksheet("Data")!;
    const texts: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      for (const cell of [row.getCell(1), row.getCell(2)])
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      texts.push(row.getCell(1).value);
      expect(typeof row.getCell(2).value).toBe("number");
    });
    // XML reads a carriage return back as a line feed.
    expect(texts).toEqual(HOSTILE.map((h) => `'${h.replace(/\r/g, "\n")}`));
    expect(sheet.getRow(1).font?.bold).toBe(true);
  });
});

describe("readCsv", () => {
  const spec: CsvImportSpec<"name" | "annual value", { row: number; name: string }> = {
    columns: ["name", "annual value"],
    maxRows: 2,
    messages: { notCsv: "not csv", noRows: "no rows", tooManyRows: "too many", tooManyValuesHint: "hint" },
    problemText: (row, column, message) => `Row ${row}${column ? `, ${column}` : ""}: ${message}`,
    readRow: ({ row, cell }) => {
      const name = cell("name");
      return name ? { row, name } : null;
    },
  };

  it("matches headers without regard to case, spaces, _ or - and notes in brackets", () => {
    expect(csvColumnKey(" Annual_Value (£) ")).toBe("annual value");
    const result = readCsv("\uFEFFNAME,Annual-Value (£),Extra\r\nAda,1\r\n\r\nBo,2", spec);
    expect(result).toEqual({
      ok: true,
      rows: [
        { row: 2, name: "Ada" },
        { row: 4, name: "Bo" },
      ],
      ignoredColumns: ["Extra"],
    });
  });

  it("refuses formula cells as typed row problems, limits rows and stops at an unclosed quote", () => {
    expect(readCsv("name,annual value\n=1+1,2\n@x,3", spec)).toEqual({
      ok: false,
      fileProblem: null,
      rowProblems: [
        {
          row: 2,
          message:
            "Row 2, name: '=1+1' looks like a spreadsheet formula. Save the file with the values instead",
        },
        {
          row: 3,
          message:
            "Row 3, name: '@x' looks like a spreadsheet formula. Save the file with the values instead",
        },
      ],
    });
    expect(readCsv("name,annual value\na,1\nb,2\nc,3", spec)).toMatchObject({ fileProblem: "too many" });
    expect(readCsv('name,annual value\n"a,1\nb,2', spec)).toMatchObject({
      rowProblems: [
        { row: 2, message: 'Row 2: a quote mark (") is not closed, so the rest of the file cannot be read' },
      ],
    });
    expect(readCsv("name,annual value\n", spec)).toMatchObject({ fileProblem: "no rows" });
    expect(readCsv("PK\u0000", spec)).toMatchObject({ fileProblem: "not csv" });
  });

  it("decodes UTF-8, and Windows-1252 when the bytes are not UTF-8", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("café"))).toBe("café");
    expect(decodeCsvBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe("café");
  });
});
