import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/actions/form-state";
import { importPopulation } from "@/lib/data/population/import-population";
import { previewPopulation } from "@/lib/data/population/preview-population";
import { listDistrictPopulation } from "@/lib/data/population/list-district-population";
import { importPopulationAction, previewPopulationAction } from "@/app/(portal)/admin/population/actions";
import { readPreview } from "@/app/(portal)/admin/population/preview-state";
import { makeActor, makeCouncil } from "./factories";

// The actions read the signed-in actor from the session; here it is whoever the test says.
let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const HEADER = "district_code,age_band,year,population";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");

async function councilWithDistricts(codes: string[]) {
  const council = await makeCouncil();
  for (const code of codes) {
    await prisma.district.create({
      data: { councilId: council.id, code, name: `District ${code}`, postcodePrefixes: [] },
    });
  }
  return { council, admin: await makeActor(council.id, "ADMIN") };
}

async function figuresOf(councilId: string) {
  const rows = await prisma.districtPopulation.findMany({
    where: { councilId },
    select: {
      district: { select: { code: true, councilId: true } },
      year: true,
      ageBand: true,
      population: true,
    },
  });
  return rows
    .map((r) => {
      expect(r.district.councilId).toBe(councilId);
      return `${r.district.code} ${r.year} ${r.ageBand} ${r.population}`;
    })
    .sort();
}

const auditOf = (councilId: string) =>
  prisma.auditEvent.findMany({ where: { councilId, action: "population:import" } });

describe("importing population figures", () => {
  it("saves every row in the actor's council and writes one audit row without personal data", async () => {
    const { council, admin } = await councilWithDistricts(["NV", "SM"]);
    const result = await importPopulation(admin, {
      submissionKey: randomUUID(),
      csv: csv("NV,0-4,2025,6840", "NV,5-10,2025,8420", "sm,11-15,2025,5590", "SM,16-19,2024,4470"),
    });
    expect(result).toEqual({
      imported: true,
      counts: { rows: 4, districts: 2, years: [2025, 2024], created: 4, replaced: 0, unchanged: 0 },
    });
    expect(await figuresOf(council.id)).toEqual([
      "NV 2025 AGE_0_4 6840",
      "NV 2025 AGE_5_10 8420",
      "SM 2024 AGE_16_19 4470",
      "SM 2025 AGE_11_15 5590",
    ]);
    const audit = await auditOf(council.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: admin.userId,
      actorRole: "ADMIN",
      entityType: "DistrictPopulation",
      summary:
        "Imported population figures: 4 rows for 2 districts, years 2024, 2025 (4 new, 0 replaced, 0 unchanged)",
      metadata: { rows: 4, districts: 2, years: [2025, 2024], created: 4, replaced: 0, unchanged: 0 },
    });
  });

  it("saves nothing when one row is wrong, and lists the row", async () => {
    const { council, admin } = await councilWithDistricts(["NV", "SM"]);
    const key = randomUUID();
    const bad = csv("NV,0-4,2025,6840", "NV,5-10,2025,8420", "SM,5-11,2025,100", "SM,0-4,2025,5210");
    const error = await importPopulation(admin, { submissionKey: key, csv: bad }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "INVALID",
      message: "The selected file has 1 problem, listed below. Fix it and choose the file again",
    });
    expect(error).toMatchObject({
      rowProblems: [{ row: 4, message: "Row 4: age band '5-11' is not one of 0-4, 5-10, 11-15, 16-19" }],
    });
    expect(await figuresOf(council.id)).toEqual([]);
    expect(await auditOf(council.id)).toHaveLength(0);

    // The refused import claimed nothing: the same form, with the file fixed, goes through.
    const fixed = await importPopulation(admin, {
      submissionKey: key,
      csv: csv("NV,0-4,2025,6840", "SM,5-10,2025,100"),
    });
    expect(fixed.imported).toBe(true);
    expect(await figuresOf(council.id)).toHaveLength(2);
  });

  it("refuses another council's district code, and writes only to the actor's own districts", async () => {
    const { council, admin } = await councilWithDistricts(["NV"]);
    const other = await councilWithDistricts(["NV", "OT"]);
    await expect(
      importPopulation(admin, { submissionKey: randomUUID(), csv: csv("NV,0-4,2025,1", "OT,0-4,2025,2") }),
    ).rejects.toMatchObject({
      rowProblems: [{ row: 3, message: "Row 3: no district with code OT in your council" }],
    });
    expect(await figuresOf(council.id)).toEqual([]);

    // A code both councils use means the actor's district.
    await importPopulation(admin, { submissionKey: randomUUID(), csv: csv("NV,0-4,2025,1") });
    expect(await figuresOf(council.id)).toEqual(["NV 2025 AGE_0_4 1"]);
    expect(await figuresOf(other.council.id)).toEqual([]);
  });

  it("replaces figures held for the same district, band and year, and leaves the rest alone", async () => {
    const { council, admin } = await councilWithDistricts(["NV", "SM"]);
    await importPopulation(admin, {
      submissionKey: randomUUID(),
      csv: csv("NV,0-4,2025,100", "NV,5-10,2025,200", "SM,0-4,2025,300"),
    });
    const again = await importPopulation(admin, {
      submissionKey: randomUUID(),
      csv: csv("NV,0-4,2025,150", "NV,5-10,2025,200", "NV,11-15,2025,400"),
    });
    expect(again).toMatchObject({
      imported: true,
      counts: { rows: 3, created: 1, replaced: 1, unchanged: 1 },
    });
    expect(await figuresOf(council.id)).toEqual([
      "NV 2025 AGE_0_4 150",
      "NV 2025 AGE_11_15 400",
      "NV 2025 AGE_5_10 200",
      "SM 2025 AGE_0_4 300",
    ]);
    const audits = await auditOf(council.id);
    expect(audits.map((a) => a.summary)).toContain(
      "Imported population figures: 3 rows for 1 district, year 2025 (1 new, 1 replaced, 1 unchanged)",
    );
  });

  it("imports once for a repeated submit of the same form", async () => {
    const { council, admin } = await councilWithDistricts(["NV"]);
    const input = { submissionKey: randomUUID(), csv: csv("NV,0-4,2025,6840", "NV,5-10,2025,8420") };
    const results = await Promise.all([importPopulation(admin, input), importPopulation(admin, input)]);
    expect(results.map((r) => r.imported).sort()).toEqual([false, true]);
    // Even with other figures, a used key saves nothing more.
    const late = await importPopulation(admin, { ...input, csv: csv("NV,0-4,2025,1") });
    expect(late).toEqual({ imported: false });
    expect(await figuresOf(council.id)).toEqual(["NV 2025 AGE_0_4 6840", "NV 2025 AGE_5_10 8420"]);
    expect(await auditOf(council.id)).toHaveLength(1);
  });
});

