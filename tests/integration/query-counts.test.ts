/**
 * Queries per request on the benchmark's pages (issue 20): each page's data calls, as the page
 * makes them, with the layout's own (the session and the unread count), are counted at the driver
 * on the demo data and again after the council gains many more contracts, returns, children and
 * feedback. A count that grows with the data is an N+1; each page also has a ceiling, so a new
 * query on a busy page is a decision, not an accident.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { seed } from "@/prisma/seed";
import type { Actor } from "@/lib/auth/actor";
import { loadSession } from "@/lib/auth/load-actor";
import { startSession } from "@/lib/auth/user-session";
import { countUnreadNotifications } from "@/lib/data/notifications/count-unread-notifications";
import { getCommissionerDashboard } from "@/lib/data/dashboards/commissioner-dashboard";
import { contractFilterOptions } from "@/lib/data/contracts/contract-filter-options";
import { listContracts } from "@/lib/data/contracts/list-contracts";
import { expiryPipeline } from "@/lib/data/contracts/expiry-pipeline";
import { ragSummary } from "@/lib/data/contracts/rag-summary";
import { spendByYear } from "@/lib/data/contracts/spend-by-year";
import { getContract } from "@/lib/data/contracts/get-contract";
import { getContractFeedbackSummary } from "@/lib/data/feedback/contract-feedback-summary";
import { listContractMeetings } from "@/lib/data/contracts/meetings";
import { getRegisterStatistics } from "@/lib/data/register/get-register-statistics";
import { getNeedsAnalysis } from "@/lib/data/specifications/get-needs-analysis";
import { getReturnPeriod } from "@/lib/data/contracts/returns";
import { getFamilyDashboard } from "@/lib/data/dashboards/family-dashboard";
import { getEvaluatorView } from "@/lib/data/tenders/evaluation";
import { getPublishedRegisterStatistics } from "@/lib/data/register/get-published-register-statistics";
import { listPublicTenders } from "@/lib/data/public/public-tenders";
import { searchDirectory } from "@/lib/data/directory/search-directory";
import { parseDirectorySearch } from "@/lib/schemas/directory-search";
import { getBudget, listBudgets } from "@/lib/data/budgets/get-budget";
import { listVenueReviews, venueReviewSummary } from "@/lib/data/involvement/list-venue-reviews";
import { listYoungCommissioners } from "@/lib/data/involvement/list-young-commissioners";
import { listTrainingModules } from "@/lib/data/involvement/list-training-modules";
import { listReferenceValues, serviceTypesToAdd } from "@/lib/data/reference-data/list-reference-values";
import { getPriorityRound } from "@/lib/data/priorities/get-priority-round";
import { getPriorityRoundToRank } from "@/lib/data/priorities/get-priority-round-to-rank";
import { listPriorityRounds } from "@/lib/data/priorities/list-priority-rounds";
import { listInvolvementActivities } from "@/lib/data/involvement/list-involvement-activities";
import { getRarelyInvolvedReport } from "@/lib/data/involvement/get-rarely-involved-report";
import { countQueries } from "../support/query-count";
import { makeActor, makeContract, makeReturnPeriod } from "./factories";

interface Ids {
  contractId: string;
  providerContractId: string;
  periodId: string;
  tenderId: string;
  budgetId: string;
  priorityRoundId: string;
}

const actors = new Map<string, { actor: Actor; sessionId: string; userId: string }>();
// Every load reads the sessions at the moment they began, so that no load writes a session's
// last-seen time (once a minute) and the counts do not depend on how long the run takes.
const signedInAt = new Date();

async function signedIn(role: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { email: `${role}@northshire.example` },
    select: { id: true, memberships: { select: { id: true } } },
  });
  const sessionId = await startSession(prisma, user.id, user.memberships[0].id, signedInAt);
  const state = await loadSession({ id: user.id, sid: sessionId }, signedInAt);
  if (state.kind !== "acting") throw new Error(`${role} is not acting`);
  actors.set(role, { actor: state.actor, sessionId, userId: user.id });
}

/** What every signed-in page's layout and guard read: the session, then the unread count. */
async function layout(role: string) {
  const a = actors.get(role);
  if (!a) throw new Error(`no ${role}`);
  await loadSession({ id: a.userId, sid: a.sessionId }, signedInAt);
  await countUnreadNotifications(a.actor);
  return a.actor;
}

