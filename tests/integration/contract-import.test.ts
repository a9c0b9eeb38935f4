import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppError } from "@/lib/errors";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/actions/form-state";
import { importContracts } from "@/lib/data/contracts/import-contracts";
import { previewContractImport } from "@/lib/data/contracts/preview-contract-import";
import { getContract } from "@/lib/data/contracts/get-contract";
import {
  importContractsAction,
  previewContractImportAction,
} from "@/app/(portal)/commissioner/contracts/import/actions";
import { readPreview } from "@/app/(portal)/commissioner/contracts/import/preview-state";
import { makeActor, makeCouncil, makeOrganisation, adoptServiceType } from "./factories";

// The actions read the signed-in actor from the session; here it is whoever the test says.
let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const HEADER =
  "Reference,Title,Provider,Service Type,Districts,Annual Value,Total Value,Start Date,End Date,Extension Months Available";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\r\n");

/** A council with two districts and a linked provider, and a commissioner in it. */
async function councilWithLookups(label = randomUUID().slice(0, 6)) {
  const council = await makeCouncil();
  await prisma.council.update({ where: { id: council.id }, data: { returnDueDays: 30 } });
  const districts = await Promise.all(
    ["North Vale", "Southmoor"].map((name, i) =>
      prisma.district.create({
        data: { councilId: council.id, code: `D${i}`, name, postcodePrefixes: [] },
      }),
    ),
  );
  const provider = await makeOrganisation(council.id, `Play Partnership ${label}`);
  const commissioner = await makeActor(council.id, "COMMISSIONER");
  return { council, districts, provider, commissioner };
}

/** The national play scheme type, used by the council (decision 0038); its name. */
async function serviceTypeName(councilId: string) {
  const type = await prisma.serviceType.upsert({
    where: { code: "PLAY_SCHEME" },
    create: { code: "PLAY_SCHEME", name: "Play scheme", position: 1 },
    update: {},
  });
  await adoptServiceType(councilId, type.id);
  return type.name;
}

const contractsOf = (councilId: string) =>
  prisma.contract.findMany({
    where: { councilId },
    orderBy: { reference: "asc" },
    include: { districts: { select: { name: true } }, returnPeriods: { orderBy: { startDate: "asc" } } },
  });

/** The day of the import, before the contracts' first returns are due. */
const NOW = new Date("2025-04-01T09:00:00Z");

const auditOf = (councilId: string) =>
  prisma.auditEvent.findMany({ where: { councilId, action: "contract:import" } });

