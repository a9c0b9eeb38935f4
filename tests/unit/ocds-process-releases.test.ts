import { describe, expect, it } from "vitest";
import {
  compileRecord,
  processOcid,
  processReleases,
  type OcdsProcess,
} from "@/lib/domain/ocds/process-releases";

const council = { name: "Vale Council", slug: "vale", ocidPrefix: "ocds-abc123" };
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function process(over: Partial<OcdsProcess> = {}): OcdsProcess {
  return {
    key: "T-1",
    specification: {
      reference: "SPEC-1",
      version: 2,
      title: "Holiday play",
      summary: "Play in the holidays",
      maxAnnualValue: "100000",
      termMonths: 24,
      approvedAt: d("2026-01-05"),
      serviceType: { code: "PLAY", name: "Play scheme" },
    },
    tender: {
      reference: "T-1",
      title: "Holiday play tender",
      description: "Tender",
      status: "AWARDED",
      estimatedValue: "190000",
      publishedAt: d("2026-02-01"),
      clarificationDeadline: d("2026-02-15"),
      submissionDeadline: d("2026-03-01"),
      evaluationEndsAt: d("2026-03-15"),
      updatedAt: d("2026-03-20"),
      cancelledReason: null,
      criteria: [{ title: "Quality", weight: 60 }],
      submittedBids: 3,
    },
    award: {
      id: "award-1",
      status: "STANDSTILL",
      decidedAt: d("2026-03-16"),
      standstillEndsAt: d("2026-03-26"),
      value: "200000",
      supplier: { id: "org-1", name: "Play Ltd" },
    },
    contracts: [],
    ...over,
  };
}

describe("OCDS releases of one contracting process", () => {
  it("gives one dated release per stage, under the council's own prefix", () => {
    const releases = processReleases(council, process());
    expect(releases.map((r) => [r.tag[0], r.date.slice(0, 10)])).toEqual([
      ["planning", "2026-01-05"],
      ["tender", "2026-02-01"],
      ["tenderUpdate", "2026-03-01"],
      ["award", "2026-03-16"],
    ]);
    expect(new Set(releases.map((r) => r.ocid))).toEqual(new Set(["ocds-abc123-vale-T-1"]));
    expect(releases[0]).toMatchObject({
      planning: { budget: { amount: { amount: 200000, currency: "GBP" } } },
    });
    expect(releases[3]).toMatchObject({
      awards: [{ status: "pending", standstillPeriod: { endDate: "2026-03-26T00:00:00.000Z" } }],
    });
  });

  it("publishes no proposed award, and a cancellation instead of a closing", () => {
    const proposed = processReleases(
      council,
      process({ award: { ...process().award!, status: "PROPOSED" } }),
    );
    expect(proposed.some((r) => r.tag.includes("award"))).toBe(false);
    const cancelled = process();
    cancelled.tender = { ...cancelled.tender!, status: "CANCELLED", cancelledReason: "Not needed" };
    const tags = processReleases(council, { ...cancelled, award: null }).map((r) => r.tag[0]);
    expect(tags).toEqual(["planning", "tender", "tenderCancellation"]);
  });

  it("uses the portal's prefix when the council has none", () => {
    expect(processOcid({ ...council, ocidPrefix: null }, "T-9")).toMatch(/^ocds-[a-z0-9]+-vale-T-9$/);
    expect(processOcid({ ...council, ocidPrefix: "  " }, "T-9")).not.toContain("  ");
  });

  it("compiles a record: later releases win, arrays of objects merge by id", () => {
    const p = process({
      award: { ...process().award!, status: "CONFIRMED" },
      contracts: [
        {
          reference: "C-1",
          title: "Holiday play",
          totalValue: "200000",
          startDate: d("2026-04-01"),
          endDate: d("2028-03-31"),
          terminatedAt: null,
          signedAt: d("2026-03-28"),
          supplier: { id: "org-1", name: "Play Ltd" },
          payments: [
            { reference: "P1", amount: "25000", paidOn: d("2026-07-30") },
            { reference: "P2", amount: "25000", paidOn: d("2026-10-30") },
          ],
          milestones: [
            {
              id: "m1",
              title: "Days, Q1",
              dueDate: d("2026-06-30"),
              acceptedAt: d("2026-07-20"),
              rag: "GREEN",
            },
            {
              id: "m2",
              title: "Children, Q1",
              dueDate: d("2026-06-30"),
              acceptedAt: d("2026-07-20"),
              rag: "RED",
            },
          ],
        },
      ],
    });
    const releases = processReleases(council, p);
    const record = compileRecord(processOcid(council, "T-1"), releases, "https://example.org/p");
    expect(record.releases).toHaveLength(releases.length);
    const compiled = record.compiledRelease as unknown as Record<string, never>;
    expect(compiled.tag).toEqual(["compiled"]);
    expect(compiled.tender).toMatchObject({
      status: "complete",
      title: "Holiday play tender",
      numberOfTenderers: 3,
    });
    const contract = (compiled.contracts as unknown as Record<string, never>[])[0];
    expect(contract).toMatchObject({ id: "C-1", status: "active" });
    expect(contract.implementation).toMatchObject({
      transactions: [{ id: "P1" }, { id: "P2" }],
      milestones: [
        { id: "m1", status: "met", dateMet: "2026-07-20T00:00:00.000Z" },
        { id: "m2", status: "notMet" },
      ],
    });
  });
});