const today = () => new Date();
const PAGES: { name: string; ceiling: number; load: (ids: Ids) => Promise<unknown> }[] = [
  {
    name: "commissioner home",
    ceiling: 10,
    load: async () => getCommissionerDashboard(await layout("commissioner")),
  },
  {
    name: "contracts list",
    ceiling: 11,
    load: async () => {
      const actor = await layout("commissioner");
      return Promise.all([
        contractFilterOptions(actor),
        listContracts(actor, { page: 1 }, today()),
        expiryPipeline(actor, today()),
        ragSummary(actor, today()),
        spendByYear(actor, today()),
      ]);
    },
  },
  {
    name: "contract page",
    ceiling: 9,
    load: async ({ contractId }) => {
      const actor = await layout("commissioner");
      const contract = await getContract(actor, contractId);
      return Promise.all([
        getContractFeedbackSummary(actor.councilId, contractId),
        listContractMeetings(actor, contract?.id ?? ""),
      ]);
    },
  },
  {
    name: "register statistics",
    ceiling: 7,
    load: async () => getRegisterStatistics(await layout("commissioner")),
  },
  { name: "needs analysis", ceiling: 12, load: async () => getNeedsAnalysis(await layout("commissioner")) },
  {
    name: "provider's return",
    ceiling: 3,
    load: async ({ providerContractId, periodId }) =>
      getReturnPeriod(await layout("provider"), providerContractId, periodId),
  },
  { name: "family home", ceiling: 5, load: async () => getFamilyDashboard(await layout("family")) },
  {
    name: "young commissioner's panel",
    ceiling: 4,
    load: async ({ tenderId }) => getEvaluatorView(await layout("young-commissioner"), tenderId),
  },
  { name: "public statistics", ceiling: 6, load: async () => getPublishedRegisterStatistics("northshire") },
  { name: "public tenders", ceiling: 2, load: async () => listPublicTenders("northshire") },
  {
    name: "public directory",
    ceiling: 6,
    load: async () => searchDirectory("northshire", parseDirectorySearch({})),
  },
  {
    name: "public directory, filtered",
    ceiling: 6,
    load: async () =>
      searchDirectory("northshire", parseDirectorySearch({ age: "8", cost: "free", access: "QUIET_SPACE" })),
  },
  {
    name: "social worker's budgets",
    ceiling: 4,
    load: async () => listBudgets(await layout("social-worker"), { page: 1 }),
  },
  {
    name: "social worker's budget",
    ceiling: 4,
    load: async (ids) => getBudget(await layout("social-worker"), ids.budgetId),
  },
  {
    name: "venue reviews list",
    ceiling: 9,
    load: async () => {
      const actor = await layout("commissioner");
      return Promise.all([venueReviewSummary(actor, today()), listVenueReviews(actor, { page: 1 }, today())]);
    },
  },
  {
    name: "districts list",
    ceiling: 4,
    load: async () => listReferenceValues(await layout("admin"), "district", 1),
  },
  {
    name: "types of need list",
    ceiling: 4,
    load: async () => listReferenceValues(await layout("admin"), "need-type", 1),
  },
  {
    // The list, its count, and the national types not used yet (the add form).
    name: "service types list",
    ceiling: 5,
    load: async () => {
      const actor = await layout("admin");
      return Promise.all([listReferenceValues(actor, "service-type", 1), serviceTypesToAdd(actor)]);
    },
  },
  {
    name: "involvement activities list",
    ceiling: 4,
    load: async () => listInvolvementActivities(await layout("commissioner"), { page: 1 }),
  },
  {
    name: "rarely involved groups report",
    ceiling: 6,
    load: async () => getRarelyInvolvedReport(await layout("commissioner"), 4),
  },
  {
    name: "groups that rarely get involved list",
    ceiling: 4,
    load: async () => listReferenceValues(await layout("admin"), "involvement-group", 1),
  },
  {
    name: "young commissioners list",
    ceiling: 6,
    load: async () => {
      const actor = await layout("commissioner");
      return Promise.all([listYoungCommissioners(actor, { page: 1 }, today()), listTrainingModules(actor)]);
    },
  },
  {
    name: "priority rounds list",
    ceiling: 4,
    load: async () => listPriorityRounds(await layout("commissioner"), { page: 1 }, today()),
  },
  {
    name: "commissioner's priority round",
    ceiling: 6,
    load: async ({ priorityRoundId }) =>
      getPriorityRound(await layout("commissioner"), priorityRoundId, today()),
  },
  {
    name: "young commissioner's priority round",
    ceiling: 9,
    load: async ({ priorityRoundId }) =>
      getPriorityRoundToRank(await layout("young-commissioner"), priorityRoundId, today()),
  },
];

