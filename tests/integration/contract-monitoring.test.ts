import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getContract } from "@/lib/data/contracts/get-contract";
import { listContracts } from "@/lib/data/contracts/list-contracts";
import { ragSummary } from "@/lib/data/contracts/rag-summary";
import { reviewReturn, saveReturn } from "@/lib/data/contracts/returns";
import { updateKpiThresholds } from "@/lib/data/contracts/kpi-thresholds";
import { addVariation } from "@/lib/data/contracts/variations";
import { spendByYear } from "@/lib/data/contracts/spend-by-year";
import { listReturns } from "@/lib/data/contracts/list-returns";
import {
  addMeeting,
  addMeetingAction,
  listContractMeetings,
  listOpenMeetingActions,
  setMeetingActionStatus,
} from "@/lib/data/contracts/meetings";
import { makeActor, makeCouncil, makeOrganisation } from "./factories";

const NOW = new Date("2027-06-15T10:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);

let commissioner: Actor;
let provider: Actor;
let otherProvider: Actor;
let outsider: Actor;
let councilId: string;
let serviceTypeId: string;
let orgId: string;

async function makeContract(
  reference: string,
  start: string,
  end: string,
  extra: { terminatedAt?: string; organisationId?: string; annualValue?: string } = {},
) {
  return prisma.contract.create({
    data: {
      councilId,
      reference,
      title: reference,
      organisationId: extra.organisationId ?? orgId,
      serviceTypeId,
      annualValue: extra.annualValue ?? "36500.00",
      totalValue: "100000.00",
      startDate: d(start),
      endDate: d(end),
      originalEndDate: d(end),
      terminatedAt: extra.terminatedAt ? d(extra.terminatedAt) : null,
    },
  });
}

/** A contract with one KPI (target 10 a quarter) and two ended quarters, for the return cycle. */
async function contractWithKpi(reference: string) {
  const c = await makeContract(reference, "2026-10-01", "2029-09-30");
  const kpi = await prisma.kpi.create({
    data: { councilId, contractId: c.id, name: "Play days", unit: "DAYS", targetPerPeriod: "10" },
  });
  const [q4, q1] = await Promise.all(
    [
      ["October to December 2026", "2026-10-01", "2026-12-31", "2027-01-20"],
      ["January to March 2027", "2027-01-01", "2027-03-31", "2027-04-20"],
    ].map(([label, s, e, due]) =>
      prisma.returnPeriod.create({
        data: { councilId, contractId: c.id, label, startDate: d(s), endDate: d(e), dueDate: d(due) },
      }),
    ),
  );
  return { contract: c, kpi, q4, q1 };
}

function returnInput(contractId: string, periodId: string, kpiId: string, value: string) {
  return {
    contractId,
    periodId,
    intent: "submit" as const,
    actuals: { [kpiId]: value },
    childrenSupported: "12",
    familiesSupported: "10",
    narrative: "A good quarter",
    childVoiceMethod: "Picture cards",
    childVoiceSummary: "More swimming",
    caseStudy: "",
    reply: "",
  };
}

beforeAll(async () => {
  const council = await makeCouncil();
  councilId = council.id;
  await prisma.council.update({ where: { id: councilId }, data: { annualBudget: "100000.00" } });
  commissioner = await makeActor(councilId, "COMMISSIONER");
  const org = await makeOrganisation(councilId, "Own Org");
  orgId = org.id;
  const other = await makeOrganisation(councilId, "Other Org");
  provider = await makeActor(councilId, "PROVIDER", { organisationId: org.id });
  otherProvider = await makeActor(councilId, "PROVIDER", { organisationId: other.id });
  outsider = await makeActor((await makeCouncil()).id, "COMMISSIONER");
  serviceTypeId = (
    await prisma.serviceType.create({ data: { code: `st-${randomUUID().slice(0, 6)}`, name: "Monitoring" } })
  ).id;
});

describe("RAG", () => {
  it("follows accepted results only, changes with the thresholds, and filters the list", async () => {
    const { contract, kpi, q4, q1 } = await contractWithKpi("RAG-1");
    await saveReturn(provider, returnInput(contract.id, q4.id, kpi.id, "7"), NOW);
    // Submitted but not accepted: no RAG yet.
    expect((await prisma.contract.findUniqueOrThrow({ where: { id: contract.id } })).currentRag).toBeNull();
    await reviewReturn(
      commissioner,
      { contractId: contract.id, periodId: q4.id, decision: "accept", message: "" },
      NOW,
    );
    // 7 of 10 is 70%: below amber (80%).
    expect((await getContract(commissioner, contract.id)).currentRag).toBe("RED");
    const red = await listContracts(commissioner, { rag: "RED", page: 1 }, NOW);
    expect(red.items.map((c) => c.reference)).toContain("RAG-1");
    expect(
      (await listContracts(commissioner, { rag: "GREEN", page: 1 }, NOW)).items.map((c) => c.reference),
    ).not.toContain("RAG-1");

    // The next quarter at 9.5 (95%) is green: the latest accepted result counts.
    await saveReturn(provider, returnInput(contract.id, q1.id, kpi.id, "9.5"), NOW);
    await reviewReturn(
      commissioner,
      { contractId: contract.id, periodId: q1.id, decision: "accept", message: "" },
      NOW,
    );
    expect((await getContract(commissioner, contract.id)).currentRag).toBe("GREEN");

    // Raising green to 99% makes 95% amber, at once and audited.
    expect(
      await updateKpiThresholds(commissioner, {
        contractId: contract.id,
        kpiId: kpi.id,
        greenPercent: "99",
        amberPercent: "90",
      }),
    ).toBe("AMBER");
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { councilId, action: "kpi:update-thresholds" },
    });
    expect(audit.metadata).toEqual({ from: { green: "95", amber: "80" }, to: { green: "99", amber: "90" } });
    const summary = await ragSummary(commissioner, NOW);
    expect(summary.AMBER).toBeGreaterThanOrEqual(1);
    expect(
      (await listContracts(commissioner, { rag: "AMBER", page: 1 }, NOW)).items.map((c) => c.reference),
    ).toContain("RAG-1");
  });

  it("keeps thresholds to the council's own KPIs", async () => {
    const { contract, kpi } = await contractWithKpi("RAG-2");
    await expect(
      updateKpiThresholds(outsider, {
        contractId: contract.id,
        kpiId: kpi.id,
        greenPercent: "90",
        amberPercent: "50",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await prisma.kpi.findUniqueOrThrow({ where: { id: kpi.id } })).greenPercent.toString()).toBe(
      "95",
    );
  });
});

