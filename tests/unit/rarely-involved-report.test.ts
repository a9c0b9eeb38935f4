import { describe, expect, it } from "vitest";
import { lastSixMonthBlocks, sixMonthBlockOf } from "@/lib/domain/involvement/six-month-blocks";
import {
  rarelyInvolvedReport,
  reportCellText,
  type ReportActivity,
  type ReportGroup,
} from "@/lib/domain/involvement/rarely-involved-report";
import { rarelyInvolvedExportTable } from "@/lib/domain/involvement/rarely-involved-export";
import { writeExportTable } from "@/lib/spreadsheets/export-table";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("six-month blocks", () => {
  it("runs April to September and October to March", () => {
    expect(sixMonthBlockOf(day("2026-04-01"))).toEqual({ start: day("2026-04-01"), end: day("2026-09-30") });
    expect(sixMonthBlockOf(day("2026-09-30")).start).toEqual(day("2026-04-01"));
    expect(sixMonthBlockOf(day("2026-10-01"))).toEqual({ start: day("2026-10-01"), end: day("2027-03-31") });
    expect(sixMonthBlockOf(day("2027-03-31")).start).toEqual(day("2026-10-01"));
    expect(sixMonthBlockOf(day("2027-01-15")).start).toEqual(day("2026-10-01"));
  });

  it("lists the last n blocks oldest first, ending with today's", () => {
    const blocks = lastSixMonthBlocks(day("2026-12-07"), 4);
    expect(blocks.map((b) => `${iso(b.start)}..${iso(b.end)}`)).toEqual([
      "2025-04-01..2025-09-30",
      "2025-10-01..2026-03-31",
      "2026-04-01..2026-09-30",
      "2026-10-01..2027-03-31",
    ]);
    expect(lastSixMonthBlocks(day("2026-05-01"), 1).map((b) => iso(b.start))).toEqual(["2026-04-01"]);
  });
});

const GROUPS: ReportGroup[] = [
  { dimension: "AGE_BAND", key: "AGE_11_15", label: "11 to 15" },
  { dimension: "AGE_BAND", key: "AGE_16_19", label: "16 to 19" },
  { dimension: "NEED_TYPE", key: "autism", label: "Autism" },
  { dimension: "NEED_TYPE", key: "physical", label: "Physical disability" },
  { dimension: "GROUP", key: "rural", label: "Rural" },
  { dimension: "GROUP", key: "care", label: "Care experienced" },
];

function activity(heldOn: string, participants: number, counts: Record<string, number>): ReportActivity {
  return {
    heldOn: day(heldOn),
    participants,
    counts: Object.entries(counts).map(([key, count]) => ({
      dimension: GROUPS.find((g) => g.key === key)!.dimension,
      key,
      count,
    })),
  };
}