describe("previewing and listing", () => {
  it("says which figures are new, replaced or the same, and saves nothing", async () => {
    const { council, admin } = await councilWithDistricts(["NV", "SM"]);
    await importPopulation(admin, {
      submissionKey: randomUUID(),
      csv: csv("NV,0-4,2025,100", "NV,5-10,2025,200"),
    });
    const before = await figuresOf(council.id);

    const preview = await previewPopulation(
      admin,
      csv("NV,0-4,2025,150", "NV,5-10,2025,200", "SM,0-4,2024,9"),
    );
    expect(preview).toMatchObject({
      rows: 3,
      districts: 2,
      years: [2025, 2024],
      created: 1,
      replaced: 1,
      unchanged: 1,
    });
    expect(preview.figures.map((f) => [f.districtCode, f.year, f.ageBand, f.population, f.previous])).toEqual(
      [
        ["NV", 2025, "AGE_0_4", 150, 100],
        ["NV", 2025, "AGE_5_10", 200, 200],
        ["SM", 2024, "AGE_0_4", 9, null],
      ],
    );
    expect(preview.csv).toBe(`${HEADER}\r\nNV,0-4,2025,150\r\nNV,5-10,2025,200\r\nSM,0-4,2024,9`);
    expect(await figuresOf(council.id)).toEqual(before);
  });

  it("lists the council's figures by year, latest first, with every district", async () => {
    const { admin } = await councilWithDistricts(["NV", "SM"]);
    expect((await listDistrictPopulation(admin)).years).toEqual([]);
    await importPopulation(admin, {
      submissionKey: randomUUID(),
      csv: csv("NV,0-4,2024,1", "NV,0-4,2025,1", "NV,5-10,2025,2", "NV,11-15,2025,3", "NV,16-19,2025,4"),
    });
    const { years } = await listDistrictPopulation(admin);
    expect(years.map((y) => y.year)).toEqual([2025, 2024]);
    expect(years[0].rows).toEqual([
      {
        code: "NV",
        name: "District NV",
        bands: { AGE_0_4: 1, AGE_5_10: 2, AGE_11_15: 3, AGE_16_19: 4 },
        total: 10,
      },
      {
        code: "SM",
        name: "District SM",
        bands: { AGE_0_4: null, AGE_5_10: null, AGE_11_15: null, AGE_16_19: null },
        total: null,
      },
    ]);
  });
});

