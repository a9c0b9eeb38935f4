import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import {
  COMMISSIONER_TILE_LINKS,
  getCommissionerDashboard,
} from "@/lib/data/dashboards/commissioner-dashboard";
import { PROVIDER_TILE_LINKS, getProviderDashboard } from "@/lib/data/dashboards/provider-dashboard";
import { expiryPipeline } from "@/lib/data/contracts/expiry-pipeline";
import { listContracts } from "@/lib/data/contracts/list-contracts";
import { ragSummary } from "@/lib/data/contracts/rag-summary";
import { listReturns } from "@/lib/data/contracts/list-returns";
import { listOpenMeetingActions } from "@/lib/data/contracts/meetings";
import { parseSearchParams } from "@/lib/schemas/search-params";
import {
  contractListSearchSchema,
  meetingActionsSearchSchema,
  providerContractListSearchSchema,
  returnsSearchSchema,
} from "@/lib/schemas/contract-search";
import { makeActor, makeContract, makeCouncil, makeOrganisation } from "./factories";
import { listVenueReviews } from "@/lib/data/involvement/list-venue-reviews";
import { venueReviewSearchSchema } from "@/lib/schemas/involvement";

/**
 * Each linked dashboard tile counts what the list it opens shows: the tile's link is read with the
 * page's own search-param schema and passed to the list's data function, as the page does.
 */
