import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma, type AgeBand, type RegisterStatus } from "@/lib/db";
import { getRegisterStatistics } from "@/lib/data/register/get-register-statistics";
import { getPublishedRegisterStatistics } from "@/lib/data/register/get-published-register-statistics";
import { recordStatisticsExport } from "@/lib/data/register/record-statistics-export";
import { statisticsTable, type StatisticsTable } from "@/lib/domain/statistics-table";
import { makeActor, makeCouncil } from "./factories";

/** "Today" for every test: ages are worked out on 15 June 2026 (UTC). */
const NOW = new Date("2026-06-15T10:30:00Z");
const born = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function makeRegister(threshold = 10) {
  const council = await makeCouncil();
  await prisma.council.update({ where: { id: council.id }, data: { statisticsThreshold: threshold } });
  const actor = await makeActor(council.id, "COMMISSIONER");
  const district = async (code: string, name: string) =>
    prisma.district.create({ data: { councilId: council.id, code, name, postcodePrefixes: [] } });
  const north = await district("N", "North");
  const south = await district("S", "South");
  const need = async (code: string, name: string, position: number) =>
    prisma.needType.create({ data: { councilId: council.id, code, name, position } });
  const autism = await need("AUTISM", "Autism", 1);
  const speech = await need("SPEECH", "Speech and language", 2);
  const family = await prisma.family.create({ data: { councilId: council.id, name: "Test family" } });

  /** Adds `count` children alike; returns their ids. */
  async function children(
    count: number,
    where: { districtId: string; dateOfBirth: Date | null; needs: string[]; status?: RegisterStatus },
  ) {
    const ids = Array.from({ length: count }, () => randomUUID());
    await prisma.child.createMany({
      data: ids.map((id) => ({
        id,
        councilId: council.id,
        familyId: family.id,
        firstName: "Test",
        dateOfBirth: where.dateOfBirth,
        districtId: where.districtId,
        status: where.status ?? "ACTIVE",
      })),
    });
    await prisma.childNeed.createMany({
      data: ids.flatMap((childId) =>
        where.needs.map((needTypeId) => ({ councilId: council.id, childId, needTypeId })),
      ),
    });
    return ids;
  }
  return { council, actor, north, south, autism, speech, children };
}

/** A table's cell by row and column label: the count when shown, else its status. */
function at(table: StatisticsTable, row: string, column: string) {
  const r = table.rows.find((x) => x.label === row);
  const c = table.columns.findIndex((x) => x.label === column);
  if (!r || c < 0) throw new Error(`no cell ${row} × ${column}`);
  const cell = r.cells[c];
  return cell.status === "shown" ? cell.count : cell.status;
}

const SEVEN = born("2019-03-01"); // 7 on 15 June 2026

