import { formatDateTime } from "@/lib/domain/dates";
import type { ExportValue } from "@/lib/domain/statistics-export-rows";
import type { RegisterStatistics, StatisticsTable } from "@/lib/domain/statistics-table";
import { writeXlsx } from "@/lib/spreadsheets/write-xlsx";

/** The exported table as an XLSX workbook: the rows on one sheet, what they mean on another. */
export async function statisticsWorkbook(
  table: StatisticsTable,
  stats: RegisterStatistics,
  header: string[],
  rows: ExportValue[][],
): Promise<ArrayBuffer> {
  return writeXlsx(
    [
      {
        name: "Statistics",
        header: true,
        rows: [header, ...rows],
        widths: header.map((_, i) => (i < 3 ? 34 : 24)),
      },
      {
        name: "About",
        widths: [26, 100],
        boldFirstColumn: true,
        rows: [
          ["Table", table.title],
          ["Council", stats.councilName],
          ["Data as of", formatDateTime(stats.asOf)],
          [
            `fewer than ${table.threshold}`,
            `A number from 1 to ${table.threshold - 1}, not shown so no child can be identified.`,
          ],
          [
            "hidden",
            "A larger number not shown, so that a small number cannot be worked out from the totals.",
          ],
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
        ],
      },
    ],
    stats.asOf,
  );
}