async function countAll(ids: Ids): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const page of PAGES) {
    const r = await countQueries(() => page.load(ids));
    counts[page.name] = r.queries;
    // QUERY_COUNT_SQL=1 prints each page's statements, to see what a new query is.
    if (process.env.QUERY_COUNT_SQL)
      console.log(`## ${page.name}\n${r.sql.map((q) => q.slice(0, 160)).join("\n")}`);
  }
  return counts;
}

/** Many more of everything the pages list, in the demo council and for the demo provider. */
async function grow(councilId: string, organisationId: string) {
  const familyId = actors.get("family")?.actor.familyId;
  for (let i = 0; i < 12; i++) {
    const contract = await makeContract({
      councilId,
      organisationId,
      start: "2025-04-01",
      end: "2027-09-30",
    });
    for (const q of [1, 2, 3]) {
      const period = await makeReturnPeriod(contract, {
        label: `Quarter ${q}`,
        start: `2025-0${q * 3 - 2}-01`,
        end: `2025-0${q * 3}-28`,
        due: `2025-${String(q * 3 + 1).padStart(2, "0")}-15`,
      });
      await prisma.outcomeReturn.create({
        data: {
          councilId,
          returnPeriodId: period.id,
          contractId: contract.id,
          organisationId,
          status: "SUBMITTED",
        },
      });
    }
  }
  const districts = await prisma.district.findMany({ where: { councilId }, select: { id: true } });
  const needTypes = await prisma.needType.findMany({ where: { councilId }, select: { id: true } });
  const serviceType = await prisma.serviceType.findFirstOrThrow();
  for (let i = 0; i < 30; i++) {
    await prisma.service.create({
      data: {
        councilId,
        organisationId,
        serviceTypeId: serviceType.id,
        name: `Extra listing ${i}`,
        description: "A listing added to grow the directory.",
        ageMin: 5,
        ageMax: 15,
        isFree: i % 2 === 0,
        accessibilityFeatures: ["QUIET_SPACE", "HOIST"],
        status: "PUBLISHED",
        districts: { connect: districts },
        needTypes: { connect: needTypes },
      },
    });
  }
  const createdById = actors.get("commissioner")!.actor.userId;
  const reviewers = { connect: [{ id: actors.get("young-commissioner")!.actor.membershipId }] };
  for (let i = 0; i < 6; i++) {
    await prisma.venueReview.create({
      data: {
        councilId,
        organisationId,
        venueName: `Extra venue ${i}`,
        status: i % 2 ? "VISITED" : "CLOSED",
        plannedFor: new Date(`2026-0${i + 1}-10T00:00:00Z`),
        createdById,
        reviewers,
        recommendations: {
          create: [0, 1].map((position) => ({ councilId, position, text: `Idea ${position}` })),
        },
      },
    });
  }
  for (let i = 0; i < 5; i++) {
    await prisma.district.create({
      data: { councilId, code: `GROW_${i}`, name: `Grown district ${i}`, position: 100 + i },
    });
    await prisma.needType.create({
      data: { councilId, code: `GROW_${i}`, name: `Grown need ${i}`, position: 100 + i },
    });
    const group = await prisma.involvementGroup.create({
      data: { councilId, code: `GROW_${i}`, name: `Grown group ${i}`, position: 100 + i },
    });
    await prisma.involvementActivity.create({
      data: {
        councilId,
        kind: "CONSULTATION",
        title: `Grown activity ${i}`,
        heldOn: new Date(Date.now() - (i + 1) * 86_400_000 * 20),
        participants: 12,
        counts: {
          create: [
            { councilId, dimension: "AGE_BAND", key: "AGE_11_15", count: 12 },
            { councilId, dimension: "GROUP", key: group.id, count: 3 },
          ],
        },
        youSaidWeDid: {
          connect: (await prisma.youSaidWeDid.findMany({ where: { councilId }, take: 1 })).map((y) => ({
            id: y.id,
          })),
        },
      },
    });
  }
  const round = await prisma.priorityRound.findFirstOrThrow({
    where: { councilId, status: "OPEN" },
    select: { id: true, items: { select: { id: true } } },
  });
  for (let i = 0; i < 8; i++) {
    const young = await makeActor(councilId, "YOUNG_COMMISSIONER");
    await prisma.priorityRanking.create({
      data: {
        councilId,
        roundId: round.id,
        membershipId: young.membershipId,
        itemOrder: round.items.map((item) => item.id).reverse(),
      },
    });
  }
  if (familyId) {
    const district = await prisma.district.findFirstOrThrow({ where: { councilId } });
    for (let i = 0; i < 6; i++) {
      await prisma.child.create({
        data: {
          councilId,
          familyId,
          firstName: `Extra${i}`,
          lastName: "Child",
          dateOfBirth: new Date(`201${i}-05-01T00:00:00Z`),
          postcode: "NS1 1AA",
          districtId: district.id,
        },
      });
    }
  }
}

