import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { listReturns, type ReturnsView } from "@/lib/data/contracts/list-returns";
import { listContracts, type ContractFilter } from "@/lib/data/contracts/list-contracts";
import { listOpenMeetingActions } from "@/lib/data/contracts/meetings";
import { listCouncilFeedback, type CouncilFeedbackFilters } from "@/lib/data/feedback/list-council-feedback";
import { listAnnouncements } from "@/lib/data/announcements/list-announcements";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events";
import { makeActor, makeContract, makeCouncil, makeOrganisation } from "./factories";

/**
 * The actor's scope sits outside every filter: a crafted filter value (an inherited object key, an
 * id of another council's or organisation's record) can narrow a list, never widen it.
 */
const d = (s: string) => new Date(`${s}T00:00:00Z`);
const NOW = new Date("2027-06-15T10:00:00Z");
const CRAFTED = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];

let northshire: Actor;
let northshireProvider: Actor;
let eastbrook: Actor;
let eastbrookOrgId: string;
let otherNorthshireOrgId: string;
let serviceTypeId: string;

async function contractIn(councilId: string, organisationId: string, reference: string) {
  const c = await makeContract({
    councilId,
    organisationId,
    serviceTypeId,
    reference,
    start: "2026-04-01",
    end: "2029-03-31",
    annualValue: "10000.00",
    totalValue: "30000.00",
  });
  // One overdue period (no return), one submitted and one queried: every view has a row.
  for (const [i, status] of [null, "SUBMITTED", "QUERIED"].entries()) {
    const period = await prisma.returnPeriod.create({
      data: {
        councilId,
        contractId: c.id,
        label: `${reference} period ${i}`,
        startDate: d(`2026-0${4 + i}-01`),
        endDate: d(`2026-0${4 + i}-28`),
        dueDate: d("2026-07-20"),
      },
    });
    if (status)
      await prisma.outcomeReturn.create({
        data: {
          councilId,
          organisationId,
          returnPeriodId: period.id,
          contractId: c.id,
          status: status as "SUBMITTED" | "QUERIED",
          submittedAt: NOW,
        },
      });
  }
  const meeting = await prisma.contractMeeting.create({
    data: {
      councilId,
      contractId: c.id,
      heldAt: d("2027-01-10"),
      attendees: "Both sides",
      notes: "Notes",
      createdById: "test",
    },
  });
  await prisma.meetingAction.create({
    data: {
      councilId,
      meetingId: meeting.id,
      contractId: c.id,
      description: `${reference} action`,
      ownerName: "Someone",
      ownerSide: "PROVIDER",
      dueDate: d("2027-02-01"),
    },
  });
  return c;
}

beforeAll(async () => {
  serviceTypeId = (
    await prisma.serviceType.create({ data: { code: `st-${randomUUID().slice(0, 6)}`, name: "Scope" } })
  ).id;
  const north = await makeCouncil();
  const east = await makeCouncil();
  const northOrg = await makeOrganisation(north.id, "North Org");
  const otherNorthOrg = await makeOrganisation(north.id, "Other North Org");
  const eastOrg = await makeOrganisation(east.id, "East Org");
  otherNorthshireOrgId = otherNorthOrg.id;
  eastbrookOrgId = eastOrg.id;
  northshire = await makeActor(north.id, "COMMISSIONER");
  northshireProvider = await makeActor(north.id, "PROVIDER", { organisationId: northOrg.id });
  eastbrook = await makeActor(east.id, "COMMISSIONER");
  await contractIn(north.id, northOrg.id, "NORTH-OWN");
  await contractIn(north.id, otherNorthOrg.id, "NORTH-OTHER");
  await contractIn(east.id, eastOrg.id, "EAST-1");
  await prisma.feedback.create({
    data: { councilId: east.id, source: "PARENT", receiptCode: "EAST-FB", organisationId: eastOrg.id },
  });
  await prisma.announcement.create({
    data: {
      councilId: east.id,
      kind: "ANNOUNCEMENT",
      title: "EAST announcement",
      body: "Body",
      publishedAt: NOW,
      createdById: eastbrook.userId,
    },
  });
  await prisma.auditEvent.create({
    data: {
      councilId: east.id,
      action: "test:east",
      entityType: "Test",
      entityId: "x",
      summary: "EAST event",
    },
  });
});

/** Calls `fn`; a thrown error is an acceptable answer to a crafted value, a leak is not. */
async function rowsOrNothing<T>(fn: () => Promise<{ items: T[] }>): Promise<T[]> {
  try {
    return (await fn()).items;
  } catch {
    return [];
  }
}

describe("returns", () => {
  it.each(CRAFTED)("a view of %s never lists another council's returns", async (view) => {
    const rows = await rowsOrNothing(() => listReturns(northshire, view as ReturnsView, 1, NOW));
    expect(rows.map((r) => r.contract.reference)).not.toContain("EAST-1");
  });
});

describe("contracts", () => {
  it.each(CRAFTED)("a status or RAG of %s never lists another council's contracts", async (value) => {
    for (const filter of [
      { status: value, page: 1 },
      { rag: value, page: 1 },
    ] as unknown as ContractFilter[]) {
      const rows = await rowsOrNothing(() => listContracts(northshire, filter, NOW));
      expect(rows.map((r) => r.reference)).not.toContain("EAST-1");
    }
  });

  it("a provider's organisation filter cannot replace its own organisation", async () => {
    for (const organisationId of [otherNorthshireOrgId, eastbrookOrgId]) {
      const rows = await listContracts(northshireProvider, { organisationId, page: 1 }, NOW);
      expect(rows.items.map((r) => r.reference)).toEqual([]);
    }
    const own = await listContracts(northshireProvider, { page: 1 }, NOW);
    expect(own.items.map((r) => r.reference)).toEqual(["NORTH-OWN"]);
  });

  it("a commissioner's provider filter naming another council's organisation finds nothing", async () => {
    const rows = await listContracts(northshire, { organisationId: eastbrookOrgId, page: 1 }, NOW);
    expect(rows.items).toEqual([]);
  });
});

describe("other lists", () => {
  it("meeting actions stay in the council and, for a provider, the organisation", async () => {
    const all = await listOpenMeetingActions(northshire, { overdueOnly: false, page: 1 }, NOW);
    expect(all.items.map((a) => a.description).sort()).toEqual(["NORTH-OTHER action", "NORTH-OWN action"]);
    const own = await listOpenMeetingActions(northshireProvider, { overdueOnly: false, page: 1 }, NOW);
    expect(own.items.map((a) => a.description)).toEqual(["NORTH-OWN action"]);
  });

  it("feedback filters naming another council's records find nothing", async () => {
    for (const filters of [
      { organisationId: eastbrookOrgId },
      { status: "constructor" },
      { source: "__proto__" },
    ] as CouncilFeedbackFilters[]) {
      const rows = await rowsOrNothing(() => listCouncilFeedback(northshire, filters, 1));
      expect(rows.map((f) => f.receiptCode)).not.toContain("EAST-FB");
    }
  });

  it("announcements and the audit log keep to the council whatever the filter", async () => {
    for (const kind of [undefined, ...CRAFTED]) {
      const rows = await rowsOrNothing(() =>
        listAnnouncements(northshire, { kind: kind as never, page: 1 }, NOW),
      );
      expect(rows.map((a) => a.title)).not.toContain("EAST announcement");
    }
    for (const action of [undefined, "test:east", ...CRAFTED]) {
      const rows = await rowsOrNothing(() => listAuditEvents(northshire, { action }, 1));
      expect(rows.map((e) => e.summary)).not.toContain("EAST event");
    }
  });
});