describe("importing contracts from a CSV", () => {
  let ctx: Awaited<ReturnType<typeof councilWithLookups>>;
  let playScheme: string;

  beforeEach(async () => {
    ctx = await councilWithLookups();
    playScheme = await serviceTypeName(ctx.council.id);
  });

  it("creates every contract with its districts and quarterly return periods, and one audit row", async () => {
    const name = ctx.provider.name.toUpperCase();
    const file = csv(
      `A-1,Saturday play scheme,${name},play scheme,North Vale; southmoor,"£12,500.50","37,501.50",15/05/2025,31/03/2026,12`,
      `A-2,Holiday club,${ctx.provider.name},${playScheme},Southmoor,1000,1000.00,2025-04-01,2025-06-30,`,
    );
    const result = await importContracts(ctx.commissioner, { submissionKey: randomUUID(), csv: file }, NOW);
    expect(result).toEqual({
      imported: true,
      counts: { contracts: 2, providers: 1, annualValue: "13500.50", totalValue: "38501.50" },
      periods: 5,
    });

    const [a1, a2] = await contractsOf(ctx.council.id);
    expect(a1).toMatchObject({
      reference: "A-1",
      title: "Saturday play scheme",
      organisationId: ctx.provider.id,
      startDate: new Date("2025-05-15"),
      endDate: new Date("2026-03-31"),
      originalEndDate: new Date("2026-03-31"),
      extensionMonthsAvailable: 12,
      extensionMonthsUsed: 0,
      tenderId: null,
      specificationVersionId: null,
    });
    expect(a1.annualValue.toFixed(2)).toBe("12500.50");
    expect(a1.totalValue.toFixed(2)).toBe("37501.50");
    expect(a1.districts.map((d) => d.name).sort()).toEqual(["North Vale", "Southmoor"]);
    expect(a1.returnPeriods.map((p) => [p.label, p.dueDate.toISOString().slice(0, 10)])).toEqual([
      ["April to June 2025 (part)", "2025-07-30"],
      ["July to September 2025", "2025-10-30"],
      ["October to December 2025", "2026-01-30"],
      ["January to March 2026", "2026-04-30"],
    ]);
    expect(a2.districts.map((d) => d.name)).toEqual(["Southmoor"]);
    expect(a2.extensionMonthsAvailable).toBe(0);
    expect(a2.returnPeriods).toHaveLength(1);

    // The contract page copes with no KPIs.
    const page = await getContract(ctx.commissioner, a1.id);
    expect(page.kpis).toEqual([]);
    expect(page.returnPeriods).toHaveLength(4);

    const audit = await auditOf(ctx.council.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: ctx.commissioner.userId,
      actorRole: "COMMISSIONER",
      entityType: "Contract",
      summary: "Imported 2 contracts from a CSV file (1 provider, £13,500.50 a year, £38,501.50 in total)",
      metadata: {
        contracts: 2,
        providers: 1,
        annualValue: "13500.50",
        totalValue: "38501.50",
        returnPeriods: 5,
        fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    });
    // Nobody is notified.
    expect(await prisma.notification.count({ where: { councilId: ctx.council.id } })).toBe(0);
  });

  it("leaves out return periods already due before the import, as those returns were made elsewhere", async () => {
    const file = csv(`P-1,Play,${ctx.provider.name},${playScheme},North Vale,100,100,15/05/2025,31/03/2026,`);
    const periodsOn = async (day: string) => {
      await prisma.contract.deleteMany({ where: { councilId: ctx.council.id } });
      const result = await importContracts(
        ctx.commissioner,
        { submissionKey: randomUUID(), csv: file },
        new Date(`${day}T12:00:00Z`),
      );
      expect(result.imported).toBe(true);
      const [contract] = await contractsOf(ctx.council.id);
      return contract.returnPeriods.map((p) => p.label);
    };
    // July to September is due on 30 October 2025.
    expect(await periodsOn("2025-10-30")).toEqual([
      "July to September 2025",
      "October to December 2025",
      "January to March 2026",
    ]);
    expect(await periodsOn("2025-10-31")).toEqual(["October to December 2025", "January to March 2026"]);
    expect(await periodsOn("2026-05-01")).toEqual([]);
  });

  it("saves nothing when one row is wrong, and names the row and column", async () => {
    const key = randomUUID();
    const good = `B-1,Play,${ctx.provider.name},${playScheme},North Vale,100,300,01/04/2025,31/03/2028,`;
    const bad = `B-2,Play,${ctx.provider.name},${playScheme},North Vale,100,300,01/04/2025,31/03/2024,`;
    const error = await importContracts(ctx.commissioner, {
      submissionKey: key,
      csv: csv(good, good.replace("B-1", "B-3"), bad),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: "INVALID",
      message: "The selected file has 1 problem, listed below. Fix it and choose the file again",
    });
    expect(error).toMatchObject({
      fieldErrors: {
        file: "The selected file has 1 problem, listed below. Fix it and choose the file again",
      },
      rowProblems: [{ row: 4, message: "Row 4, end date: must be after the start date" }],
    });
    expect(await contractsOf(ctx.council.id)).toEqual([]);
    expect(await prisma.returnPeriod.count({ where: { councilId: ctx.council.id } })).toBe(0);
    expect(await auditOf(ctx.council.id)).toHaveLength(0);

    // The refused import claimed nothing: the same form, with the file fixed, goes through.
    const fixed = await importContracts(ctx.commissioner, { submissionKey: key, csv: csv(good) });
    expect(fixed.imported).toBe(true);
    expect(await contractsOf(ctx.council.id)).toHaveLength(1);
  });

  it("saves once for a repeated submit, even when both arrive together", async () => {
    const input = {
      submissionKey: randomUUID(),
      csv: csv(`C-1,Play,${ctx.provider.name},${playScheme},North Vale,100,300,01/04/2025,31/03/2028,`),
    };
    const results = await Promise.all([
      importContracts(ctx.commissioner, input),
      importContracts(ctx.commissioner, input),
    ]);
    expect(results.map((r) => r.imported).sort()).toEqual([false, true]);
    expect(await importContracts(ctx.commissioner, input)).toEqual({ imported: false });
    expect(await contractsOf(ctx.council.id)).toHaveLength(1);
    expect(await auditOf(ctx.council.id)).toHaveLength(1);
  });

  it("saves one of two different imports that race for the same reference, and nothing of the other", async () => {
    const row = (title: string) =>
      csv(`R-1,${title},${ctx.provider.name},${playScheme},North Vale,100,300,01/04/2025,31/03/2028,`);
    const outcomes = await Promise.allSettled([
      importContracts(ctx.commissioner, { submissionKey: randomUUID(), csv: row("First") }, NOW),
      importContracts(ctx.commissioner, { submissionKey: randomUUID(), csv: row("Second") }, NOW),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const [refused] = outcomes.filter((o) => o.status === "rejected");
    // Refused by the check when the first had committed, or by the unique index when both checked first.
    expect(["INVALID", "CONFLICT"]).toContain((refused.reason as { code: string }).code);
    const saved = await contractsOf(ctx.council.id);
    expect(saved).toHaveLength(1);
    expect(saved[0].returnPeriods).toHaveLength(12);
    expect(await auditOf(ctx.council.id)).toHaveLength(1);
  });

  it("refuses another council's providers and districts, and references the council holds", async () => {
    const other = await councilWithLookups();
    await serviceTypeName(other.council.id);
    const held = `D-1,Play,${ctx.provider.name},${playScheme},North Vale,100,300,01/04/2025,31/03/2028,`;
    await importContracts(ctx.commissioner, { submissionKey: randomUUID(), csv: csv(held) });

    await prisma.district.create({
      data: { councilId: other.council.id, code: "ZZ", name: "Faraway", postcodePrefixes: [] },
    });
    const error = await importContracts(ctx.commissioner, {
      submissionKey: randomUUID(),
      csv: csv(
        `D-2,Play,${other.provider.name},${playScheme},North Vale,100,300,01/04/2025,31/03/2028,`,
        `D-3,Play,${ctx.provider.name},${playScheme},Faraway,100,300,01/04/2025,31/03/2028,`,
        held.replace("D-1", "d-1"),
      ),
    }).catch((e: unknown) => e);
    expect((error as AppError).rowProblems).toEqual([
      {
        row: 2,
        message: `Row 2, provider: no provider called ${other.provider.name} works with your council`,
      },
      { row: 3, message: "Row 3, districts: no district called Faraway in your council" },
      { row: 4, message: "Row 4, reference: your council already has a contract with reference d-1" },
    ]);
    expect((await contractsOf(ctx.council.id)).map((c) => c.reference)).toEqual(["D-1"]);
    expect(await contractsOf(other.council.id)).toEqual([]);

    // The other council may use the same reference: references are per council.
    const theirs = await importContracts(other.commissioner, {
      submissionKey: randomUUID(),
      csv: csv(held.replace(ctx.provider.name, other.provider.name)),
    });
    expect(theirs.imported).toBe(true);
  });

  it("imports 1,000 contracts quickly, with every return period", async () => {
    const rows = Array.from(
      { length: 1000 },
      (_, i) =>
        `BULK-${String(i).padStart(4, "0")},Contract ${i},${ctx.provider.name},${playScheme},North Vale;Southmoor,"1,000.01",3000.03,01/04/2025,31/03/2028,6`,
    );
    const started = performance.now();
    const result = await importContracts(
      ctx.commissioner,
      {
        submissionKey: randomUUID(),
        csv: csv(...rows),
      },
      NOW,
    );
    const seconds = (performance.now() - started) / 1000;
    expect(result).toMatchObject({
      imported: true,
      counts: { contracts: 1000, annualValue: "1000010.00", totalValue: "3000030.00" },
      periods: 12_000,
    });
    expect(seconds).toBeLessThan(20);
    expect(await prisma.contract.count({ where: { councilId: ctx.council.id } })).toBe(1000);
    expect(await prisma.returnPeriod.count({ where: { councilId: ctx.council.id } })).toBe(12_000);
    const linked = await prisma.district.findMany({
      where: { councilId: ctx.council.id },
      select: { _count: { select: { contracts: true } } },
    });
    expect(linked.map((d) => d._count.contracts)).toEqual([1000, 1000]);
  }, 60_000);

  it("previews without saving: counts, exact totals and the rows", async () => {
    const preview = await previewContractImport(
      ctx.commissioner,
      csv(
        `E-1,Play,${ctx.provider.name},${playScheme},North Vale,0.10,0.30,01/04/2025,31/03/2028,`,
        `E-2,Club,${ctx.provider.name},${playScheme},Southmoor,0.20,0.60,2025-04-01,2028-03-31,3`,
      ),
    );
    expect(preview).toMatchObject({
      contracts: 2,
      providers: 1,
      annualValue: "0.30",
      totalValue: "0.90",
      ignoredColumns: [],
    });
    expect(preview.rows[1]).toEqual({
      reference: "E-2",
      title: "Club",
      providerName: ctx.provider.name,
      serviceTypeName: playScheme,
      districtNames: ["Southmoor"],
      annualValue: "0.20",
      totalValue: "0.60",
      startDate: "2025-04-01",
      endDate: "2028-03-31",
      extensionMonthsAvailable: 3,
    });
    expect(await contractsOf(ctx.council.id)).toEqual([]);
  });
});

describe("the import actions", () => {
  let ctx: Awaited<ReturnType<typeof councilWithLookups>>;
  let playScheme: string;

  beforeEach(async () => {
    ctx = await councilWithLookups();
    playScheme = await serviceTypeName(ctx.council.id);
    current = ctx.commissioner;
  });

  const upload = (text: string | Uint8Array<ArrayBuffer>, name = "contracts.csv", type = "text/csv") => {
    const form = new FormData();
    form.set("file", new File([text], name, { type }));
    return form;
  };

  it("previews an upload, then imports the text it sends back, once", async () => {
    const state = await previewContractImportAction(
      null,
      upload(
        `\uFEFF${csv(`F-1,Play,${ctx.provider.name},${playScheme},North Vale,"£1,200",3600,01/04/2025,31/03/2028,`)}`,
      ),
    );
    const preview = readPreview(state);
    expect(preview?.view).toMatchObject({ contracts: 1, annualValue: "1200.00" });
    expect(await contractsOf(ctx.council.id)).toEqual([]);

    const form = new FormData();
    form.set("step", "import");
    form.set("submissionKey", randomUUID());
    form.set("csv", preview!.csv);
    expect(await importContractsAction(null, form)).toEqual({
      ok: true,
      message: "1 contract imported, worth £1,200.00 a year.",
      data: { step: "imported" },
    });
    expect(await importContractsAction(null, form)).toMatchObject({
      ok: true,
      message: expect.stringContaining("already imported"),
    });
    expect(await contractsOf(ctx.council.id)).toHaveLength(1);
  });

  it("checks the text sent back again on import", async () => {
    const form = new FormData();
    form.set("submissionKey", randomUUID());
    form.set("csv", csv(`G-1,Play,Nobody Ltd,${playScheme},North Vale,100,300,01/04/2025,31/03/2028,`));
    const state = (await importContractsAction(null, form)) as Extract<FormState, { ok: false }>;
    expect(state.rowProblems).toEqual([
      { row: 2, message: "Row 2, provider: no provider called Nobody Ltd works with your council" },
    ]);
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(["file"]);
    expect(await contractsOf(ctx.council.id)).toEqual([]);
  });

  it.each([
    ["no file chosen", new FormData(), "Select a CSV file"],
    ["a spreadsheet", upload("PK", "c.xlsx", "application/vnd.ms-excel"), "The selected file must be a CSV"],
    [
      "a file over 2 MB",
      upload(new Uint8Array(2 * 1024 * 1024 + 1)),
      "The selected file must be smaller than 2 MB",
    ],
    ["missing columns", upload("reference,title\nA,B"), "Missing: provider, service type"],
  ])("refuses %s with a message for the file field", async (_name, form, message) => {
    const state = await previewContractImportAction(null, form);
    expect(state).toMatchObject({ ok: false, fieldErrors: { file: expect.stringContaining(message) } });
  });

  it.each(["ADMIN", "PROVIDER", "signed out"] as const)("refuses %s with NOT_ALLOWED", async (who) => {
    current = who === "signed out" ? null : await makeActor(ctx.council.id, who);
    const text = csv(`H-1,Play,${ctx.provider.name},${playScheme},North Vale,100,300,01/04/2025,31/03/2028,`);
    const previewed = await previewContractImportAction(null, upload(text));
    const form = new FormData();
    form.set("submissionKey", randomUUID());
    form.set("csv", text);
    const imported = await importContractsAction(null, form);
    for (const state of [previewed, imported]) {
      expect(state).toMatchObject({ ok: false, formError: "You do not have permission to do that." });
    }
    expect(await contractsOf(ctx.council.id)).toEqual([]);
  });
});