// 31 August: six months on is 28 February (no 31st), the edge the old addMonths got wrong.
const NOW = new Date("2027-08-31T10:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);

let commissioner: Actor;
let provider: Actor;

/** The total of the list a link opens, as the page at that path would list it. */
async function listTotal(actor: Actor, href: string): Promise<number> {
  const url = new URL(href, "https://portal.example");
  const q = url.searchParams;
  switch (url.pathname) {
    case "/commissioner/returns": {
      const p = parseSearchParams(returnsSearchSchema, q);
      return (await listReturns(actor, p.view, p.page, NOW)).total;
    }
    case "/commissioner/contracts": {
      const p = parseSearchParams(contractListSearchSchema, q);
      const filter = {
        status: p.status,
        rag: p.rag,
        endingWithinMonths: p.ending,
        organisationId: p.provider,
        serviceTypeId: p.serviceType,
        districtId: p.district,
        page: p.page,
      };
      return (await listContracts(actor, filter, NOW)).total;
    }
    case "/provider/contracts": {
      const p = parseSearchParams(providerContractListSearchSchema, q);
      const filter = { current: !!p.current, queried: !!p.queried, page: p.page };
      return (await listContracts(actor, filter, NOW)).total;
    }
    case "/commissioner/meeting-actions":
    case "/provider/meeting-actions": {
      const p = parseSearchParams(meetingActionsSearchSchema, q);
      return (await listOpenMeetingActions(actor, { overdueOnly: p.view === "overdue", page: p.page }, NOW))
        .total;
    }
    case "/provider/venue-reviews": {
      const p = parseSearchParams(venueReviewSearchSchema, q);
      return (await listVenueReviews(actor, { page: p.page, view: p.view }, NOW)).total;
    }
    default:
      throw new Error(`dashboard-tiles: no list for ${url.pathname}; add it here`);
  }
}

beforeAll(async () => {
  const council = await makeCouncil();
  const councilId = council.id;
  const org = await makeOrganisation(councilId, "Tile Org");
  const other = await makeOrganisation(councilId, "Other Tile Org");
  commissioner = await makeActor(councilId, "COMMISSIONER");
  provider = await makeActor(councilId, "PROVIDER", { organisationId: org.id });
  const serviceTypeId = (
    await prisma.serviceType.create({ data: { code: `st-${randomUUID().slice(0, 6)}`, name: "Tiles" } })
  ).id;
  // Venue reviews: one waiting for the provider's answers, one answered, one of another organisation.
  for (const [organisationId, status] of [
    [org.id, "VISITED"],
    [org.id, "PROVIDER_RESPONDED"],
    [other.id, "VISITED"],
  ] as const)
    await prisma.venueReview.create({
      data: { councilId, organisationId, venueName: "Hall", status, createdById: commissioner.userId },
    });
  const rows: [string, string, string, string | null, "RED" | "GREEN" | null, string][] = [
    // reference, start, end, terminated, RAG, organisation
    ["ends-on-the-window-edge", "2025-03-01", "2028-02-29", null, "RED", org.id], // 31 Aug + 6 months
    ["ends-a-day-after-the-edge", "2025-03-01", "2028-03-01", null, "GREEN", org.id],
    ["ends-today", "2025-01-01", "2027-08-31", null, "RED", other.id],
    ["ended-at-red", "2023-01-01", "2027-06-30", null, "RED", org.id],
    ["terminated-later", "2025-01-01", "2027-12-31", "2027-10-01", "RED", org.id],
    ["terminated-already", "2025-01-01", "2027-12-31", "2027-07-01", "RED", org.id],
    ["mobilising-short", "2027-10-01", "2028-01-31", null, null, org.id],
    ["long", "2026-01-01", "2030-12-31", null, "GREEN", org.id],
  ];
  for (const [reference, start, end, terminated, rag, organisationId] of rows) {
    const c = await makeContract({
      councilId,
      organisationId,
      serviceTypeId,
      reference,
      start,
      end,
      annualValue: "1000.00",
      totalValue: "3000.00",
      terminated,
      currentRag: rag,
    });
    const [overdue, submitted, queried] = await Promise.all(
      [
        ["q1", "2027-01-01", "2027-03-31", "2027-04-20"],
        ["q2", "2027-04-01", "2027-06-30", "2027-07-20"],
        ["q3", "2027-07-01", "2027-07-31", "2027-08-20"],
      ].map(([label, s, e, due]) =>
        prisma.returnPeriod.create({
          data: { councilId, contractId: c.id, label, startDate: d(s), endDate: d(e), dueDate: d(due) },
        }),
      ),
    );
    void overdue;
    // Two queried returns on one contract: the provider's tile counts contracts, as its list does.
    const twice = reference === "ended-at-red";
    for (const [period, status] of [
      [submitted, twice ? "QUERIED" : "SUBMITTED"],
      [queried, "QUERIED"],
    ] as const)
      if (reference !== "long")
        await prisma.outcomeReturn.create({
          data: { councilId, contractId: c.id, organisationId, returnPeriodId: period.id, status },
        });
    const meeting = await prisma.contractMeeting.create({
      data: {
        councilId,
        contractId: c.id,
        heldAt: d("2027-05-01"),
        attendees: "All",
        notes: "-",
        createdById: "t",
      },
    });
    await prisma.meetingAction.createMany({
      data: [
        { due: "2027-08-30", status: "OPEN" as const },
        { due: "2027-08-31", status: "OPEN" as const },
        { due: "2027-07-01", status: "DONE" as const },
      ].map((a) => ({
        councilId,
        meetingId: meeting.id,
        contractId: c.id,
        description: `${reference} ${a.due}`,
        ownerName: "Someone",
        ownerSide: "PROVIDER" as const,
        dueDate: d(a.due),
        status: a.status,
      })),
    });
  }
});

describe("dashboard tiles count what their links list", () => {
  it("commissioner", async () => {
    const dash = await getCommissionerDashboard(commissioner, NOW);
    const tiles: Record<keyof typeof COMMISSIONER_TILE_LINKS, number> = {
      returnsToReview: dash.returnsToReview,
      overdueReturns: dash.overdueReturns,
      endingWithin6Months: dash.endingWithin6Months.count,
      overdueActions: dash.overdueActions,
      redContracts: dash.redContracts,
    };
    for (const [tile, href] of Object.entries(COMMISSIONER_TILE_LINKS)) {
      expect(tiles[tile as keyof typeof tiles], `${tile} → ${href}`).toBe(
        await listTotal(commissioner, href),
      );
    }
    // The data is built so that every tile has something to count.
    expect(Object.values(tiles).every((n) => n > 0)).toBe(true);
  });

  it("provider", async () => {
    const dash = await getProviderDashboard(provider, NOW);
    const tiles: Record<keyof typeof PROVIDER_TILE_LINKS, number> = {
      contracts: dash.contracts,
      queried: dash.queried,
      overdueActions: dash.overdueActions,
      reviewsToAnswer: dash.reviewsToAnswer,
    };
    for (const [tile, href] of Object.entries(PROVIDER_TILE_LINKS)) {
      expect(tiles[tile as keyof typeof tiles], `${tile} → ${href}`).toBe(await listTotal(provider, href));
    }
    expect(Object.values(tiles).every((n) => n > 0)).toBe(true);
  });

  it("the contracts page's RAG tiles and expiry windows count what their links list", async () => {
    const rags = await ragSummary(commissioner, NOW);
    for (const rag of ["RED", "AMBER", "GREEN", "NONE"] as const)
      expect(rags[rag], rag).toBe(await listTotal(commissioner, `/commissioner/contracts?rag=${rag}`));
    const { windows } = await expiryPipeline(commissioner, NOW);
    for (const w of windows)
      expect(w.count, `${w.months} months`).toBe(
        await listTotal(commissioner, `/commissioner/contracts?ending=${w.months}`),
      );
    // Six months from 31 August is 29 February 2028 (a leap year), not 2 March.
    const ending = await listContracts(commissioner, { endingWithinMonths: 6, page: 1 }, NOW);
    expect(ending.items.map((c) => c.reference)).toContain("ends-on-the-window-edge");
    expect(ending.items.map((c) => c.reference)).not.toContain("ends-a-day-after-the-edge");
    const dash = await getCommissionerDashboard(commissioner, NOW);
    expect(windows.find((w) => w.months === 6)?.count).toBe(dash.endingWithin6Months.count);
  });
});
