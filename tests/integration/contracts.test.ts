import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { expiryPipeline, getContract, listContracts } from "@/lib/data/contracts/list-contracts";
import { contractStatus } from "@/lib/domain/contract-status";
import { makeActor, makeCouncil, makeOrganisation } from "./factories";

const TODAY = new Date("2027-06-15T10:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);

let commissioner: Actor;
let provider: Actor;
let otherProvider: Actor;
let outsider: Actor;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const council = await makeCouncil();
  commissioner = await makeActor(council.id, "COMMISSIONER");
  const org = await makeOrganisation(council.id, "Own Org");
  const other = await makeOrganisation(council.id, "Other Org");
  provider = await makeActor(council.id, "PROVIDER", { organisationId: org.id });
  otherProvider = await makeActor(council.id, "PROVIDER", { organisationId: other.id });
  outsider = await makeActor((await makeCouncil()).id, "COMMISSIONER");
  const serviceType = await prisma.serviceType.create({
    data: { code: `st-${randomUUID().slice(0, 6)}`, name: "Overnight" },
  });
  const rows: [string, string, string, string, string, string | null][] = [
    // key, organisation, start, end, original end, terminated
    ["mobilising", org.id, "2027-09-01", "2030-08-31", "2030-08-31", null],
    ["live", org.id, "2026-04-01", "2029-03-31", "2029-03-31", null],
    ["ending-july", other.id, "2024-08-01", "2027-07-31", "2027-07-31", null],
    ["ending-july-2", other.id, "2024-08-01", "2027-07-31", "2027-07-31", null],
    ["ended", org.id, "2023-01-01", "2026-12-31", "2026-12-31", null],
    ["terminated", org.id, "2025-01-01", "2027-08-31", "2027-08-31", "2027-03-01"],
  ];
  for (const [key, organisationId, start, end, original, terminated] of rows) {
    const c = await prisma.contract.create({
      data: {
        councilId: council.id,
        reference: `C-${key}`,
        title: key,
        organisationId,
        serviceTypeId: serviceType.id,
        annualValue: "100000.10",
        totalValue: "300000.30",
        startDate: d(start),
        endDate: d(end),
        originalEndDate: d(original),
        terminatedAt: terminated ? d(terminated) : null,
      },
    });
    ids[key] = c.id;
  }
});

describe("contracts", () => {
  it("filters by the status worked out from dates, matching the domain rule", async () => {
    for (const status of ["MOBILISING", "LIVE", "ENDING", "ENDED", "TERMINATED"] as const) {
      const page = await listContracts(commissioner, { status, page: 1 }, TODAY);
      expect(page.items.length, status).toBeGreaterThan(0);
      for (const c of page.items) expect(contractStatus(c, TODAY)).toBe(status);
    }
    expect((await listContracts(commissioner, { page: 1 }, TODAY)).total).toBe(6);
  });

  it("shows the expiry pipeline by month with exact values, leaving out terminated contracts", async () => {
    const { months, windows } = await expiryPipeline(commissioner, TODAY);
    expect(months.map((m) => [m.month.toISOString().slice(0, 7), m.count, m.annualValue])).toEqual([
      ["2027-07", 2, "200000.20"],
    ]);
    expect(windows[0]).toEqual({ months: 3, count: 2, annualValue: "200000.20" });
  });

  it("lets a provider see only its own organisation's contracts, and another council nothing", async () => {
    const own = await listContracts(provider, { page: 1 }, TODAY);
    expect(own.items.map((c) => c.title).sort()).toEqual(["ended", "live", "mobilising", "terminated"]);
    expect((await listContracts(otherProvider, { page: 1 }, TODAY)).total).toBe(2);
    await expect(getContract(provider, ids["ending-july"])).rejects.toBeInstanceOf(AppError);
    await expect(getContract(outsider, ids.live)).rejects.toBeInstanceOf(AppError);
    expect((await listContracts(outsider, { page: 1 }, TODAY)).total).toBe(0);
    expect((await getContract(provider, ids.live)).title).toBe("live");
  });
});
