import fs from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { prisma } from "@/lib/db";
import { GET as listRoute } from "@/app/api/ocds/[slug]/releases/route";
import { GET as processRoute } from "@/app/api/ocds/[slug]/releases/[ocid]/route";
import { GET as oldRoute } from "@/app/(public)/councils/[slug]/tenders/ocds/route";
import {
  makeActor,
  makeApprovedSpecification,
  makeChild,
  makeContract,
  makeCouncil,
  makeOrganisation,
  makeReturnPeriod,
} from "./factories";
import { ocdsValidator } from "./ocds-validator";
import { recordContractPayment } from "@/lib/data/contracts/record-contract-payment";
import { contractPaymentSchema } from "@/lib/schemas/contract-payment";

// Signed out: the feed is public.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

const validPackage = ocdsValidator();
const validRelease = (() => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const dir = path.resolve(import.meta.dirname, "../fixtures/standards/ocds");
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(dir, "release-schema.json"), "utf8")));
})();

type Handler = (
  request: NextRequest,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;
const call = async (handler: unknown, url: string, params: Record<string, string>) => {
  const response = await (handler as Handler)(new NextRequest(url), { params: Promise.resolve(params) });
  const json = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
  return { response, body: json };
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A council with one whole process (approved specification, published tender, confirmed award in
 * standstill, contract with two payments and an accepted return), an approved specification not
 * yet tendered, an imported contract, a cancelled draft tender, and a personal budget payment.
 */
async function councilWithProcess(ocidPrefix: string | null) {
  const council = await prisma.council.update({
    where: { id: (await makeCouncil()).id },
    data: { ocidPrefix },
  });
  const commissioner = await makeActor(council.id, "COMMISSIONER");
  const org = await makeOrganisation(council.id, "Beta Breaks Ltd");
  const loser = await makeOrganisation(council.id, "Unsuccessful Bidder Ltd");
  const spec = await makeApprovedSpecification({
    councilId: council.id,
    author: commissioner,
    approvedAt: day("2026-01-10"),
  });
  const specVersionId = spec.versions[0].id;
  const tenderBase = {
    councilId: council.id,
    description: "Holiday play for disabled children.",
    specificationVersionId: specVersionId,
    estimatedValue: "300000",
    clarificationDeadline: day("2026-02-20"),
    submissionDeadline: day("2026-03-01"),
    evaluationEndsAt: day("2026-03-20"),
    createdById: commissioner.userId,
  };
  const tender = await prisma.tender.create({
    data: {
      ...tenderBase,
      reference: "T-PLAY-1",
      title: "Holiday play",
      status: "AWARDED",
      publishedAt: day("2026-02-01"),
    },
  });
  await prisma.tender.create({
    data: {
      ...tenderBase,
      reference: "T-SECRET",
      title: "Cancelled draft nobody saw",
      status: "CANCELLED",
      publishedAt: null,
    },
  });
  const win = await prisma.bid.create({
    data: {
      councilId: council.id,
      tenderId: tender.id,
      organisationId: org.id,
      status: "SUBMITTED",
      price: "100000",
    },
  });
  await prisma.bid.create({
    data: {
      councilId: council.id,
      tenderId: tender.id,
      organisationId: loser.id,
      status: "SUBMITTED",
      price: "90000",
    },
  });
  const contract = await makeContract({
    councilId: council.id,
    organisationId: org.id,
    serviceTypeId: spec.serviceTypeId,
    reference: "C-PLAY-1",
    start: "2026-04-01",
    end: "2029-03-31",
    totalValue: "300000.00",
  });
  await prisma.contract.update({
    where: { id: contract.id },
    data: { tenderId: tender.id, specificationVersionId: specVersionId, createdAt: day("2026-03-30") },
  });
  await prisma.award.create({
    data: {
      councilId: council.id,
      tenderId: tender.id,
      winningBidId: win.id,
      status: "CONFIRMED",
      commissionerDecisionAt: day("2026-03-18"),
      youngPanelApprovedAt: day("2026-03-19"),
      standstillEndsAt: day("2026-03-29"),
      contractId: contract.id,
    },
  });
  await prisma.contractPayment.createMany({
    data: [
      {
        councilId: council.id,
        contractId: contract.id,
        amount: "25000.00",
        paidOn: day("2026-07-30"),
        reference: "PAY-001",
      },
      {
        councilId: council.id,
        contractId: contract.id,
        amount: "25000.00",
        paidOn: day("2026-10-30"),
        reference: "PAY-002",
      },
    ],
  });
  const kpi = await prisma.kpi.create({
    data: {
      councilId: council.id,
      contractId: contract.id,
      name: "Play days",
      unit: "DAYS",
      targetPerPeriod: "10",
    },
  });
  const period = await makeReturnPeriod(contract, {
    label: "Q1",
    start: "2026-04-01",
    end: "2026-06-30",
    due: "2026-07-20",
  });
  const ret = await prisma.outcomeReturn.create({
    data: {
      councilId: council.id,
      returnPeriodId: period.id,
      contractId: contract.id,
      organisationId: org.id,
      status: "ACCEPTED",
      acceptedAt: day("2026-07-25"),
    },
  });
  await prisma.kpiActual.create({
    data: { councilId: council.id, outcomeReturnId: ret.id, kpiId: kpi.id, value: "8" },
  });

  // Planning only: a second approved specification with no tender yet.
  await makeApprovedSpecification({
    councilId: council.id,
    author: commissioner,
    approvedAt: day("2026-09-01"),
  });
  // A contract let before the portal (imported), with no tender here.
  await makeContract({
    councilId: council.id,
    organisationId: org.id,
    reference: "C-OLD-7",
    start: "2025-01-01",
    end: "2027-12-31",
  });

  // A managed personal budget paying the same provider: about one child, never published.
  const child = await makeChild(council.id);
  const budget = await prisma.personalBudget.create({
    data: {
      councilId: council.id,
      childId: child.id,
      type: "MANAGED",
      status: "ACTIVE",
      annualAmount: "4321.00",
      startDate: day("2026-04-01"),
      endDate: day("2027-03-31"),
      nextReviewDate: day("2027-03-01"),
    },
  });
  await prisma.budgetPayment.create({
    data: {
      councilId: council.id,
      personalBudgetId: budget.id,
      kind: "PROVIDER_INVOICE",
      amount: "987.65",
      paidOn: day("2026-08-15"),
      reference: "PB-INVOICE-SECRET",
      organisationId: org.id,
      createdById: commissioner.userId,
    },
  });
  return { council, spec };
}

describe("the OCDS feed of the whole contracting process", () => {
  it("publishes planning, tender, award, contract and implementation releases, valid, with the council's prefix", async () => {
    const { council } = await councilWithProcess("ocds-zz9test");
    const url = `http://localhost/api/ocds/${council.slug}/releases?limit=500`;
    const { response, body } = await call(listRoute, url, { slug: council.slug });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(validPackage(body), JSON.stringify(validPackage.errors)).toBe(true);
    expect(body.links).toBeUndefined();

    const ocid = `ocds-zz9test-${council.slug}-T-PLAY-1`;
    const process = body.releases.filter((r: { ocid: string }) => r.ocid === ocid);
    expect(process.map((r: { tag: string[] }) => r.tag[0])).toEqual([
      "planning",
      "tender",
      "tenderUpdate",
      "award",
      "contract",
      "implementation",
      "implementation",
      "implementation",
    ]);
    for (const r of body.releases) {
      expect(r).toMatchObject({ initiationType: "tender" });
      expect(r.ocid.startsWith("ocds-zz9test-")).toBe(true);
      expect(validRelease(r), JSON.stringify(validRelease.errors)).toBe(true);
    }
    const award = process.find((r: { tag: string[] }) => r.tag[0] === "award").awards[0];
    expect(award).toMatchObject({
      status: "active",
      value: { amount: 300000, currency: "GBP" },
      standstillPeriod: { endDate: "2026-03-29T00:00:00.000Z" },
    });
    const impl = process.filter((r: { tag: string[] }) => r.tag[0] === "implementation");
    expect(impl[0].contracts[0].implementation.milestones).toEqual([
      expect.objectContaining({
        title: "Play days, Q1",
        status: "partiallyMet",
        dueDate: "2026-06-30T00:00:00.000Z",
      }),
    ]);
    expect(impl[1].contracts[0].implementation.transactions[0]).toMatchObject({
      id: "PAY-001",
      value: { amount: 25000, currency: "GBP" },
    });
    // Dates only ever go forward through the package.
    const dates = body.releases.map((r: { date: string }) => r.date);
    expect([...dates].sort()).toEqual(dates);
    // The untendered specification and the imported contract are processes of their own.
    const ocids = new Set(body.releases.map((r: { ocid: string }) => r.ocid));
    expect(ocids.size).toBe(3);
    expect(ocids.has(`ocds-zz9test-${council.slug}-C-OLD-7`)).toBe(true);

    const text = JSON.stringify(body);
    expect(text).not.toContain("Cancelled draft nobody saw");
    expect(text).not.toContain("Unsuccessful Bidder");
  });

  it("never publishes a personal budget payment, on any page or in any record", async () => {
    const { council } = await councilWithProcess(null);
    const pages: string[] = [];
    let url: string | undefined = `http://localhost/api/ocds/${council.slug}/releases?limit=2`;
    while (url) {
      const { body } = await call(listRoute, url, { slug: council.slug });
      expect(validPackage(body), JSON.stringify(validPackage.errors)).toBe(true);
      pages.push(JSON.stringify(body));
      url = body.links?.next;
      expect(pages.length).toBeLessThan(20);
    }
    const all = pages.map((p) => JSON.parse(p).releases).flat();
    expect(all.length).toBe(10);
    expect(new Set(all.map((r: { id: string }) => r.id)).size).toBe(10);
    const transactions = all.flatMap(
      (r: { contracts?: { implementation?: { transactions?: { id: string }[] } }[] }) =>
        r.contracts?.flatMap((c) => c.implementation?.transactions ?? []) ?? [],
    );
    expect(transactions.map((t: { id: string }) => t.id)).toEqual(["PAY-001", "PAY-002"]);
    for (const text of pages) {
      expect(text).not.toContain("PB-INVOICE-SECRET");
      expect(text).not.toContain("987.65");
      expect(text).not.toContain("4321");
    }
    // The default prefix when the council has none of its own.
    expect(all[0].ocid.startsWith(`ocds-sbp001-${council.slug}-`)).toBe(true);
  });

  it("gives one process's releases and its compiled record, and nothing for another council's", async () => {
    const { council } = await councilWithProcess(null);
    const other = await councilWithProcess(null);
    const ocid = `ocds-sbp001-${council.slug}-T-PLAY-1`;
    const { response, body } = await call(
      processRoute,
      `http://localhost/api/ocds/${council.slug}/releases/${ocid}`,
      {
        slug: council.slug,
        ocid,
      },
    );
    expect(response.status).toBe(200);
    expect(validPackage(body), JSON.stringify(validPackage.errors)).toBe(true);
    expect(body.releases).toHaveLength(8);
    const [record] = body.records;
    expect(record.ocid).toBe(ocid);
    expect(record.releases).toHaveLength(8);
    expect(validRelease(record.compiledRelease), JSON.stringify(validRelease.errors)).toBe(true);
    expect(record.compiledRelease).toMatchObject({
      tag: ["compiled"],
      tender: { id: "T-PLAY-1", status: "complete", numberOfTenderers: 2, title: "Holiday play" },
      awards: [expect.objectContaining({ status: "active" })],
      planning: { budget: { amount: { amount: 360000, currency: "GBP" } } },
    });
    expect(record.compiledRelease.contracts[0].implementation.transactions).toHaveLength(2);
    expect(record.compiledRelease.contracts[0].implementation.milestones).toHaveLength(1);

    for (const [slug, id] of [
      [other.council.slug, ocid],
      [council.slug, `ocds-sbp001-${council.slug}-T-SECRET`],
      [council.slug, "nonsense"],
    ]) {
      const r = await call(processRoute, `http://localhost/api/ocds/${slug}/releases/${id}`, {
        slug,
        ocid: id,
      });
      expect(r.response.status, `${slug} ${id}`).toBe(404);
    }
  });

  it("keeps the old tenders address working as a redirect, and crafted cursors start from the beginning", async () => {
    const { council } = await councilWithProcess(null);
    const old = await call(oldRoute, `http://localhost/councils/${council.slug}/tenders/ocds`, {
      slug: council.slug,
    });
    expect(old.response.status).toBe(308);
    expect(old.response.headers.get("location")).toBe(`http://localhost/api/ocds/${council.slug}/releases`);
    const crafted = await call(
      listRoute,
      `http://localhost/api/ocds/${council.slug}/releases?cursor=%7B%22d%22&limit=-4`,
      {
        slug: council.slug,
      },
    );
    expect(crafted.response.status).toBe(200);
    expect(crafted.body.releases).toHaveLength(10);
    const missing = await call(listRoute, "http://localhost/api/ocds/nowhere/releases", { slug: "nowhere" });
    expect(missing.response.status).toBe(404);
  });

  it("publishes a payment a commissioner records, once, and only on the council's own contract", async () => {
    const { council } = await councilWithProcess(null);
    const commissioner = await makeActor(council.id, "COMMISSIONER");
    const other = await makeActor((await makeCouncil()).id, "COMMISSIONER");
    const contract = await prisma.contract.findFirstOrThrow({
      where: { councilId: council.id, reference: "C-PLAY-1" },
    });
    const input = (over: Record<string, unknown> = {}) =>
      contractPaymentSchema.parse({
        contractId: contract.id,
        reference: "PAY-003",
        amount: "£25,000.00",
        paidOn: { day: "30", month: "1", year: "2027" },
        ...over,
      });
    const now = new Date("2027-02-01T12:00:00Z");
    await expect(recordContractPayment(other, input(), now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      recordContractPayment(commissioner, input({ paidOn: { day: "2", month: "2", year: "2027" } }), now),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { paidOn: expect.any(String) } });
    await recordContractPayment(commissioner, input(), now);
    await expect(recordContractPayment(commissioner, input(), now)).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { reference: expect.any(String) },
    });
    expect(
      await prisma.auditEvent.count({ where: { councilId: council.id, action: "contract:payment" } }),
    ).toBe(1);

    const { body } = await call(listRoute, `http://localhost/api/ocds/${council.slug}/releases?limit=500`, {
      slug: council.slug,
    });
    expect(validPackage(body), JSON.stringify(validPackage.errors)).toBe(true);
    const ids = body.releases.flatMap(
      (r: { contracts?: { implementation?: { transactions?: { id: string }[] } }[] }) =>
        r.contracts?.flatMap((c) => c.implementation?.transactions?.map((t) => t.id) ?? []) ?? [],
    );
    expect(ids).toEqual(["PAY-001", "PAY-002", "PAY-003"]);
  });
});
