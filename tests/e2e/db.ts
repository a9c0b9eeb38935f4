/**
 * The e2e database (seeded demo data) as the tests see it: ids of demo records for pages that need
 * one, and fresh records made through the same factories as the integration tests
 * (tests/support/factories.ts). DATABASE_URL is the e2e database (scripts/test-all.ts sets it).
 */
import pg from "pg";
import { prisma } from "@/lib/db";
import { makeActor, makeContract, makeKpi, makeReturnPeriod } from "../support/factories";

/** A read the helpers below do not cover (counts, names) in a spec; writes go through factories. */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

let northshire: Promise<string> | undefined;
/** The Northshire demo council's id (the signed-in demo users' council). */
function northshireId(): Promise<string> {
  northshire ??= prisma.council.findUniqueOrThrow({ where: { slug: "northshire" } }).then((c) => c.id);
  return northshire;
}

/** A fresh Northshire parent account (with the factories' test password), for journeys that change it. */
export async function makeNorthshireFamilyUser(email: string): Promise<void> {
  await makeActor(await northshireId(), "FAMILY", { email });
}

export async function userIdByEmail(email: string): Promise<string> {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) throw new Error(`no user ${email} in the e2e database`);
  return user.id;
}

/** The first child (by date of birth) of the Northshire demo family. */
export async function demoChildId(): Promise<string> {
  const child = await prisma.child.findFirst({
    where: { family: { members: { some: { user: { email: "family@northshire.example" } } } } },
    orderBy: { dateOfBirth: "asc" },
    select: { id: true },
  });
  if (!child) throw new Error("no demo child in the e2e database");
  return child.id;
}

/** The seeded Northshire tender in a given state (the seed has one published and one in evaluation). */
export async function tenderIdByStatus(status: "PUBLISHED" | "IN_EVALUATION"): Promise<string> {
  const tender = await prisma.tender.findFirst({
    where: { councilId: await northshireId(), status },
    orderBy: { reference: "asc" },
    select: { id: true },
  });
  if (!tender) throw new Error(`no ${status} tender in the e2e database`);
  return tender.id;
}

/** A seeded Northshire specification (the first by reference) for pages under /commissioner/specifications/[id]. */
export async function demoSpecificationId(): Promise<string> {
  const spec = await prisma.specification.findFirst({
    where: { councilId: await northshireId() },
    orderBy: { reference: "asc" },
    select: { id: true },
  });
  if (!spec) throw new Error("no Northshire specification in the e2e database");
  return spec.id;
}