describe("through the server actions", () => {
  let council: { id: string };
  let admin: Actor;
  beforeEach(async () => {
    ({ council, admin } = await councilWithDistricts(["NV", "SM"]));
    current = admin;
  });

  const upload = (text: string | Uint8Array<ArrayBuffer>, name = "population.csv", type = "text/csv") => {
    const form = new FormData();
    form.set("file", new File([text], name, { type }));
    return form;
  };

  it("previews an upload, then imports the figures it sends back", async () => {
    const state = await previewPopulationAction(
      null,
      upload(`\uFEFF${csv("NV,0-4,2025,6840", "SM,0-4,2025,5210")}`),
    );
    const preview = readPreview(state);
    expect(preview?.view).toMatchObject({ rows: 2, created: 2 });
    expect(await figuresOf(council.id)).toEqual([]);

    const form = new FormData();
    form.set("step", "import");
    form.set("submissionKey", randomUUID());
    form.set("csv", preview!.csv);
    const imported = await importPopulationAction(null, form);
    expect(imported).toEqual({
      ok: true,
      message: "2 figures imported: 2 new, 0 replaced, 0 unchanged.",
      data: { step: "imported" },
    });
    expect(await figuresOf(council.id)).toEqual(["NV 2025 AGE_0_4 6840", "SM 2025 AGE_0_4 5210"]);

    const repeat = await importPopulationAction(null, form);
    expect(repeat).toMatchObject({ ok: true, message: expect.stringContaining("already imported") });
  });

  it("checks the figures sent back again on import", async () => {
    const form = new FormData();
    form.set("submissionKey", randomUUID());
    form.set("csv", csv("NV,0-4,2025,6840", "XX,0-4,2025,1"));
    const state = (await importPopulationAction(null, form)) as Extract<FormState, { ok: false }>;
    expect(state.ok).toBe(false);
    expect(state.rowProblems).toEqual([
      { row: 3, message: "Row 3: no district with code XX in your council" },
    ]);
    expect(await figuresOf(council.id)).toEqual([]);
  });

  it.each([
    ["no file chosen", new FormData(), "Select a CSV file"],
    ["an empty file", upload(""), "The selected file is empty"],
    [
      "a spreadsheet",
      upload("PK", "population.xlsx", "application/vnd.ms-excel"),
      "The selected file must be a CSV",
    ],
    ["a picture named .csv", upload("x", "population.csv", "image/png"), "The selected file must be a CSV"],
    [
      "a file over 2 MB",
      upload(new Uint8Array(2 * 1024 * 1024 + 1)),
      "The selected file must be smaller than 2 MB",
    ],
    ["missing columns", upload("district,year\nNV,2025"), "Missing: district_code, age_band, population"],
  ])("refuses %s with a message for the file field", async (_name, form, message) => {
    const state = await previewPopulationAction(null, form);
    expect(state).toMatchObject({ ok: false, fieldErrors: { file: expect.stringContaining(message) } });
  });

  it("an empty file input (as browsers send it) asks for a file", async () => {
    for (const name of ["", "blob"]) {
      const form = new FormData();
      form.set("file", new File([], name, { type: "application/octet-stream" }));
      expect(await previewPopulationAction(null, form)).toMatchObject({
        fieldErrors: { file: "Select a CSV file" },
      });
    }
  });

  it("an expired or missing submission key is refused", async () => {
    const form = new FormData();
    form.set("csv", csv("NV,0-4,2025,1"));
    expect(await importPopulationAction(null, form)).toMatchObject({
      ok: false,
      fieldErrors: { submissionKey: "This form has expired. Reload the page and try again." },
    });
    expect(await figuresOf(council.id)).toEqual([]);
  });

  it.each(["COMMISSIONER", "FAMILY", "signed out"] as const)("refuses %s with NOT_ALLOWED", async (who) => {
    current = who === "signed out" ? null : await makeActor(council.id, who);
    const previewed = await previewPopulationAction(null, upload(csv("NV,0-4,2025,1")));
    const form = new FormData();
    form.set("submissionKey", randomUUID());
    form.set("csv", csv("NV,0-4,2025,1"));
    const imported = await importPopulationAction(null, form);
    for (const state of [previewed, imported]) {
      expect(state).toMatchObject({ ok: false, formError: "You do not have permission to do that." });
    }
    expect(await figuresOf(council.id)).toEqual([]);
    expect(await auditOf(council.id)).toHaveLength(0);
  });
});