describe("returns lists", () => {
  it("lists returns to review, queried and overdue with the dashboard's rules", async () => {
    const { contract, kpi, q4, q1 } = await contractWithKpi("RET-1");
    await saveReturn(provider, returnInput(contract.id, q4.id, kpi.id, "10"), NOW);
    const review = await listReturns(commissioner, "review", 1, NOW);
    expect(review.items.map((p) => p.id)).toContain(q4.id);
    const overdue = await listReturns(commissioner, "overdue", 1, NOW);
    expect(overdue.items.map((p) => p.id)).toContain(q1.id);
    expect(overdue.items.map((p) => p.id)).not.toContain(q4.id);
    await reviewReturn(
      commissioner,
      { contractId: contract.id, periodId: q4.id, decision: "query", message: "Why?" },
      NOW,
    );
    expect((await listReturns(commissioner, "queried", 1, NOW)).items.map((p) => p.id)).toContain(q4.id);
    expect((await listReturns(outsider, "queried", 1, NOW)).total).toBe(0);
  });
});

describe("spend by year", () => {
  it("counts each contract pro rata to its days in each financial year, against the budget, exactly", async () => {
    const council = await makeCouncil();
    await prisma.council.update({ where: { id: council.id }, data: { annualBudget: "50000.00" } });
    const actor = await makeActor(council.id, "COMMISSIONER");
    const org = await makeOrganisation(council.id);
    const make = (reference: string, start: string, end: string, terminatedAt?: string) =>
      prisma.contract.create({
        data: {
          councilId: council.id,
          reference,
          title: reference,
          organisationId: org.id,
          serviceTypeId,
          annualValue: "36500.00",
          totalValue: "36500.00",
          startDate: d(start),
          endDate: d(end),
          originalEndDate: d(end),
          terminatedAt: terminatedAt ? d(terminatedAt) : null,
        },
      });
    // A whole year (2027/28: 366 days with 29 Feb 2028), and half a year in 2027/28 terminated early.
    await make("S-1", "2027-04-01", "2028-03-31");
    await make("S-2", "2027-04-01", "2028-03-31", "2027-10-01");
    const years = await spendByYear(actor, NOW);
    expect(years.map((y) => y.label)).toEqual(["2026/27", "2027/28", "2028/29", "2029/30"]);
    const y = years[1];
    // S-1: 36,500 × 366/366; S-2: 36,500 × 183/366 (1 April to 30 September) = 18,250.
    expect(y.committed).toBe("54750.00");
    expect(y.contracts).toBe(2);
    expect(y.remaining).toBe("-4750.00");
    expect(y.percentOfBudget).toBe("110");
    expect(years[0].committed).toBe("0.00");
  });
});