describe("queries per page", () => {
  let ids: Ids;
  beforeAll(async () => {
    await seed({ quiet: true });
    for (const role of ["commissioner", "provider", "family", "young-commissioner", "social-worker", "admin"])
      await signedIn(role);
    const commissioner = actors.get("commissioner")!.actor;
    const provider = actors.get("provider")!.actor;
    const contract = await prisma.contract.findFirstOrThrow({
      where: {
        councilId: commissioner.councilId,
        returnPeriods: { some: { outcomeReturn: { isNot: null } } },
      },
      orderBy: { reference: "asc" },
    });
    const period = await prisma.returnPeriod.findFirstOrThrow({
      where: { contract: { organisationId: provider.organisationId ?? "" }, outcomeReturn: { isNot: null } },
      orderBy: { dueDate: "desc" },
    });
    const seat = await prisma.panelMember.findFirstOrThrow({
      where: { membershipId: actors.get("young-commissioner")!.actor.membershipId },
      select: { panel: { select: { tenderId: true } } },
    });
    const budget = await prisma.personalBudget.findFirstOrThrow({
      where: { councilId: commissioner.councilId, status: "ACTIVE", payments: { some: {} } },
      orderBy: { createdAt: "asc" },
    });
    ids = {
      budgetId: budget.id,
      contractId: contract.id,
      providerContractId: period.contractId,
      periodId: period.id,
      tenderId: seat.panel.tenderId,
      priorityRoundId: (
        await prisma.priorityRound.findFirstOrThrow({
          where: { councilId: commissioner.councilId, status: "OPEN" },
          select: { id: true },
        })
      ).id,
    };
  });

  it("stay the same however much data there is, and within each page's ceiling", async () => {
    const before = await countAll(ids);
    const commissioner = actors.get("commissioner")!.actor;
    await grow(commissioner.councilId, actors.get("provider")!.actor.organisationId ?? "");
    const after = await countAll(ids);
    console.log(
      `[query-counts] ${PAGES.map((p) => `${p.name}: ${before[p.name]}${after[p.name] === before[p.name] ? "" : ` → ${after[p.name]}`}`).join(", ")}`,
    );
    expect(after).toEqual(before);
    for (const page of PAGES) expect(before[page.name], page.name).toBeLessThanOrEqual(page.ceiling);
  });
});