describe("the report of rarely involved groups", () => {
  const blocks = lastSixMonthBlocks(day("2026-12-07"), 2); // Apr–Sep 2026, Oct 2026–Mar 2027

  it("adds the counts of each block's activities and ignores activities outside the blocks", () => {
    const report = rarelyInvolvedReport({
      blocks,
      groups: GROUPS,
      threshold: 1, // nothing suppressed: the sums are plain to check
      activities: [
        activity("2026-05-01", 12, { AGE_11_15: 5, AGE_16_19: 7, autism: 6, rural: 2, care: 1 }),
        activity("2026-09-30", 8, { AGE_11_15: 3, AGE_16_19: 5, autism: 4, physical: 2, rural: 3 }),
        activity("2026-11-20", 10, { AGE_11_15: 4, AGE_16_19: 6, autism: 5, physical: 1, care: 2 }),
        activity("2026-03-31", 99, { AGE_11_15: 99 }), // the block before: not in the report
      ],
    });
    expect(report.withheld).toBe(false);
    expect(report.participants.map((c) => c.count)).toEqual([20, 10, 30]);
    const ages = report.sections.find((s) => s.dimension === "AGE_BAND")!;
    expect(ages.rows.map((r) => r.cells.map((c) => c.count))).toEqual([
      [8, 4, 12],
      [12, 6, 18],
    ]);
    const groups = report.sections.find((s) => s.dimension === "GROUP")!;
    expect(groups.rows.map((r) => [r.label, r.cells.map((c) => c.count), r.rarelyInvolved])).toEqual([
      ["Rural", [5, 0, 5], true], // no one in the latest block
      ["Care experienced", [1, 2, 3], false],
    ]);
    expect(groups.totals.map((c) => c.count)).toEqual([6, 2, 8]);
  });

  it("suppresses counts below the threshold, hides another count so none can be worked out, and highlights the suppressed groups", () => {
    const report = rarelyInvolvedReport({
      blocks,
      groups: GROUPS,
      threshold: 5,
      activities: [
        activity("2026-05-01", 40, {
          AGE_11_15: 18,
          AGE_16_19: 22,
          autism: 20,
          physical: 12,
          rural: 11,
          care: 9,
        }),
        activity("2026-11-20", 30, {
          AGE_11_15: 12,
          AGE_16_19: 18,
          autism: 15,
          physical: 10,
          rural: 3,
          care: 8,
        }),
      ],
    });
    expect(report.withheld).toBe(false);
    const groups = report.sections.find((s) => s.dimension === "GROUP")!;
    const rural = groups.rows.find((r) => r.key === "rural")!;
    expect(rural.cells[1]).toEqual({ count: null, status: "small" });
    expect(reportCellText(rural.cells[1], report.threshold)).toBe("fewer than 5");
    expect(rural.rarelyInvolved).toBe(true);
    // The latest block's column would give the 3 away (total − care): something else is hidden too.
    const column = [rural.cells[1], groups.rows.find((r) => r.key === "care")!.cells[1], groups.totals[1]];
    expect(column.filter((c) => c.status === "hidden").length).toBeGreaterThanOrEqual(1);
    // And the rural row across the blocks would too (row total − the first block).
    expect([rural.cells[0], rural.cells[2]].some((c) => c.status === "hidden")).toBe(true);
    // Every shown count is its true value; no shown count is between 1 and 4.
    for (const s of report.sections)
      for (const r of s.rows)
        for (const c of r.cells) if (c.status === "shown") expect(c.count === 0 || c.count! >= 5).toBe(true);
    const care = groups.rows.find((r) => r.key === "care")!;
    expect(care.rarelyInvolved).toBe(care.cells[1].status !== "shown");
  });

  it("does not highlight a group whose latest block is shown and above zero", () => {
    const report = rarelyInvolvedReport({
      blocks,
      groups: GROUPS,
      threshold: 5,
      activities: [
        activity("2026-05-01", 30, {
          AGE_11_15: 15,
          AGE_16_19: 15,
          autism: 15,
          physical: 15,
          rural: 15,
          care: 15,
        }),
        activity("2026-11-01", 30, {
          AGE_11_15: 15,
          AGE_16_19: 15,
          autism: 15,
          physical: 15,
          rural: 15,
          care: 15,
        }),
      ],
    });
    expect(report.sections.flatMap((s) => s.rows).filter((r) => r.rarelyInvolved)).toEqual([]);
  });

  it("highlights every group when no one took part in the latest block", () => {
    const report = rarelyInvolvedReport({
      blocks,
      groups: GROUPS,
      threshold: 5,
      activities: [
        activity("2026-05-01", 30, { AGE_11_15: 15, AGE_16_19: 15, autism: 10, rural: 10, care: 10 }),
      ],
    });
    expect(report.participants[1]).toEqual({ count: 0, status: "shown" });
    expect(report.sections.flatMap((s) => s.rows).every((r) => r.rarelyInvolved)).toBe(true);
  });
});

describe("the report's CSV", () => {
  it("has the page's suppressed cells and the highlight, and a group name cannot run as a formula", async () => {
    const blocks = lastSixMonthBlocks(day("2026-12-07"), 2);
    const report = rarelyInvolvedReport({
      blocks,
      groups: [
        { dimension: "AGE_BAND", key: "AGE_16_19", label: "16 to 19" },
        { dimension: "GROUP", key: "g1", label: '=HYPERLINK("http://x")' },
        { dimension: "GROUP", key: "g2", label: "Care experienced" },
      ],
      threshold: 5,
      activities: [
        {
          heldOn: day("2026-05-01"),
          participants: 20,
          counts: [
            { dimension: "AGE_BAND", key: "AGE_16_19", count: 20 },
            { dimension: "GROUP", key: "g1", count: 10 },
            { dimension: "GROUP", key: "g2", count: 10 },
          ],
        },
        {
          heldOn: day("2026-11-01"),
          participants: 20,
          counts: [
            { dimension: "AGE_BAND", key: "AGE_16_19", count: 20 },
            { dimension: "GROUP", key: "g1", count: 2 },
            { dimension: "GROUP", key: "g2", count: 12 },
          ],
        },
      ],
    });
    const table = rarelyInvolvedExportTable(report);
    const csv = String(await writeExportTable(table, "csv"));
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe(
      "Dimension,Group,1 April 2026 to 30 September 2026,1 October 2026 to 31 March 2027,All 2 blocks,Rarely involved in the latest block",
    );
    expect(lines[1]).toBe("Everyone,Everyone who took part,20,20,40,");
    const formulaRow = lines.find((l) => l.includes("HYPERLINK"))!;
    expect(formulaRow).toMatch(/^Group that rarely gets involved,"'=HYPERLINK\(""http:\/\/x""\)",/);
    expect(formulaRow).toContain("fewer than 5");
    expect(formulaRow.endsWith(",yes")).toBe(true);
    // No cell of the CSV is a number the page does not show.
    const shown = new Set(
      [report.participants, ...report.sections.flatMap((s) => [...s.rows.map((r) => r.cells), s.totals])]
        .flat()
        .map((c) => reportCellText(c, report.threshold)),
    );
    for (const row of table.rows)
      for (const cell of row.slice(2, 5)) expect(shown.has(String(cell))).toBe(true);
  });
});