/** The Northshire demo family's own parent feedback (the one with a reply and an action). */
export async function demoFeedbackId(): Promise<string> {
  const feedback = await prisma.feedback.findFirst({
    where: {
      source: "PARENT",
      family: { members: { some: { user: { email: "family@northshire.example" } } } },
    },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!feedback) throw new Error("no demo feedback in the e2e database");
  return feedback.id;
}

/** A published Northshire "You said, we did" action. */
export async function demoYouSaidWeDidId(): Promise<string> {
  const action = await prisma.youSaidWeDid.findFirst({
    where: { councilId: await northshireId(), publishedAt: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!action) throw new Error("no demo You said, we did action in the e2e database");
  return action.id;
}

/** The Northshire membership of the demo provider (their organisation and council). */
async function demoProvider() {
  const m = await prisma.membership.findFirst({
    where: {
      role: "PROVIDER",
      councilId: await northshireId(),
      user: { email: "provider@northshire.example" },
    },
    select: { organisationId: true, councilId: true },
  });
  if (!m?.organisationId) throw new Error("no demo provider in the e2e database");
  return { organisationId: m.organisationId, councilId: m.councilId };
}

/** A seeded Northshire contract of the demo provider (so both its staff and commissioners can open it). */
export async function demoContractId(): Promise<string> {
  const { organisationId, councilId } = await demoProvider();
  const contract = await prisma.contract.findFirst({
    where: { organisationId, councilId },
    orderBy: { reference: "asc" },
    select: { id: true },
  });
  if (!contract) throw new Error("no contract of the demo provider in the e2e database");
  return contract.id;
}

/** The first return period of the demo contract (see demoContractId). */
export async function demoReturnPeriodId(): Promise<string> {
  const period = await prisma.returnPeriod.findFirst({
    where: { contractId: await demoContractId() },
    orderBy: { startDate: "asc" },
    select: { id: true },
  });
  if (!period) throw new Error("no return period for the demo contract");
  return period.id;
}

/** The seeded Northshire safeguarding announcement, which every provider there must acknowledge. */
export async function demoAnnouncementId(): Promise<string> {
  const announcement = await prisma.announcement.findFirst({
    where: { councilId: await northshireId(), title: { startsWith: "New safeguarding procedure" } },
    select: { id: true },
  });
  if (!announcement) throw new Error("no safeguarding announcement in the e2e database");
  return announcement.id;
}

export interface CycleContract {
  contractId: string;
  reference: string;
  /** Ended, due in 10 days: for the return cycle. */
  periodId: string;
  /** Ended and due yesterday, with no return: overdue. */
  overduePeriodId: string;
  overdueLabel: string;
}

/** A calendar date `offset` days from today (yyyy-mm-dd, UTC). */
const inDays = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A fresh contract of the Northshire demo provider, with one KPI (10 play days a quarter) and two
 * ended periods, so a test can run a whole return cycle without touching the seeded records.
 */
export async function makeCycleContract(tag: string): Promise<CycleContract> {
  const contract = await makeContract({
    ...(await demoProvider()),
    reference: `E2E-${tag}-${Date.now().toString(36)}`.toUpperCase(),
    title: `Cycle test ${tag}`,
    start: inDays(-200),
    end: inDays(900),
  });
  await makeKpi(contract, { name: "Play days", unit: "DAYS", targetPerPeriod: "10" });
  const period = await makeReturnPeriod(contract, {
    label: `Cycle period ${tag}`,
    start: inDays(-200),
    end: inDays(-101),
    due: inDays(10),
  });
  const overdueLabel = `Overdue period ${tag}`;
  const overdue = await makeReturnPeriod(contract, {
    label: overdueLabel,
    start: inDays(-100),
    end: inDays(-2),
    due: inDays(-1),
  });
  return {
    contractId: contract.id,
    reference: contract.reference,
    periodId: period.id,
    overduePeriodId: overdue.id,
    overdueLabel,
  };
}

/** Moves a tender's deadlines into the past (as if time had passed), as the journeys need. */
export async function passTenderDeadlines(tenderId: string): Promise<void> {
  const hour = 3_600_000;
  await prisma.tender.update({
    where: { id: tenderId },
    data: {
      clarificationDeadline: new Date(Date.now() - 2 * hour),
      submissionDeadline: new Date(Date.now() - hour),
    },
  });
}

/** The Northshire social worker's seeded draft assessment (the tour opens its pages; no spec sends it). */
export async function demoDraftAssessmentId(): Promise<string> {
  const a = await prisma.assessment.findFirst({
    where: { councilId: await northshireId(), status: "DRAFT" },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!a) throw new Error("no draft assessment in the e2e database");
  return a.id;
}

/** A published directory listing of the demo provider in Northshire (the first by name). */
export async function demoListingId(): Promise<string> {
  const { organisationId, councilId } = await demoProvider();
  const service = await prisma.service.findFirst({
    where: { organisationId, councilId, status: "PUBLISHED" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (!service) throw new Error("no published listing of the demo provider in the e2e database");
  return service.id;
}

/** The demo provider's organisation (it has published listings in Northshire's directory). */
export async function demoProviderOrganisationId(): Promise<string> {
  return (await demoProvider()).organisationId;
}

/** A listing change awaiting review in Northshire (seeded for the demo provider). */
export async function demoPendingRevisionId(): Promise<string> {
  const revision = await prisma.serviceRevision.findFirst({
    where: { councilId: await northshireId(), status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!revision) throw new Error("no pending listing change in the e2e database");
  return revision.id;
}

/** The demo family's running direct payment (Northshire), or the proposed managed budget. */
/** Northshire's current involvement plan (the seed makes the current and the previous six months). */
export async function demoInvolvementPlanId(): Promise<string> {
  const p = await prisma.involvementPlan.findFirst({
    where: { councilId: await northshireId() },
    orderBy: { periodStart: "desc" },
    select: { id: true },
  });
  if (!p) throw new Error("no involvement plan in the e2e database");
  return p.id;
}

/** Northshire's latest involvement activity that has been held (it has counts and "You said, we did" links). */
export async function demoInvolvementActivityId(): Promise<string> {
  const a = await prisma.involvementActivity.findFirst({
    where: { councilId: await northshireId(), participants: { not: null } },
    orderBy: [{ heldOn: "desc" }, { id: "asc" }],
    select: { id: true },
  });
  if (!a) throw new Error("no involvement activity in the e2e database");
  return a.id;
}

/** The first of Northshire's groups that rarely get involved. */
export async function demoInvolvementGroupId(): Promise<string> {
  const g = await prisma.involvementGroup.findFirstOrThrow({
    where: { councilId: await northshireId() },
    orderBy: { code: "asc" },
    select: { id: true },
  });
  return g.id;
}

/** The first evidence of spend on the demo family's running direct payment (see demoBudgetId). */
export async function demoEvidenceId(): Promise<string> {
  const e = await prisma.spendEvidence.findFirst({
    where: { personalBudgetId: await demoBudgetId("ACTIVE") },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!e) throw new Error("no evidence of spend on the demo budget in the e2e database");
  return e.id;
}

export async function demoBudgetId(status: "ACTIVE" | "PROPOSED" = "ACTIVE"): Promise<string> {
  const b = await prisma.personalBudget.findFirst({
    where:
      status === "ACTIVE"
        ? {
            councilId: await northshireId(),
            status,
            type: "DIRECT_PAYMENT",
            child: { family: { members: { some: { user: { email: "family@northshire.example" } } } } },
          }
        : { councilId: await northshireId(), status },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!b) throw new Error(`no ${status} budget in the e2e database`);
  return b.id;
}

/** A Northshire provider on the council's list (its OrganisationCouncil link). */
export async function demoProviderLinkId(): Promise<string> {
  const link = await prisma.organisationCouncil.findFirst({
    where: { councilId: await northshireId(), status: "APPROVED" },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!link) throw new Error("no approved provider in the e2e database");
  return link.id;
}

/** A seeded Northshire district and type of need (the first by code), for the reference-data pages. */
export async function demoDistrictId(): Promise<string> {
  const d = await prisma.district.findFirstOrThrow({
    where: { councilId: await northshireId() },
    orderBy: { code: "asc" },
    select: { id: true },
  });
  return d.id;
}

export async function demoNeedTypeId(): Promise<string> {
  const n = await prisma.needType.findFirstOrThrow({
    where: { councilId: await northshireId() },
    orderBy: { code: "asc" },
    select: { id: true },
  });
  return n.id;
}

/** Northshire's first service type (its use of a national type, decision 0038). */
export async function demoCouncilServiceTypeId(): Promise<string> {
  const t = await prisma.councilServiceType.findFirstOrThrow({
    where: { councilId: await northshireId() },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return t.id;
}

/** The seeded Northshire review waiting for the demo provider's answers (the demo young commissioner is on its team). */
export async function demoVenueReviewId(): Promise<string> {
  const review = await prisma.venueReview.findFirst({
    where: {
      councilId: await northshireId(),
      status: "VISITED",
      organisation: { staff: { some: { user: { email: "provider@northshire.example" } } } },
      reviewers: { some: { user: { email: "young-commissioner@northshire.example" } } },
    },
    select: { id: true },
  });
  if (!review) throw new Error("no demo venue review in the e2e database");
  return review.id;
}

/** The demo young commissioner's membership in Northshire (their profile page's id). */
export async function demoYoungCommissionerId(): Promise<string> {
  const m = await prisma.membership.findFirst({
    where: { councilId: await northshireId(), user: { email: "young-commissioner@northshire.example" } },
    select: { id: true },
  });
  if (!m) throw new Error("no demo young commissioner in the e2e database");
  return m.id;
}

/** The seeded Northshire priority round the demo young commissioners have ranked in (open). */
export async function demoPriorityRoundId(): Promise<string> {
  const round = await prisma.priorityRound.findFirst({
    where: { councilId: await northshireId(), status: "OPEN" },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!round) throw new Error("no demo priority round in the e2e database");
  return round.id;
}
