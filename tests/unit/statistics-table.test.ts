import { describe, expect, it } from "vitest";
import { CountCube } from "@/lib/domain/count-cube";
import { statisticsExportRows } from "@/lib/domain/statistics-export-rows";
import { statisticsTable, type RegisterStatistics } from "@/lib/domain/statistics-table";
import { suppressRegisterCounts } from "@/lib/domain/suppress-register-counts";
import { writeCsv } from "@/lib/spreadsheets/write-csv";

/**
 * Three districts, four age bands, two needs. North 5–10: 40 children, 30 with autism and 20 with
 * speech (10 have both). South 16–19: 4 children, all with autism: "fewer than 10".
 */
function stats(): RegisterStatistics {
  const children = [50, 40, 45, 60, 15, 22, 30, 4, 20, 25, 35, 12];
  const needCounts = [
    [50, 0, 30, 20, 45, 0, 60, 0],
    [15, 0, 22, 0, 0, 30, 4, 0],
    [20, 0, 25, 0, 35, 0, 12, 0],
  ].flat();
  const { children: c, needs } = suppressRegisterCounts(
    { districts: 3, ageBands: 4, needs: 2, children, needCounts },
    10,
  );
  return {
    councilName: "Test",
    threshold: 10,
    asOf: new Date("2026-06-15T10:00:00Z"),
    populationYear: 2026,
    districts: [
      { id: "n", name: "North" },
      { id: "s", name: "South" },
      { id: "e", name: "East" },
    ],
    needTypes: [
      { id: "aut", name: "Autism" },
      { id: "sp", name: "Speech and language" },
    ],
    children: c,
    needs,
    population: new CountCube([3, 4]).withTotals(new Array(12).fill(2000)),
  };
}

const text = (cell: { status: string; count: number | null }) =>
  cell.status === "shown" ? cell.count : cell.status;

describe("statistics tables", () => {
  it("district × age band counts children once, from the children table", () => {
    const t = statisticsTable(stats(), { view: "district-age" })!;
    expect(t.rows.map((r) => r.label)).toEqual(["North", "South", "East", "All districts"]);
    expect(t.columns.map((c) => c.label)).toEqual(["0 to 4", "5 to 10", "11 to 15", "16 to 19", "All ages"]);
    expect(text(t.rows[0].cells[1])).toBe(40);
    expect(text(t.rows[1].cells[3])).toBe("small");
    expect(t.countsNeeds).toBe(false);
    expect(t.fixed).toEqual({ heading: "Type of need", value: "Any (each child counted once)" });
  });

  it("a need filter takes the slice of the need table, and says so in the title", () => {
    const t = statisticsTable(stats(), { view: "district-age", needTypeId: "sp" })!;
    expect(t.title).toBe("Children on the register by district and age band, with speech and language");
    expect(text(t.rows[0].cells[1])).toBe(20);
  });

  it("by need, a child counts under each of their needs and 'All types of need' adds them up", () => {
    const t = statisticsTable(stats(), { view: "district-need", ageBand: "AGE_5_10" })!;
    expect(t.rows.map((r) => r.label)).toEqual(["Autism", "Speech and language", "All types of need"]);
    expect(t.countsNeeds).toBe(true);
    const north = t.rows.map((r) => r.cells[0]);
    expect(north.map(text)).toEqual([30, 20, 50]);
    // A rate per 1,000 children of that district and age band, but none for the needs total.
    expect(north[0].ratePer1000).toBe(15);
    expect(north[2].ratePer1000).toBeNull();
  });

  it("every view of the same number agrees, because all are slices of one protected table", () => {
    const s = stats();
    const a = statisticsTable(s, { view: "district-need", ageBand: "AGE_16_19" })!;
    const b = statisticsTable(s, { view: "age-need", districtId: "s" })!;
    const c = statisticsTable(s, { view: "district-age", needTypeId: "aut", districtId: "s" })!;
    const southAutism = [a.rows[0].cells[1], b.rows[0].cells[3], c.rows[0].cells[3]];
    expect(new Set(southAutism.map((x) => JSON.stringify(x))).size).toBe(1);
    expect(southAutism[0].status).toBe("small");
  });

  it("a filter on a table's own axis shows that row or column only, without its total", () => {
    const t = statisticsTable(stats(), { view: "district-age", districtId: "n", ageBand: "AGE_0_4" })!;
    expect(t.rows.map((r) => r.label)).toEqual(["North"]);
    expect(t.columns.map((c) => c.label)).toEqual(["0 to 4"]);
  });

  it("a filter that names nothing in the council gives no table", () => {
    expect(statisticsTable(stats(), { view: "district-age", districtId: "elsewhere" })).toBeNull();
  });

  it("gives no rate where the number is not shown", () => {
    const t = statisticsTable(stats(), { view: "district-age" })!;
    for (const row of t.rows)
      for (const cell of row.cells) if (cell.count === null) expect(cell.ratePer1000).toBeNull();
  });
});

describe("exports", () => {
  it("are the suppressed table, one row per number, with words for suppressed numbers and no rate", () => {
    const t = statisticsTable(stats(), { view: "district-age" })!;
    const { header, rows } = statisticsExportRows(t);
    expect(header).toEqual(["Type of need", "District", "Age band", "Children", "Rate per 1,000 children"]);
    expect(rows).toHaveLength(20);
    expect(rows[1]).toEqual(["Any (each child counted once)", "North", "5 to 10", 40, 20]);
    const south = rows.find((r) => r[1] === "South" && r[2] === "16 to 19")!;
    expect(south.slice(3)).toEqual(["fewer than 10", ""]);
    for (const r of rows) {
      if (typeof r[3] === "number") expect(r[3] === 0 || r[3] >= 10).toBe(true);
      else expect(r[4]).toBe("");
    }
  });

  it("write CSV that quotes what needs quoting and never starts a cell with a formula", () => {
    expect(
      writeCsv([
        ["a,b", 'say "hi"', "line\nbreak", 3],
        ["=HYPERLINK(1)", "+1", "-2", "@x"],
      ]),
    ).toBe('"a,b","say ""hi""","line\nbreak",3\r\n"\'=HYPERLINK(1)","\'+1","\'-2","\'@x"\r\n');
  });
});