describe("meetings and actions", () => {
  it("records a meeting once, adds actions, and lets each side close only what it may", async () => {
    const c = await makeContract("MEET-1", "2026-04-01", "2029-03-31");
    const key = randomUUID();
    const input = {
      submissionKey: key,
      contractId: c.id,
      heldAt: new Date("2027-06-01T09:00:00Z"),
      attendees: "A Commissioner, B Manager",
      notes: "Talked about summer places",
      satisfactionDiscussed: true,
    };
    const first = await addMeeting(commissioner, input, NOW);
    const again = await addMeeting(commissioner, input, NOW);
    expect(again).toEqual({ id: first.id, repeated: true });
    expect(await prisma.contractMeeting.count({ where: { contractId: c.id } })).toBe(1);
    // Provider staff were told.
    expect(
      await prisma.notification.count({ where: { membershipId: provider.membershipId } }),
    ).toBeGreaterThan(0);

    await expect(
      addMeeting(
        commissioner,
        { ...input, submissionKey: randomUUID(), heldAt: new Date("2027-07-01T09:00:00Z") },
        NOW,
      ),
    ).rejects.toMatchObject({ fieldErrors: { heldOn: "The meeting date must be today or in the past" } });

    const action = (ownerSide: "COUNCIL" | "PROVIDER", due: string) => ({
      submissionKey: randomUUID(),
      contractId: c.id,
      meetingId: first.id!,
      description: `${ownerSide} action`,
      ownerName: "Someone",
      ownerSide,
      dueDate: d(due),
    });
    await expect(addMeetingAction(commissioner, action("COUNCIL", "2027-05-01"))).rejects.toMatchObject({
      fieldErrors: { dueDate: "The due date must be on or after the meeting date" },
    });
    const providerAction = await addMeetingAction(commissioner, action("PROVIDER", "2027-06-10"));
    const councilAction = await addMeetingAction(commissioner, action("COUNCIL", "2027-07-10"));

    // Overdue on both sides.
    const overdueForProvider = await listOpenMeetingActions(provider, { overdueOnly: true, page: 1 }, NOW);
    expect(overdueForProvider.items.map((a) => a.id)).toEqual([providerAction.id]);
    expect(
      (await listOpenMeetingActions(commissioner, { overdueOnly: true, page: 1 }, NOW)).items.map(
        (a) => a.id,
      ),
    ).toContain(providerAction.id);
    expect((await listOpenMeetingActions(otherProvider, { overdueOnly: false, page: 1 }, NOW)).total).toBe(0);
    expect((await listOpenMeetingActions(outsider, { overdueOnly: false, page: 1 }, NOW)).total).toBe(0);

    // The provider may close its own action, not the council's; other organisations see nothing.
    await expect(
      setMeetingActionStatus(
        provider,
        { contractId: c.id, actionId: councilAction.id!, status: "DONE" },
        NOW,
      ),
    ).rejects.toBeInstanceOf(AppError);
    await expect(
      setMeetingActionStatus(
        otherProvider,
        { contractId: c.id, actionId: providerAction.id!, status: "DONE" },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setMeetingActionStatus(
      provider,
      { contractId: c.id, actionId: providerAction.id!, status: "DONE" },
      NOW,
    );
    const meetings = await listContractMeetings(provider, c.id);
    expect(meetings[0].actions.find((a) => a.id === providerAction.id)?.status).toBe("DONE");
    expect(await listContractMeetings(otherProvider, c.id)).toEqual([]);
    expect(await listContractMeetings(outsider, c.id)).toEqual([]);
    // The council can reopen it.
    await setMeetingActionStatus(
      commissioner,
      { contractId: c.id, actionId: providerAction.id!, status: "OPEN" },
      NOW,
    );
    expect(
      (await prisma.meetingAction.findUniqueOrThrow({ where: { id: providerAction.id! } })).completedAt,
    ).toBeNull();
    expect(await prisma.auditEvent.count({ where: { councilId, entityType: "MeetingAction" } })).toBe(4);
  });
});

describe("no lost updates (decision 0044)", () => {
  const stale = {
    code: "CONFLICT",
    message: expect.stringMatching(/changed by someone else.*Reload the page/),
  };

  it("a contract: a variation or thresholds from a page opened before a colleague's change are refused; reloaded, saved; a repeated submit records once", async () => {
    const { contract, kpi } = await contractWithKpi("EV-1");
    const thresholds = (greenPercent: string, editVersion: number) =>
      updateKpiThresholds(commissioner, {
        contractId: contract.id,
        kpiId: kpi.id,
        greenPercent,
        amberPercent: "50",
        editVersion,
      });
    const variation = (valueChange: string, editVersion: number) =>
      addVariation(commissioner, {
        kind: "VARIATION",
        contractId: contract.id,
        reason: `Change of ${valueChange}`,
        valueChange,
        effectiveDate: d("2027-07-01"),
        editVersion,
      });
    // Both opened the contract at version 1; the thresholds are saved first.
    await thresholds("90", 1);
    await expect(variation("-20000", 1)).rejects.toMatchObject(stale);
    await expect(thresholds("70", 1)).rejects.toMatchObject(stale);
    const after = async () => ({
      contract: await prisma.contract.findUniqueOrThrow({ where: { id: contract.id } }),
      kpi: await prisma.kpi.findUniqueOrThrow({ where: { id: kpi.id } }),
      variations: await prisma.contractVariation.count({ where: { contractId: contract.id } }),
    });
    let now = await after();
    expect(now.contract.totalValue.toString()).toBe("100000");
    expect(now.kpi.greenPercent.toString()).toBe("90");
    expect(now.variations).toBe(0);

    // Reloaded at version 2, the variation goes through; the same form sent again does not.
    await variation("-20000", 2);
    await expect(variation("-20000", 2)).rejects.toMatchObject(stale);
    now = await after();
    expect(now.contract).toMatchObject({ editVersion: 3 });
    expect(now.contract.totalValue.toString()).toBe("80000");
    expect(now.variations).toBe(1);
  });

  it("a return: a save from a page opened before a colleague's is refused and changes nothing; reloaded, it is saved", async () => {
    const { contract, kpi, q4 } = await contractWithKpi("EV-2");
    const draft = (narrative: string, editVersion: number) =>
      saveReturn(
        provider,
        { ...returnInput(contract.id, q4.id, kpi.id, "8"), intent: "save", narrative, editVersion },
        NOW,
      );
    // Two colleagues open the return before there is one (version 0); one saves first.
    await draft("First colleague", 0);
    await expect(draft("Second colleague", 0)).rejects.toMatchObject(stale);
    const ret = () => prisma.outcomeReturn.findUniqueOrThrow({ where: { returnPeriodId: q4.id } });
    expect(await ret()).toMatchObject({ narrative: "First colleague", editVersion: 1 });
    await draft("Second colleague", 1);
    await expect(draft("Late", 1)).rejects.toMatchObject(stale);
    expect(await ret()).toMatchObject({ narrative: "Second colleague", editVersion: 2, status: "DRAFT" });
  });
});
