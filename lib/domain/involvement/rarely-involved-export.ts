import { formatCalendarDate } from "../dates";
import type { ExportTable } from "../../spreadsheets/export-table";
import { reportCellText, type RarelyInvolvedReport } from "./rarely-involved-report";

const DIMENSION_NAME = {
  AGE_BAND: "Age band",
  NEED_TYPE: "Type of need",
  GROUP: "Group that rarely gets involved",
};

/** The six-month block as the report's columns name it. */
export const blockLabel = (b: { start: Date; end: Date }) =>
  `${formatCalendarDate(b.start)} to ${formatCalendarDate(b.end)}`;

/**
 * The suppressed report as one table for the CSV: the same cells the page shows ("fewer than k"
 * and "hidden" in place of the numbers), one row per group, and the highlight as a column.
 */
export function rarelyInvolvedExportTable(report: RarelyInvolvedReport): ExportTable {
  const k = report.threshold;
  const cells = (c: RarelyInvolvedReport["participants"]) => c.map((x) => reportCellText(x, k));
  return {
    sheetName: "Rarely involved groups",
    header: [
      "Dimension",
      "Group",
      ...report.blocks.map(blockLabel),
      `All ${report.blocks.length} blocks`,
      "Rarely involved in the latest block",
    ],
    rows: [
      ["Everyone", "Everyone who took part", ...cells(report.participants), ""],
      ...report.sections.flatMap((s) => [
        ...s.rows.map((r) => [
          DIMENSION_NAME[s.dimension],
          r.label,
          ...cells(r.cells),
          r.rarelyInvolved ? "yes" : "no",
        ]),
        [
          DIMENSION_NAME[s.dimension],
          s.dimension === "AGE_BAND" ? "All age bands" : "All (a person can be counted more than once)",
          ...cells(s.totals),
          "",
        ],
      ]),
    ],
  };
}