describe("register statistics", () => {
  it("counts only active children of the actor's own council", async () => {
    const reg = await makeRegister();
    await reg.children(12, { districtId: reg.north.id, dateOfBirth: SEVEN, needs: [reg.autism.id] });
    await reg.children(3, {
      districtId: reg.north.id,
      dateOfBirth: SEVEN,
      needs: [reg.autism.id],
      status: "WITHDRAWN",
    });
    await reg.children(2, {
      districtId: reg.north.id,
      dateOfBirth: SEVEN,
      needs: [reg.autism.id],
      status: "AGED_OUT",
    });
    await reg.children(4, { districtId: reg.north.id, dateOfBirth: null, needs: [], status: "ERASED" });
    await reg.children(11, { districtId: reg.south.id, dateOfBirth: SEVEN, needs: [reg.speech.id] });
    // Another council's children in the same ages never reach this council's numbers.
    const other = await makeRegister();
    await other.children(30, { districtId: other.north.id, dateOfBirth: SEVEN, needs: [other.autism.id] });

    const stats = await getRegisterStatistics(reg.actor, { now: NOW });
    const table = statisticsTable(stats, { view: "district-age" })!;
    expect(at(table, "North", "5 to 10")).toBe(12);
    expect(at(table, "South", "5 to 10")).toBe(11);
    expect(at(table, "All districts", "All ages")).toBe(23);
    expect(stats.districts.map((d) => d.name)).toEqual(["North", "South"]);
    expect(stats.asOf).toEqual(NOW);

    const theirs = statisticsTable(await getRegisterStatistics(other.actor, { now: NOW }), {
      view: "district-age",
    })!;
    expect(at(theirs, "All districts", "All ages")).toBe(30);
  });

  it("puts children in age bands by their age on today's UTC date, and leaves out anyone over 19", async () => {
    const reg = await makeRegister(3);
    const inBand = async (iso: string) =>
      reg.children(3, { districtId: reg.north.id, dateOfBirth: born(iso), needs: [reg.autism.id] });
    await inBand("2021-06-16"); // 4 until tomorrow: 0 to 4
    await inBand("2021-06-15"); // 5 today: 5 to 10
    await inBand("2010-06-15"); // 16 today: 16 to 19
    await inBand("2006-06-16"); // 19 until tomorrow: 16 to 19
    await inBand("2006-06-15"); // 20 today: not counted
    const table = statisticsTable(await getRegisterStatistics(reg.actor, { now: NOW }), {
      view: "district-age",
      districtId: reg.north.id,
    })!;
    expect(table.rows[0].cells.map((c) => c.count)).toEqual([3, 3, 0, 6, 12]);
  });

  it("suppresses small counts, with a second number hidden so totals cannot give them away", async () => {
    const reg = await makeRegister();
    await reg.children(4, { districtId: reg.north.id, dateOfBirth: SEVEN, needs: [reg.autism.id] });
    await reg.children(25, {
      districtId: reg.north.id,
      dateOfBirth: born("2012-01-10"),
      needs: [reg.autism.id],
    });
    await reg.children(30, { districtId: reg.south.id, dateOfBirth: SEVEN, needs: [reg.speech.id] });
    await reg.children(28, {
      districtId: reg.south.id,
      dateOfBirth: born("2012-01-10"),
      needs: [reg.speech.id],
    });
    const stats = await getRegisterStatistics(reg.actor, { now: NOW });
    const table = statisticsTable(stats, { view: "district-age" })!;
    expect(at(table, "North", "5 to 10")).toBe("small");
    expect(table.rows[0].cells[1].count).toBeNull();
    // Its row and its column each hide at least one more number.
    expect(table.rows[0].cells.filter((c) => c.status !== "shown").length).toBeGreaterThanOrEqual(2);
    expect(
      table.rows.map((r) => r.cells[1]).filter((c) => c.status !== "shown").length,
    ).toBeGreaterThanOrEqual(2);
    for (const row of table.rows) {
      for (const cell of row.cells) {
        if (cell.count !== null) expect(cell.count === 0 || cell.count >= 10).toBe(true);
        if (cell.status !== "shown") expect(cell.ratePer1000).toBeNull();
      }
    }
    // Every view is a slice of the same protected numbers: the filtered view agrees.
    const autism = statisticsTable(stats, { view: "district-age", needTypeId: reg.autism.id })!;
    expect(at(autism, "North", "5 to 10")).toBe("small");
  });

  it("takes a withdrawn child out at once", async () => {
    const reg = await makeRegister();
    const [first] = await reg.children(10, {
      districtId: reg.north.id,
      dateOfBirth: SEVEN,
      needs: [reg.autism.id],
    });
    await reg.children(40, { districtId: reg.south.id, dateOfBirth: SEVEN, needs: [reg.autism.id] });
    const before = statisticsTable(await getRegisterStatistics(reg.actor, { now: NOW }), {
      view: "district-age",
    })!;
    expect(at(before, "North", "5 to 10")).toBe(10);

    await prisma.child.update({ where: { id: first }, data: { status: "WITHDRAWN", withdrawnAt: NOW } });
    const after = statisticsTable(await getRegisterStatistics(reg.actor, { now: NOW }), {
      view: "district-age",
    })!;
    expect(at(after, "North", "5 to 10")).toBe("small");
    expect(at(after, "All districts", "All ages")).not.toBe(50);
  });

  it("counts a child under each of their needs, with totals that add up, and gives rates per 1,000", async () => {
    const reg = await makeRegister();
    await reg.children(12, {
      districtId: reg.north.id,
      dateOfBirth: SEVEN,
      needs: [reg.autism.id, reg.speech.id],
    });
    await reg.children(20, { districtId: reg.north.id, dateOfBirth: SEVEN, needs: [reg.autism.id] });
    await reg.children(15, { districtId: reg.south.id, dateOfBirth: SEVEN, needs: [reg.speech.id] });
    await prisma.districtPopulation.createMany({
      data: [
        {
          councilId: reg.council.id,
          districtId: reg.north.id,
          year: 2025,
          ageBand: "AGE_5_10" as AgeBand,
          population: 4000,
        },
        {
          councilId: reg.council.id,
          districtId: reg.north.id,
          year: 2026,
          ageBand: "AGE_5_10" as AgeBand,
          population: 8000,
        },
      ],
    });
    const stats = await getRegisterStatistics(reg.actor, { now: NOW });
    expect(stats.populationYear).toBe(2026);
    const byNeed = statisticsTable(stats, { view: "district-need", ageBand: "AGE_5_10" })!;
    expect(at(byNeed, "Autism", "North")).toBe(32);
    expect(at(byNeed, "Speech and language", "North")).toBe(12);
    expect(at(byNeed, "All types of need", "North")).toBe(44); // needs, not children
    expect(at(byNeed, "Speech and language", "All districts")).toBe(27);
    expect(byNeed.rows[0].cells[0].ratePer1000).toBe(4); // 32 of 8,000 → 4.0 per 1,000
    expect(byNeed.rows[0].cells[1].ratePer1000).toBeNull(); // no population for South

    const children = statisticsTable(stats, { view: "district-age" })!;
    expect(at(children, "North", "5 to 10")).toBe(32); // each child once
  });

  it("publishes the same numbers by the council's slug, and nothing for an unknown slug", async () => {
    const reg = await makeRegister();
    await reg.children(12, { districtId: reg.north.id, dateOfBirth: SEVEN, needs: [reg.autism.id] });
    await reg.children(3, { districtId: reg.south.id, dateOfBirth: SEVEN, needs: [reg.autism.id] });
    const published = await getPublishedRegisterStatistics(reg.council.slug, { now: NOW });
    const staff = await getRegisterStatistics(reg.actor, { now: NOW });
    expect(published?.children.status).toEqual(staff.children.status);
    expect(published?.needs.counts).toEqual(staff.needs.counts);
    expect(await getPublishedRegisterStatistics("no-such-council")).toBeNull();
  });

  it("audits an export: who, which table and which format", async () => {
    const reg = await makeRegister();
    await recordStatisticsExport(reg.actor, {
      query: { view: "district-need", ageBand: "AGE_5_10" },
      format: "csv",
      title: "Children on the register by type of need and district, aged 5 to 10",
    });
    const audit = await prisma.auditEvent.findMany({ where: { councilId: reg.council.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "statistics:export",
      actorUserId: reg.actor.userId,
      actorRole: "COMMISSIONER",
      metadata: {
        view: "district-need",
        ageBand: "AGE_5_10",
        format: "csv",
        districtId: null,
        needTypeId: null,
      },
    });
    expect(audit[0].summary).toContain("CSV");
  });
});
