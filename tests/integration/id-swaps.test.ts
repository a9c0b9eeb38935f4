/**
 * Id swaps (issue 19, item 2): for every kind of record with an id in a page path or an action's
 * form, a user of one council opens and acts on the other council's record, a provider on another
 * provider's, a family on another family's: always "not found", and nothing in the database changes.
 *
 * The demo seed gives both councils the same cast and records of every kind (id-swap-records.ts).
 * Pages are rendered as server components (their loaders run; a 404 is Next's notFound()); each
 * is first opened with the actor's own record, so a page that 404s for some other reason fails.
 * Actions are called with an otherwise valid form; a write journal kept by triggers on every table
 * shows whether anything changed (decision 0043).
 */
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can, rolesWith, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { ACTIONS, PAGES, ROUTE_HANDLERS } from "@/lib/auth/access-matrix";
import { orukUuid } from "@/lib/domain/oruk";
import { NextRequest } from "next/server";
import { seed } from "@/prisma/seed";
import { readableFile } from "@/lib/files/stored-files";
import {
  actorFor,
  addMeetingActions,
  home,
  recordId,
  storeDemoFiles,
  type Kind,
  type Side,
  type Slug,
} from "./id-swap-records";
import { openPageFile, pageFiles } from "./render-page";

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => current,
  getSessionState: async () => (current ? { kind: "acting", actor: current } : { kind: "signed-out" }),
  requireSignedIn: async () => (current ? { kind: "acting", actor: current } : notFound()),
  // As the real one, less the redirects the suite never needs (signed out, chooser, consent).
  requirePageActor: async (permission: Permission, options: { role?: Role } = {}) => {
    if (!current || !can(current, permission) || (options.role && current.role !== options.role)) notFound();
    return current;
  },
}));
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  unstable_cache: <T>(f: T) => f,
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {} }),
  headers: async () => new Headers(),
}));

const started = performance.now();
const counts = { pages: 0, actions: 0, routes: 0, swaps: 0 };

// Uploaded files go to a folder of this run's own, never the developer's .data/files.
process.env.FILES_DIR = path.join(tmpdir(), `id-swaps-${process.pid}`);

beforeAll(async () => {
  await seed({ quiet: true });
  await storeDemoFiles();
  await addMeetingActions();
  await installWriteJournal();
}, 60_000);

