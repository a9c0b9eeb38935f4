import ExcelJS from "exceljs";
import { formatDateTime } from "@/lib/domain/dates";
import type { ExportValue } from "@/lib/domain/statistics-export-rows";
import type { RegisterStatistics, StatisticsTable } from "@/lib/domain/statistics-table";
import { neutraliseFormula } from "@/lib/domain/write-csv";

/** The exported table as an XLSX workbook: the rows on one sheet, what they mean on another. */
export async function statisticsWorkbook(
  table: StatisticsTable,
  stats: RegisterStatistics,
  header: string[],
  rows: ExportValue[][],
): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Short Breaks Commissioning Portal";
  book.created = stats.asOf;
  // Text goes in as plain strings (never formulas), and is neutralised as in the CSV besides.
  const cell = (v: ExportValue) => (typeof v === "string" ? neutraliseFormula(v) : v);

  const sheet = book.addWorksheet("Statistics", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(header.map(cell)).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(cell));
  sheet.columns.forEach((column, i) => {
    column.width = i < 3 ? 34 : 24;
  });

  const about = book.addWorksheet("About");
  about.addRows(
    [
      ["Table", table.title],
      ["Council", stats.councilName],
      ["Data as of", formatDateTime(stats.asOf)],
      [
        `fewer than ${table.threshold}`,
        `A number from 1 to ${table.threshold - 1}, not shown so no child can be identified.`,
      ],
      ["hidden", "A larger number not shown, so that a small number cannot be worked out from the totals."],
      [
        "Types of need",
        "A child can have more than one need and is counted once under each; 'All types of need' counts needs, not children.",
      ],
      [
        "Rate per 1,000 children",
        stats.populationYear
          ? `Per 1,000 children of that district and age band, from ${stats.populationYear} population figures; none where the number is not shown.`
          : "No population figures yet.",
      ],
    ].map((r) => r.map(cell)),
  );
  about.getColumn(1).width = 26;
  about.getColumn(2).width = 100;
  about.getColumn(1).font = { bold: true };

  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