afterAll(async () => {
  await rm(process.env.FILES_DIR!, { recursive: true, force: true });
  console.log(
    `[id-swaps] pages covered ${counts.pages}, actions covered ${counts.actions}, route handlers covered ${counts.routes}, swaps tried ${counts.swaps}, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
});

// ---------------------------------------------------------------------------------------------
// Pages

type Swap = "council" | "provider" | "family";

interface PageCase {
  /** Record kind of each dynamic segment that names a record. */
  params: Record<string, Kind>;
  swaps: Swap[];
  /** The councils whose users try the swap (default both): where the other has no such record to open. */
  from?: Slug[];
}

/** Segments that do not name a record: filled the same for both sides. */
const FIXED_PARAMS: Record<string, (s: Side) => string> = {
  slug: (s) => s.slug,
  domain: () => "0",
};

/** Route → the records its segments name, and the swaps that apply to its role. */
const PAGE_CASES: Record<string, PageCase> = {
  "/admin/users/[id]": { params: { id: "user" }, swaps: ["council"] },
  "/admin/districts/[id]": { params: { id: "district" }, swaps: ["council"] },
  "/admin/need-types/[id]": { params: { id: "needType" }, swaps: ["council"] },
  "/admin/involvement-groups/[id]": { params: { id: "involvementGroup" }, swaps: ["council"] },
  "/admin/service-types/[id]": { params: { id: "councilServiceType" }, swaps: ["council"] },
  "/admin/providers/[id]": { params: { id: "providerLink" }, swaps: ["council"] },
  "/commissioner/providers/[id]": { params: { id: "providerLink" }, swaps: ["council"] },
  "/social-worker/children/[id]": { params: { id: "child" }, swaps: ["council"] },
  "/social-worker/assessments/[id]": { params: { id: "assessment" }, swaps: ["council"] },
  "/social-worker/assessments/[id]/summary": { params: { id: "assessment" }, swaps: ["council"] },
  "/social-worker/assessments/[id]/domains/[domain]": { params: { id: "assessment" }, swaps: ["council"] },
  "/social-worker/assessments/[id]/budget": { params: { id: "assessment" }, swaps: ["council"] },
  "/social-worker/budgets/[id]": { params: { id: "budget" }, swaps: ["council"] },
  "/social-worker/budgets/[id]/plan": { params: { id: "budget" }, swaps: ["council"] },
  "/family/budgets/[id]": { params: { id: "budget" }, swaps: ["council", "family"] },
  "/family/budgets/[id]/evidence/new": { params: { id: "budget" }, swaps: ["council", "family"] },
  "/family/budgets/[id]/evidence/[evidenceId]": {
    params: { id: "budget", evidenceId: "evidence" },
    swaps: ["council", "family"],
  },
  "/social-worker/budgets/[id]/evidence/[evidenceId]": {
    params: { id: "budget", evidenceId: "evidence" },
    swaps: ["council"],
  },
  "/councils/[slug]/directory/services/[id]": { params: { id: "listing" }, swaps: ["council"] },
  "/councils/[slug]/directory/providers/[id]": { params: { id: "organisation" }, swaps: ["council"] },
  "/provider/services/[id]": { params: { id: "listing" }, swaps: ["council", "provider"] },
  "/provider/services/[id]/edit": { params: { id: "listing" }, swaps: ["council", "provider"] },
  "/commissioner/listings/[id]": { params: { id: "listingRevision" }, swaps: ["council"] },
  "/family/children/[id]": { params: { id: "child" }, swaps: ["council", "family"] },
  "/family/children/[id]/edit": { params: { id: "child" }, swaps: ["council", "family"] },
  "/family/children/[id]/withdraw": { params: { id: "child" }, swaps: ["council", "family"] },
  "/commissioner/register/[id]": { params: { id: "child" }, swaps: ["council"] },
  "/commissioner/tenders/[id]": { params: { id: "tender" }, swaps: ["council"] },
  "/commissioner/tenders/[id]/edit": { params: { id: "tender" }, swaps: ["council"] },
  "/commissioner/tenders/[id]/panel": { params: { id: "tender" }, swaps: ["council"] },
  // Only Northshire's demo tender is in evaluation, with its commissioner and young commissioner on the panel.
  "/commissioner/tenders/[id]/score": { params: { id: "tender" }, swaps: ["council"], from: ["northshire"] },
  "/commissioner/tenders/[id]/moderation": { params: { id: "tender" }, swaps: ["council"] },
  "/commissioner/tenders/[id]/award": { params: { id: "tender" }, swaps: ["council"] },
  // Every provider of the council may read a published tender: only the council swap applies.
  "/provider/tenders/[id]": { params: { id: "tender" }, swaps: ["council"] },
  "/provider/tenders/[id]/bid": { params: { id: "tender" }, swaps: ["council"] },
  "/young-commissioner/panels/[id]": { params: { id: "tender" }, swaps: ["council"], from: ["northshire"] },
  "/commissioner/contracts/[id]": { params: { id: "contract" }, swaps: ["council"] },
  "/provider/contracts/[id]": { params: { id: "contract" }, swaps: ["council", "provider"] },
  "/provider/contracts/[id]/returns/[periodId]": {
    params: { id: "contract", periodId: "returnPeriod" },
    swaps: ["council", "provider"],
  },
  "/commissioner/contracts/[id]/returns/[periodId]": {
    params: { id: "contract", periodId: "returnPeriod" },
    swaps: ["council"],
  },
  "/commissioner/specifications/[id]": { params: { id: "specification" }, swaps: ["council"] },
  "/commissioner/specifications/[id]/edit": { params: { id: "specification" }, swaps: ["council"] },
  "/commissioner/specifications/[id]/equality-impact": {
    params: { id: "specification" },
    swaps: ["council"],
  },
  "/commissioner/specifications/[id]/compare": { params: { id: "specification" }, swaps: ["council"] },
  "/family/feedback/[id]": { params: { id: "feedback" }, swaps: ["council", "family"] },
  "/commissioner/feedback/[id]": { params: { id: "feedback" }, swaps: ["council"] },
  "/commissioner/you-said-we-did/[id]": { params: { id: "youSaidWeDid" }, swaps: ["council"] },
  "/commissioner/forums/[id]": { params: { id: "announcement" }, swaps: ["council"] },
  "/provider/announcements/[id]": { params: { id: "announcement" }, swaps: ["council"] },
  "/commissioner/young-commissioners/[id]": { params: { id: "youngCommissioner" }, swaps: ["council"] },
  "/admin/young-commissioners/[id]": { params: { id: "youngCommissioner" }, swaps: ["council"] },
  "/commissioner/involvement/[id]": { params: { id: "involvementPlan" }, swaps: ["council"] },
  "/commissioner/involvement/activities/[id]": { params: { id: "involvementActivity" }, swaps: ["council"] },
  "/commissioner/involvement/activities/[id]/edit": {
    params: { id: "involvementActivity" },
    swaps: ["council"],
  },
  "/commissioner/venue-reviews/[id]": { params: { id: "venueReview" }, swaps: ["council"] },
  "/young-commissioner/reviews/[id]": { params: { id: "venueReview" }, swaps: ["council"] },
  "/provider/venue-reviews/[id]": { params: { id: "venueReview" }, swaps: ["council", "provider"] },
  "/commissioner/priorities/[id]": { params: { id: "priorityRound" }, swaps: ["council"] },
  "/young-commissioner/priorities/[id]": { params: { id: "priorityRound" }, swaps: ["council"] },
};

/** Segments that never name a record of one council, provider or family (tokens, steps, numbers within the actor's own council). */
const NOT_RECORD_SEGMENTS = new Set(["slug", "token", "step", "index", "version", "domain"]);

/** Every page route of the access matrix with a segment that names a record. */
const pagesWithIds = Object.keys(PAGES).filter((route) =>
  [...route.matchAll(/\[([^\]]+)\]/g)].some(([, p]) => !NOT_RECORD_SEGMENTS.has(p)),
);

const LOCAL_FOR_ROLE: Partial<Record<Role, string>> = {
  ADMIN: "admin",
  COMMISSIONER: "commissioner",
  SOCIAL_WORKER: "social-worker",
  YOUNG_COMMISSIONER: "young-commissioner",
  PROVIDER: "provider",
  FAMILY: "family",
};

/** The other side of a swap: the other council, or the other provider or family of the same one. */
function other(swap: Swap, s: Side): Side {
  if (swap === "council") return { ...s, slug: s.slug === "northshire" ? "eastbrook" : "northshire" };
  if (swap === "provider") return { ...s, provider: s.provider === "provider" ? "provider2" : "provider" };
  return { ...s, family: s.family === "family" ? "family2" : "family" };
}

async function paramsFor(route: string, c: PageCase, mine: Side, theirs: Side) {
  const params: Record<string, string> = {};
  for (const [, p] of route.matchAll(/\[([^\]]+)\]/g)) {
    if (FIXED_PARAMS[p]) params[p] = FIXED_PARAMS[p](mine);
    else if (c.params[p]) params[p] = await recordId(c.params[p], theirs);
    else throw new Error(`id-swaps: ${route} has a segment [${p}] with no record kind`);
  }
  return params;
}

async function actorForRoute(route: string, s: Side): Promise<Actor | null> {
  const rule = PAGES[route];
  if (!rule.permission) return null;
  const local = LOCAL_FOR_ROLE[rule.role!];
  if (!local) throw new Error(`id-swaps: no demo user for ${route}`);
  return actorFor(s.slug, local === "provider" ? s.provider : local === "family" ? s.family : local);
}

describe("pages", () => {
  it("has a case for every page route whose path names a record", () => {
    expect(pagesWithIds.filter((r) => !PAGE_CASES[r])).toEqual([]);
    expect(Object.keys(PAGE_CASES).filter((r) => !PAGES[r])).toEqual([]);
  });

  const files = pageFiles();
  const rows = pagesWithIds.flatMap((route) =>
    (PAGE_CASES[route]?.swaps ?? []).flatMap((swap) =>
      (PAGE_CASES[route].from ?? (["northshire", "eastbrook"] as Slug[])).map((slug) => ({
        route,
        swap,
        slug,
      })),
    ),
  );

  it.each(rows)("$route: $swap swap from $slug", async ({ route, swap, slug }) => {
    const c = PAGE_CASES[route];
    const file = files.get(route);
    if (!file) throw new Error(`no page file for ${route}`);
    const mine: Side = { ...home, slug };
    current = await actorForRoute(route, mine);
    // The actor's own record opens: the 404 below is the swap's, not the role's or the seed's.
    expect(await openPageFile(file, await paramsFor(route, c, mine, mine))).toBe("ok");
    const theirs = other(swap, mine);
    expect(await openPageFile(file, await paramsFor(route, c, mine, theirs))).toBe("not found");
    if (swap === "council" && slug === "northshire") counts.pages++;
    counts.swaps++;
  });
});

// ---------------------------------------------------------------------------------------------
// Actions

interface ActionCase {
  /**
   * Each field that names a record: the kind swapped for the other side's; `{ own }` for a field
   * the form fills with the actor's own record; `null` for one it leaves empty.
   */
  ids: Record<string, Kind | { own: Kind } | null>;
  /** The rest of an otherwise valid form. */
  form?: Record<string, string | string[] | File>;
  /**
   * What a refusal looks like beside "not found": `no effect` for an action that acts on the
   * actor's own rows only and reports how many it touched (none).
   */
  refusal?: "no effect";
  /** The same action on other kinds of record it takes (reference data: districts, needs, service types). */
  also?: Pick<ActionCase, "ids" | "form">[];
  swaps?: Swap[];
  from?: Slug[];
}

/** Actions not written with defineFormAction (no schema to read): the fields that name records. */
const UNDEFINED_ACTION_IDS: Record<string, string[]> = {
  "actions/display-mode.ts#setDisplayMode": [],
  "(auth)/choose-council/actions.ts#chooseCouncilAction": ["membershipId"],
  "(portal)/admin/population/actions.ts#previewPopulationAction": [],
  "(portal)/admin/population/actions.ts#importPopulationAction": [],
  "(portal)/commissioner/contracts/import/actions.ts#previewContractImportAction": [],
  "(portal)/commissioner/contracts/import/actions.ts#importContractsAction": [],
  "(portal)/commissioner/specifications/actions.ts#createSpecificationAction": [],
  "(portal)/commissioner/specifications/actions.ts#updateSpecificationAction": [
    "specificationId",
    "serviceTypeId",
    "districtIds",
  ],
};

/**
 * Id fields that do not name another council's, provider's or family's record, and why; the
 * suite checks the list against the schemas, so a new id field must be placed here or in a case.
 */
const NOT_SWAPPABLE: Record<string, string> = {
  "(auth)/choose-council/actions.ts#chooseCouncilAction membershipId":
    "checked against the session's own user before any council applies (tests/integration/cross-council-accounts.test.ts)",
  "(portal)/provider/councils/actions.ts#applyToCouncilAction councilId":
    "a provider applies to any council: every council is open to applications",
  "(portal)/admin/sign-on/actions.ts#saveCouncilSignOnAction clientId":
    "the council's single sign-on client id, not a record",
  "actions/providers.ts#linkOrganisationAction organisationId":
    "organisations are shared by all councils: linking one already known to the platform is the feature",
};

/** A date field's three inputs (`name-day`, `name-month`, `name-year`), `offset` days from today. */
function dateInput(name: string, offset: number): Record<string, string> {
  const d = new Date(Date.now() + offset * 86_400_000);
  return {
    [`${name}-day`]: String(d.getUTCDate()),
    [`${name}-month`]: String(d.getUTCMonth() + 1),
    [`${name}-year`]: String(d.getUTCFullYear()),
  };
}

/** A real 1×1 PNG, for forms that need a photo or a receipt. */
const png = () =>
  new File(
    [
      Buffer.from(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
        "base64",
      ),
    ],
    "photo.png",
    { type: "image/png" },
  );
const key = () => crypto.randomUUID();

/** A complete tender form (details, timeline, one quality criterion and price). */
const tenderForm = {
  title: "Swapped tender",
  description: "Swap",
  estimatedValue: "100000",
  hideBidderNames: "no",
  ...dateInput("clarificationDeadline", 10),
  ...dateInput("submissionDeadline", 20),
  ...dateInput("evaluationEndsAt", 30),
  priceWeight: "40",
  q0Title: "Quality",
  q0Question: "How?",
  q0Weight: "60",
};

const ACTION_CASES: Record<string, ActionCase> = {
  "actions/providers.ts#changeProviderStatusAction": {
    ids: { id: "providerLink" },
    form: { status: "SUSPENDED", reason: "Id swap test" },
  },
  "actions/reference-data.ts#renameReferenceValueAction": {
    ids: { id: "district" },
    form: { kind: "district", name: "Swapped name" },
    also: [
      { ids: { id: "needType" }, form: { kind: "need-type", name: "Swapped name" } },
      { ids: { id: "councilServiceType" }, form: { kind: "service-type", name: "Swapped name" } },
    ],
  },
  "actions/reference-data.ts#moveReferenceValueAction": {
    ids: { id: "needType" },
    form: { kind: "need-type", direction: "down" },
    also: [
      { ids: { id: "district" }, form: { kind: "district", direction: "down" } },
      { ids: { id: "councilServiceType" }, form: { kind: "service-type", direction: "down" } },
    ],
  },
  "actions/reference-data.ts#retireReferenceValueAction": {
    ids: { id: "councilServiceType" },
    form: { kind: "service-type", op: "retire" },
    also: [
      { ids: { id: "district" }, form: { kind: "district", op: "retire" } },
      { ids: { id: "needType" }, form: { kind: "need-type", op: "retire" } },
    ],
  },
  "(portal)/provider/staff/actions.ts#removeStaffAction": {
    ids: { membershipId: "membership" },
    swaps: ["council", "provider"],
  },
  "(portal)/notifications/actions.ts#markNotificationsReadAction": {
    ids: { id: "notification" },
    refusal: "no effect",
  },
  "(portal)/admin/users/actions.ts#createUserAction": {
    ids: { organisationId: "organisation" },
    form: { submissionKey: key(), name: "Swap Tester", email: "swap-tester@example.org", role: "PROVIDER" },
  },
  "(portal)/admin/users/actions.ts#changeUserRoleAction": {
    ids: { userId: "user", organisationId: null },
    form: { role: "COMMISSIONER" },
  },
  "(portal)/admin/users/actions.ts#setUserDisabledAction": {
    ids: { userId: "user" },
    form: { disabled: "true" },
  },
  "(portal)/admin/users/actions.ts#resetPasswordLinkAction": { ids: { userId: "user" } },
  "(portal)/admin/users/actions.ts#resetSecondFactorAction": { ids: { userId: "user" } },
  "(portal)/social-worker/assessments/actions.ts#startAssessmentAction": { ids: { childId: "child" } },
  "(portal)/social-worker/assessments/actions.ts#recordUnregisteredChildAction": {
    ids: { districtId: "district" },
    form: {
      firstName: "Swap",
      lastName: "Tester",
      "dateOfBirth-day": "12",
      "dateOfBirth-month": "4",
      "dateOfBirth-year": "2016",
      parentName: "Pat Tester",
    },
  },
  "(portal)/social-worker/assessments/actions.ts#saveAssessmentSummaryAction": {
    ids: { id: "assessment" },
    form: { summary: "Swapped summary" },
  },
  "(portal)/social-worker/assessments/actions.ts#saveDomainAnswersAction": {
    ids: { id: "assessment" },
    form: { domain: "0", intent: "save" },
  },
  "(portal)/social-worker/assessments/actions.ts#submitAssessmentAction": { ids: { id: "assessment" } },
  "(portal)/social-worker/assessments/actions.ts#decideAssessmentAction": {
    ids: { id: "assessment" },
    form: { decision: "APPROVE", reason: "Swap" },
  },
  "(portal)/social-worker/budgets/actions.ts#proposeBudgetAction": {
    ids: { assessmentId: "assessment" },
    form: {
      submissionKey: key(),
      type: "DIRECT_PAYMENT",
      annualAmount: "1000.00",
      amountReason: "",
      "startDate-day": "1",
      "startDate-month": "1",
      "startDate-year": "2027",
      reviewMonths: "12",
    },
  },
  "(portal)/social-worker/budgets/actions.ts#decideBudgetAction": {
    ids: { id: "budget" },
    form: { decision: "APPROVE", reason: "Swap" },
  },
  "(portal)/social-worker/budgets/actions.ts#savePlanOutcomesAction": {
    ids: { id: "budget" },
    form: { outcomes: "Swapped outcome", editVersion: "1" },
  },
  "(portal)/social-worker/budgets/actions.ts#addPlanItemAction": {
    ids: { id: "budget" },
    form: {
      category: "DAY_ACTIVITIES",
      description: "Swim",
      provider: "Pool",
      frequency: "Weekly",
      unitCost: "10.00",
      annualCost: "520.00",
      editVersion: "1",
    },
  },
  "(portal)/social-worker/budgets/actions.ts#removePlanItemAction": {
    ids: { id: "budget", itemId: "planItem" },
    form: { editVersion: "1" },
  },
  "(portal)/social-worker/budgets/actions.ts#agreePlanAction": {
    ids: { id: "budget" },
    form: { overBudgetReason: "", editVersion: "1" },
  },
  "(portal)/social-worker/budgets/actions.ts#startPlanVersionAction": { ids: { id: "budget" } },
  "(portal)/social-worker/budgets/actions.ts#recordPaymentAction": {
    ids: { id: "budget" },
    form: {
      submissionKey: key(),
      kind: "DIRECT_PAYMENT",
      direction: "OFF",
      amount: "10.00",
      "paidOn-day": "1",
      "paidOn-month": "12",
      "paidOn-year": "2026",
      reference: "SWAP-1",
      note: "",
    },
  },
  "(portal)/social-worker/budgets/actions.ts#recordBudgetReviewAction": {
    ids: { id: "budget" },
    form: {
      outcomesMet: "MET",
      outcome: "Carry on as planned",
      "nextReviewDate-day": "1",
      "nextReviewDate-month": "12",
      "nextReviewDate-year": "2027",
    },
  },
  "(portal)/social-worker/budgets/actions.ts#decideEvidenceAction": {
    ids: { id: "evidence" },
    form: { decision: "ACCEPT", message: "" },
  },
  "(portal)/social-worker/budgets/actions.ts#setPaymentScheduleAction": {
    ids: { id: "budget" },
    form: {
      everyWeeks: "4",
      amount: "100.00",
      "firstDue-day": "1",
      "firstDue-month": "1",
      "firstDue-year": "2027",
      editVersion: "1",
    },
  },
  "(portal)/social-worker/budgets/actions.ts#stopPaymentScheduleAction": {
    ids: { id: "budget" },
    form: { editVersion: "1" },
  },
  "(portal)/social-worker/budgets/actions.ts#markPaymentPaidAction": {
    ids: { id: "budget", paymentId: "budgetPayment" },
    form: { "paidOn-day": "1", "paidOn-month": "12", "paidOn-year": "2026", reference: "SWAP" },
  },
  "(portal)/family/budgets/actions.ts#submitEvidenceAction": {
    ids: { id: "budget" },
    form: {
      submissionKey: key(),
      "spentOn-day": "1",
      "spentOn-month": "11",
      "spentOn-year": "2026",
      amount: "10.00",
      description: "Swim",
      howItHelped: "Fun",
      receipt: png(),
    },
    swaps: ["council", "family"],
  },
  "(portal)/family/budgets/actions.ts#answerEvidenceAction": {
    ids: { id: "evidence" },
    form: { submissionKey: key(), message: "Here it is" },
    swaps: ["council", "family"],
  },
  "(portal)/family/children/[id]/actions.ts#updateChildAction": {
    ids: { childId: "child", needTypeIds: { own: "needType" } },
    form: {
      firstName: "Sam",
      lastName: "Tester",
      ...dateInput("dateOfBirth", -3000),
      postcode: "NS1 4AB",
      parentName: "Pat Tester",
      parentEmail: "pat@example.org",
      contactPreference: "email",
      editVersion: "1",
    },
    swaps: ["council", "family"],
  },
  "(portal)/family/children/[id]/actions.ts#withdrawChildAction": {
    ids: { childId: "child" },
    form: { confirm: "yes" },
    swaps: ["council", "family"],
  },
  "(portal)/commissioner/tenders/actions.ts#createTenderAction": {
    ids: { specificationId: "specification" },
    form: { submissionKey: key(), ...tenderForm },
  },
  "(portal)/commissioner/tenders/actions.ts#updateTenderAction": {
    ids: { tenderId: "tender" },
    form: { editVersion: "1", ...tenderForm },
  },
  "(portal)/commissioner/tenders/actions.ts#moveTenderAction": {
    ids: { tenderId: "tender" },
    form: { to: "CANCELLED", reason: "Swap" },
  },
  "(portal)/commissioner/tenders/actions.ts#answerQuestionAction": {
    ids: { questionId: "question" },
    form: { answer: "Swapped answer" },
  },
  "(portal)/commissioner/tenders/actions.ts#savePanelMemberAction": {
    ids: { tenderId: "tender", membershipId: { own: "youngCommissioner" }, criterionIds: null },
    form: { seat: "EVALUATOR" },
  },
  // Only Northshire's demo tender has a panel: Eastbrook's commissioner tries its members.
  "(portal)/commissioner/tenders/actions.ts#removePanelMemberAction": {
    ids: { tenderId: "tender", panelMemberId: "panelMember" },
    from: ["eastbrook"],
  },
  "(portal)/commissioner/tenders/actions.ts#moderateScoreAction": {
    ids: { tenderId: "tender", bidId: "bid", criterionId: "criterion" },
    form: { score: "3", note: "Swap" },
  },
  "(portal)/commissioner/tenders/actions.ts#proposeAwardAction": {
    ids: { tenderId: "tender" },
    form: { intent: "propose", note: "Swap" },
  },
  "(portal)/commissioner/tenders/actions.ts#confirmAwardAction": { ids: { tenderId: "tender" } },
  "actions/evaluation.ts#declareConflictsAction": { ids: { tenderId: "tender" }, form: { count: "0" } },
  "actions/evaluation.ts#saveScoreAction": {
    ids: { tenderId: "tender", bidId: "bid", criterionId: "criterion" },
    form: { score: "3", reason: "Swap" },
  },
  "(portal)/provider/tenders/[id]/actions.ts#askQuestionAction": {
    ids: { tenderId: "tender" },
    form: { submissionKey: key(), question: "A swapped question?" },
  },
  "(portal)/provider/tenders/[id]/actions.ts#saveBidAction": {
    ids: { tenderId: "tender" },
    form: { intent: "save", price: "1000.00", editVersion: "0" },
  },
  "(portal)/provider/tenders/[id]/actions.ts#withdrawBidAction": { ids: { tenderId: "tender" } },
  "(portal)/young-commissioner/panels/[id]/actions.ts#youngPanelDecisionAction": {
    ids: { tenderId: "tender" },
    form: { decision: "approve", note: "" },
  },
  "(portal)/provider/contracts/[id]/returns/actions.ts#saveReturnAction": {
    ids: { contractId: "contract", periodId: "returnPeriod" },
    form: { intent: "save", editVersion: "0" },
    swaps: ["council", "provider"],
  },
  "(portal)/commissioner/contracts/[id]/returns/actions.ts#reviewReturnAction": {
    ids: { contractId: "contract", periodId: "returnPeriod" },
    form: { decision: "accept", message: "" },
  },
  "(portal)/commissioner/contracts/[id]/actions.ts#addVariationAction": {
    ids: { contractId: "contract" },
    form: {
      kind: "EXTENSION",
      reason: "Swap",
      "effectiveDate-day": "1",
      "effectiveDate-month": "1",
      "effectiveDate-year": "2027",
      months: "6",
      editVersion: "1",
    },
  },
  "(portal)/commissioner/contracts/[id]/actions.ts#recordContractPaymentAction": {
    ids: { contractId: "contract" },
    form: {
      reference: "SWAP",
      amount: "10.00",
      "paidOn-day": "1",
      "paidOn-month": "12",
      "paidOn-year": "2026",
    },
  },
  "(portal)/commissioner/contracts/[id]/actions.ts#updateKpiThresholdsAction": {
    ids: { contractId: "contract", kpiId: "kpi" },
    form: { greenPercent: "90", amberPercent: "70", editVersion: "1" },
  },
  "(portal)/commissioner/contracts/[id]/actions.ts#recordMeetingAction": {
    ids: { contractId: "contract" },
    form: {
      submissionKey: key(),
      "heldOn-day": "1",
      "heldOn-month": "12",
      "heldOn-year": "2026",
      time: "10:00",
      attendees: "Pat",
      notes: "Swap",
      satisfactionDiscussed: "yes",
    },
  },
  "(portal)/commissioner/contracts/[id]/actions.ts#addActionItemAction": {
    ids: { contractId: "contract", meetingId: "meeting" },
    form: {
      submissionKey: key(),
      description: "Swap",
      ownerName: "Pat",
      ownerSide: "COUNCIL",
      "dueDate-day": "1",
      "dueDate-month": "1",
      "dueDate-year": "2027",
    },
  },
  "(portal)/commissioner/contracts/[id]/actions.ts#setActionItemStatusAction": {
    ids: { contractId: "contract", actionId: "meetingAction" },
    form: { status: "DONE" },
  },
  "(portal)/provider/contracts/[id]/actions.ts#setOwnActionStatusAction": {
    ids: { contractId: "contract", actionId: "meetingAction" },
    form: { status: "DONE" },
    swaps: ["council", "provider"],
  },
  "(portal)/commissioner/specifications/actions.ts#updateSpecificationAction": {
    ids: { specificationId: "specification", serviceTypeId: null, districtIds: { own: "district" } },
    form: {
      title: "Swapped",
      summary: "Swap",
      serviceTypeId: "any",
      ageMin: "5",
      ageMax: "15",
      needTypeCodes: ["ASD"],
      outcomes: "Children enjoy their holidays",
      "outputs-0-measure": "Play days",
      "outputs-0-unit": "DAYS",
      "outputs-0-quantity": "10",
      "outputs-0-period": "PER_WEEK",
      maxAnnualValue: "120000",
      termMonths: "36",
      extensionMonths: "12",
      editVersion: "1",
    },
  },
  "(portal)/commissioner/specifications/actions.ts#saveEqualityImpactAction": {
    ids: { specificationId: "specification" },
    form: { eiaGroups: "All", eiaImpact: "None", eiaMitigations: "None" },
  },
  "(portal)/commissioner/specifications/actions.ts#sendForApprovalAction": {
    ids: { specificationId: "specification" },
  },
  "(portal)/commissioner/specifications/actions.ts#approveSpecificationAction": {
    ids: { specificationId: "specification" },
  },
  "(portal)/commissioner/feedback/actions.ts#setFeedbackThemesAction": {
    ids: { feedbackId: "feedback", themeIds: "feedbackTheme" },
  },
  "(portal)/commissioner/feedback/actions.ts#updateFeedbackStatusAction": {
    ids: { feedbackId: "feedback" },
    form: { status: "CLOSED" },
  },
  "(portal)/commissioner/you-said-we-did/actions.ts#createYouSaidWeDidAction": {
    ids: { actionId: null, themeIds: "feedbackTheme", feedbackIds: "feedback" },
    form: { submissionKey: key(), youSaid: "Swap", weDid: "Swap", status: "PLANNED" },
  },
  "(portal)/commissioner/you-said-we-did/actions.ts#updateYouSaidWeDidAction": {
    ids: { actionId: "youSaidWeDid", themeIds: { own: "feedbackTheme" }, feedbackIds: null },
    form: { submissionKey: key(), youSaid: "Swap", weDid: "Swap", status: "PLANNED" },
  },
  "(portal)/provider/feedback/actions.ts#replyToFeedbackAction": {
    ids: { feedbackId: "providerFeedback" },
    form: { submissionKey: key(), body: "Swapped reply" },
    swaps: ["council", "provider"],
  },
  "(portal)/provider/feedback/actions.ts#recordChildFeedbackBatchAction": {
    ids: { contractId: "contract" },
    form: { submissionKey: key(), "face-0": "HAPPY", "liked-0": "Games", "improve-0": "" },
    swaps: ["council", "provider"],
  },
  "(portal)/commissioner/forums/actions.ts#recordForumAttendanceAction": {
    ids: { announcementId: "announcement", organisationId: { own: "organisation" } },
    form: { attendeeName: "Pat", attended: "yes" },
  },
  "(portal)/commissioner/forums/actions.ts#removeForumAttendanceAction": {
    ids: { announcementId: "announcement", attendanceId: "forumAttendance" },
  },
  "(portal)/provider/announcements/actions.ts#acknowledgeAnnouncementAction": {
    ids: { announcementId: "announcement" },
  },
  "(portal)/provider/services/actions.ts#proposeListingChangeAction": {
    ids: { serviceId: "listing" },
    form: {
      name: "Swapped listing",
      description: "Swap",
      serviceType: "PLAY_SCHEME",
      ageMin: "5",
      ageMax: "14",
      isFree: "yes",
      districts: ["NC"],
    },
    swaps: ["council", "provider"],
  },
  "(portal)/provider/services/actions.ts#confirmListingAction": {
    ids: { serviceId: "listing" },
    swaps: ["council", "provider"],
  },
  "(portal)/commissioner/listings/actions.ts#decideListingRevisionAction": {
    ids: { revisionId: "listingRevision" },
    form: { decision: "APPROVE", reason: "" },
  },
  "actions/young-commissioners.ts#saveYoungCommissionerDetailsAction": {
    ids: { membershipId: "youngCommissioner" },
    form: {
      "dateOfBirth-day": "1",
      "dateOfBirth-month": "1",
      "dateOfBirth-year": "2010",
      consentGivenBy: "Pat",
      consentRelationship: "Parent",
      "consentGivenOn-day": "1",
      "consentGivenOn-month": "1",
      "consentGivenOn-year": "2026",
    },
  },
  "actions/young-commissioners.ts#recordTrainingAction": {
    ids: { membershipId: "youngCommissioner", moduleId: "trainingModule" },
    form: {
      "completedOn-day": "1",
      "completedOn-month": "11",
      "completedOn-year": "2026",
      deliveredBy: "Pat",
    },
  },
  "(portal)/commissioner/venue-reviews/actions.ts#scheduleVenueReviewAction": {
    ids: {
      serviceId: "listing",
      reviewerIds: { own: "youngCommissioner" },
      supportStaffId: { own: "staffMembership" },
    },
    form: { submissionKey: key(), "plannedFor-day": "1", "plannedFor-month": "2", "plannedFor-year": "2027" },
  },
  "(portal)/commissioner/venue-reviews/actions.ts#scheduleRevisitAction": {
    ids: { reviewId: "venueReview" },
    form: { "revisitOn-day": "1", "revisitOn-month": "2", "revisitOn-year": "2027" },
  },
  "(portal)/young-commissioner/reviews/actions.ts#submitVenueReviewAction": {
    ids: { reviewId: "venueReview" },
    form: {
      "visitedOn-day": "1",
      "visitedOn-month": "11",
      "visitedOn-year": "2026",
      whatWasGood: "Games",
      "rating-welcome": "HAPPY",
    },
  },
  "(portal)/young-commissioner/reviews/actions.ts#addVenueReviewPhotoAction": {
    ids: { reviewId: "venueReview" },
    form: { submissionKey: key(), caption: "Door", photo: png() },
  },
  "(portal)/young-commissioner/reviews/actions.ts#removeVenueReviewPhotoAction": {
    ids: { reviewId: "venueReview", photoId: "photo" },
  },
  "(portal)/young-commissioner/reviews/actions.ts#recordRevisitAction": {
    ids: { reviewId: "venueReview" },
    form: {
      "visitedOn-day": "1",
      "visitedOn-month": "11",
      "visitedOn-year": "2026",
      summary: "Swap",
      findings: "Swap",
    },
  },
  "(portal)/provider/venue-reviews/actions.ts#respondToRecommendationAction": {
    ids: { reviewId: "venueReview", recommendationId: "recommendation" },
    form: { decision: "ACCEPTED", plan: "Fix it", ...dateInput("plannedBy", 30) },
    swaps: ["council", "provider"],
  },
  "(portal)/commissioner/involvement/actions.ts#addInvolvementActionAction": {
    ids: { planId: "involvementPlan" },
    form: { description: "Swap", owner: "Pat", ...dateInput("dueDate", 30), editVersion: "1" },
  },
  "(portal)/commissioner/involvement/actions.ts#updateInvolvementActionAction": {
    ids: { actionId: "involvementAction" },
    form: { status: "DONE", evidence: "Swap", editVersion: "1" },
  },
  "(portal)/commissioner/involvement/activities/actions.ts#createInvolvementActivityAction": {
    ids: { planId: "involvementPlan" },
    form: { kind: "CONSULTATION", title: "Swap", ...dateInput("heldOn", -10) },
  },
  "(portal)/commissioner/involvement/activities/actions.ts#updateInvolvementActivityAction": {
    ids: { id: "involvementActivity", planId: "involvementPlan" },
    form: { kind: "CONSULTATION", title: "Swap", ...dateInput("heldOn", -10) },
  },
  "(portal)/commissioner/involvement/activities/actions.ts#linkYouSaidWeDidAction": {
    ids: { activityId: "involvementActivity", youSaidWeDidIds: "youSaidWeDid" },
  },
  "(portal)/commissioner/priorities/actions.ts#openPriorityRoundAction": {
    ids: { needTypeIds: "needType" },
    form: { title: "Swap round", ...dateInput("closesOn", 30) },
  },
  "(portal)/commissioner/priorities/actions.ts#closePriorityRoundAction": {
    ids: { roundId: "priorityRound" },
  },
  "(portal)/commissioner/priorities/actions.ts#attachPrioritiesAction": {
    ids: { roundId: "priorityRound", specificationId: "specification" },
  },
  "(portal)/young-commissioner/priorities/actions.ts#savePriorityRankingAction": {
    ids: { roundId: "priorityRound" },
    form: { ranks: "" },
  },
};

const isIdField = (field: string) => /^id$|Id$|Ids$/.test(field);

/** The top-level fields a zod schema reads (through pipes, refinements, unions and intersections). */
function schemaFields(schema: unknown): string[] {
  const s = schema as {
    shape?: Record<string, unknown>;
    def?: {
      in?: unknown;
      innerType?: unknown;
      schema?: unknown;
      options?: unknown[];
      left?: unknown;
      right?: unknown;
    };
  };
  if (s?.shape) return Object.keys(s.shape);
  const d = s?.def;
  if (!d) return [];
  if (d.in) return schemaFields(d.in);
  if (d.innerType) return schemaFields(d.innerType);
  if (d.schema) return schemaFields(d.schema);
  if (d.options) return [...new Set(d.options.flatMap(schemaFields))];
  if (d.left) return [...new Set([...schemaFields(d.left), ...schemaFields(d.right)])];
  return [];
}

type AnyAction = ((prev: null, form: FormData) => Promise<unknown>) & {
  schema?: unknown;
  permission?: Permission;
};

async function loadAction(k: string): Promise<AnyAction> {
  const [file, name] = k.split("#");
  const mod = (await import(path.resolve(import.meta.dirname, "../../app", file))) as Record<
    string,
    AnyAction
  >;
  return mod[name];
}

/** Action → the fields of its form that name records. */
async function idFieldsOfEveryAction(): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const k of Object.keys(ACTIONS)) {
    const action = await loadAction(k);
    if (action.schema) out.set(k, schemaFields(action.schema).filter(isIdField));
    else
      out.set(
        k,
        UNDEFINED_ACTION_IDS[k] ?? [`(not defined with defineFormAction: list ${k} in UNDEFINED_ACTION_IDS)`],
      );
  }
  return out;
}

/** Roles in the order the suite prefers a demo user for an action's permission. */
const ROLE_ORDER: Role[] = [
  "COMMISSIONER",
  "SOCIAL_WORKER",
  "ADMIN",
  "PROVIDER",
  "FAMILY",
  "YOUNG_COMMISSIONER",
];

async function actorForAction(k: string, s: Side): Promise<Actor> {
  const allowed = rolesWith(ACTIONS[k]);
  const role = ROLE_ORDER.find((r) => allowed.includes(r));
  if (!role) throw new Error(`id-swaps: no demo role may run ${k}`);
  const local = LOCAL_FOR_ROLE[role]!;
  return actorFor(s.slug, local === "provider" ? s.provider : local === "family" ? s.family : local);
}

/** Every write to any table, noted by a trigger, so "nothing changed" covers the whole database. */
async function installWriteJournal() {
  await prisma.$executeRawUnsafe(`CREATE TABLE "idswap_writes" ("table" text NOT NULL, "op" text NOT NULL)`);
  await prisma.$executeRawUnsafe(`CREATE FUNCTION idswap_note() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO "idswap_writes" VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$`);
  await prisma.$executeRawUnsafe(`DO $$ DECLARE t text; BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'
      AND tablename NOT IN ('_prisma_migrations', 'idswap_writes') LOOP
      EXECUTE format('CREATE TRIGGER idswap_note AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION idswap_note()', t);
    END LOOP; END $$`);
}

async function writesSince(mark: number): Promise<string[]> {
  const rows = await prisma.$queryRawUnsafe<{ table: string; op: string }[]>(
    `SELECT "table", "op" FROM "idswap_writes" OFFSET ${mark}`,
  );
  return rows.map((r) => `${r.op} ${r.table}`);
}

async function writeCount(): Promise<number> {
  const [{ n }] = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "idswap_writes"`,
  );
  return n;
}

describe("actions", () => {
  let fields: Map<string, string[]>;
  beforeAll(async () => {
    fields = await idFieldsOfEveryAction();
  });

  it("has a case for every action whose form names a record", () => {
    const missing: string[] = [];
    for (const [k, fs] of fields) {
      for (const f of fs) {
        if (NOT_SWAPPABLE[`${k} ${f}`]) continue;
        if (!ACTION_CASES[k] || !(f in ACTION_CASES[k].ids)) missing.push(`${k} ${f}`);
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(ACTION_CASES).filter((k) => !ACTIONS[k])).toEqual([]);
  });

  const rows = Object.entries(ACTION_CASES).flatMap(([k, c]) =>
    [c, ...(c.also ?? [])].flatMap((form, variant) =>
      (c.swaps ?? ["council"]).flatMap((swap) =>
        (c.from ?? (["northshire", "eastbrook"] as Slug[])).map((slug) => ({
          key: k,
          name: `${k.split("#")[1]} (${Object.values(form.ids).filter((v) => typeof v === "string")[0] ?? "—"})`,
          variant,
          swap,
          slug,
        })),
      ),
    ),
  );

  it.each(rows)("$name: $swap swap from $slug", async ({ key: k, variant, swap, slug }) => {
    const c = variant === 0 ? ACTION_CASES[k] : { ...ACTION_CASES[k], ...ACTION_CASES[k].also![variant - 1] };
    const mine: Side = { ...home, slug };
    const theirs = other(swap, mine);
    current = await actorForAction(k, mine);
    const form = new FormData();
    for (const [name, value] of Object.entries(c.form ?? {}))
      for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
    const swapped: string[] = [];
    for (const [name, kind] of Object.entries(c.ids)) {
      if (!kind) continue;
      if (typeof kind === "object") form.set(name, await recordId(kind.own, mine));
      else {
        form.set(name, await recordId(kind, theirs));
        swapped.push(name);
      }
    }
    const mark = await writeCount();
    const action = await loadAction(k);
    let state: unknown;
    try {
      state = await action(null, form);
    } catch (e) {
      const digest = (e as { digest?: string }).digest ?? "";
      state = digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")
        ? "not found"
        : `threw ${digest || String(e)}`;
    }
    const s = state as { ok?: boolean; formError?: string; fieldErrors?: Record<string, string> } | null;
    // Refused: not found, or the swapped field itself refused ("choose one of your council's areas").
    const notFound =
      state === "not found" ||
      /could not be found/.test(s?.formError ?? "") ||
      (s?.ok === false && swapped.some((f) => s.fieldErrors?.[f])) ||
      (c.refusal === "no effect" && s?.ok === true);
    const outcome = { state: notFound ? "not found" : state, writes: await writesSince(mark) };
    expect(outcome).toEqual({
      state: "not found",
      writes: [],
    });
    if (variant === 0 && swap === "council" && slug === (c.from?.[0] ?? "northshire")) counts.actions++;
    counts.swaps++;
  });
});

// ---------------------------------------------------------------------------------------------
// Stored files (api/files/[id] serves what readableFile returns)

describe("stored files", () => {
  const rows: { file: "receiptFile" | "photoFile"; local: string; swap: Swap; slug: Slug }[] = [];
  for (const slug of ["northshire", "eastbrook"] as Slug[]) {
    rows.push({ file: "receiptFile", local: "family", swap: "council", slug });
    rows.push({ file: "receiptFile", local: "family", swap: "family", slug });
    rows.push({ file: "receiptFile", local: "social-worker", swap: "council", slug });
    rows.push({ file: "photoFile", local: "provider", swap: "council", slug });
    rows.push({ file: "photoFile", local: "commissioner", swap: "council", slug });
  }

  it.each(rows)("$file as $local: $swap swap from $slug", async ({ file, local, swap, slug }) => {
    const mine: Side = { ...home, slug };
    const actor = await actorFor(slug, local);
    // Its own file opens: the refusal below is the swap's.
    await expect(readableFile(actor, await recordId(file, mine))).resolves.toHaveProperty("bytes");
    const mark = await writeCount();
    await expect(readableFile(actor, await recordId(file, other(swap, mine)))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await writesSince(mark)).toEqual([]);
    counts.swaps++;
  });
});

// ---------------------------------------------------------------------------------------------
// Route handlers whose path names a record

type RouteFn = (request: NextRequest, context: { params: Promise<object> }) => Promise<Response>;

/** The first OCDS process of a council's release list (its ocid carries the council's prefix). */
async function firstOcid(slug: Slug): Promise<string> {
  const list = await callRoute("api/ocds/[slug]/releases/route.ts", { slug });
  const body = (await list.json()) as { releases?: { ocid: string }[] };
  const ocid = body.releases?.[0]?.ocid;
  if (!ocid) throw new Error(`id-swaps: no OCDS release for ${slug}`);
  return ocid;
}

async function callRoute(file: string, params: Record<string, string>): Promise<Response> {
  const mod = (await import(path.resolve(import.meta.dirname, "../../app", file))) as { GET: RouteFn };
  return mod.GET(new NextRequest("http://localhost/"), { params: Promise.resolve(params) });
}

/** Route → who calls it, and the record its path names for a side. */
const ROUTE_CASES: Record<
  string,
  { local: string | null; swaps: Swap[]; id: (s: Side) => Promise<Record<string, string>> }
> = {
  "api/files/[id]/route.ts": {
    local: "family",
    swaps: ["council", "family"],
    id: async (s) => ({ id: await recordId("receiptFile", s) }),
  },
  "api/oruk/[slug]/services/[id]/route.ts": {
    local: null,
    swaps: ["council"],
    id: async (s) => ({
      id: (await prisma.service.findUniqueOrThrow({ where: { id: await recordId("listing", s) } })).orukId,
    }),
  },
  "api/oruk/[slug]/organizations/[id]/route.ts": {
    local: null,
    swaps: ["council"],
    id: async (s) => ({ id: orukUuid("organization", await recordId("organisation", s)) }),
  },
  "api/ocds/[slug]/releases/[ocid]/route.ts": {
    local: null,
    swaps: ["council"],
    id: async (s) => ({ ocid: await firstOcid(s.slug) }),
  },
};

describe("route handlers", () => {
  const withIds = Object.keys(ROUTE_HANDLERS).filter((r) =>
    [...r.matchAll(/\[([^\]]+)\]/g)].some(([, p]) => p !== "slug" && p !== "...nextauth"),
  );

  it("has a case for every route handler whose path names a record", () => {
    expect(withIds.filter((r) => !ROUTE_CASES[r])).toEqual([]);
  });

  const rows = Object.entries(ROUTE_CASES).flatMap(([route, c]) =>
    c.swaps.flatMap((swap) => (["northshire", "eastbrook"] as Slug[]).map((slug) => ({ route, swap, slug }))),
  );

  it.each(rows)("$route: $swap swap from $slug", async ({ route, swap, slug }) => {
    const c = ROUTE_CASES[route];
    const mine: Side = { ...home, slug };
    current = c.local ? await actorFor(slug, c.local) : null;
    const own = await callRoute(route, { slug, ...(await c.id(mine)) });
    expect(own.status).toBe(200);
    const mark = await writeCount();
    const swapped = await callRoute(route, { slug, ...(await c.id(other(swap, mine))) });
    expect(swapped.status).toBe(404);
    expect(await writesSince(mark)).toEqual([]);
    if (swap === "council" && slug === "northshire") counts.routes++;
    counts.swaps++;
  });
});
