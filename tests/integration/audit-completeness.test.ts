/**
 * Audit completeness (issue 19, item 7; docs/decisions/0046): the audit records every write, every
 * view of a child's record and every export.
 *
 * - Views: every page whose path names one child's record (found from the access matrix, so a new
 *   one fails until it is placed here) is opened as the officer who may see it, and must append
 *   its view row, naming the record by id only; the family's own pages are listed with why not.
 * - Exports: every route handler that is not public answers a file; each is called and must append
 *   its export row.
 * - Writes, statically: every function in lib/ that writes to the database audits, or is listed
 *   with why not (bookkeeping, or a helper inside a caller's audited transaction).
 * - Writes, dynamically: a journal kept by triggers on every table notes the transaction of each
 *   write; a sample of form actions is run for real, and every transaction that changed a business
 *   table must have inserted an AuditEvent too. A deliberate unaudited write proves the check fails.
 */
import fs from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { notFound } from "next/navigation";
import { NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { PAGES, ROUTE_HANDLERS } from "@/lib/auth/access-matrix";
import { seed } from "@/prisma/seed";
import { actorFor, home, recordId, storeDemoFiles, type Kind } from "./id-swap-records";
import { openPageFile, pageFiles } from "./render-page";

const PAGE_FILES = pageFiles();

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => current,
  getSessionState: async () => (current ? { kind: "acting", actor: current } : { kind: "signed-out" }),
  requireSignedIn: async () => (current ? { kind: "acting", actor: current } : notFound()),
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

const ROOT = path.resolve(import.meta.dirname, "../..");
const APP = path.join(ROOT, "app");
process.env.FILES_DIR = path.join(tmpdir(), `audit-completeness-${process.pid}`);

beforeAll(async () => {
  await seed({ quiet: true });
  await storeDemoFiles();
  await installTransactionJournal();
}, 60_000);

afterAll(async () => {
  await rm(process.env.FILES_DIR!, { recursive: true, force: true });
});

/** Audit rows written since `since`, oldest first. */
async function auditSince(since: Date) {
  return prisma.auditEvent.findMany({ where: { createdAt: { gte: since } }, orderBy: { createdAt: "asc" } });
}

/** The child's personal details, none of which may appear in an audit row. */
async function personalDetailsOf(childId: string): Promise<string[]> {
  const c = await prisma.child.findUniqueOrThrow({ where: { id: childId } });
  return [
    c.firstName,
    c.lastName,
    c.postcode,
    c.parentName,
    c.parentEmail,
    c.dateOfBirth?.toISOString(),
  ].filter((v): v is string => typeof v === "string" && v.length > 2);
}

// ---------------------------------------------------------------------------------------------
// Views of a child's record

/** Path words of a page about one child: its register entry, assessment, budget, plan, evidence. */
const CHILD_RECORD_PATH = /child|register|assessment|budget|evidence|your-data/;
const NOT_RECORD_SEGMENTS = new Set(["slug", "token", "step", "index", "version", "domain"]);
const namesRecord = (route: string) =>
  [...route.matchAll(/\[([^\]]+)\]/g)].some(([, p]) => !NOT_RECORD_SEGMENTS.has(p));

type ViewCase =
  { local: string; params: Record<string, Kind | string>; action: string; entity: Kind } | { exempt: string };

const FAMILY_OWN = "the family's own child: the register logs council staff's views (PRODUCT.md)";

/** Every page of one child's record: who opens it, and the audit row it must write. */
const VIEW_CASES: Record<string, ViewCase> = {
  "/commissioner/register/[id]": {
    local: "commissioner",
    params: { id: "child" },
    action: "child:view",
    entity: "child",
  },
  "/social-worker/children/[id]": {
    local: "social-worker",
    params: { id: "child" },
    action: "child:view",
    entity: "child",
  },
  "/social-worker/assessments/[id]": {
    local: "social-worker",
    params: { id: "assessment" },
    action: "assessment:view",
    entity: "assessment",
  },
  "/social-worker/assessments/[id]/summary": {
    local: "social-worker",
    params: { id: "assessment" },
    action: "assessment:view",
    entity: "assessment",
  },
  "/social-worker/assessments/[id]/domains/[domain]": {
    local: "social-worker",
    params: { id: "assessment", domain: "=0" },
    action: "assessment:view",
    entity: "assessment",
  },
  "/social-worker/assessments/[id]/budget": {
    local: "social-worker",
    params: { id: "assessment" },
    action: "assessment:view",
    entity: "assessment",
  },
  "/social-worker/budgets/[id]": {
    local: "social-worker",
    params: { id: "budget" },
    action: "budget:view",
    entity: "budget",
  },
  "/social-worker/budgets/[id]/plan": {
    local: "social-worker",
    params: { id: "budget" },
    action: "budget:view",
    entity: "budget",
  },
  "/social-worker/budgets/[id]/evidence/[evidenceId]": {
    local: "social-worker",
    params: { id: "budget", evidenceId: "evidence" },
    action: "spend-evidence:view",
    entity: "evidence",
  },
  "/family/children/[id]": { exempt: FAMILY_OWN },
  "/family/children/[id]/edit": { exempt: FAMILY_OWN },
  "/family/children/[id]/withdraw": { exempt: FAMILY_OWN },
  "/family/budgets/[id]": { exempt: FAMILY_OWN },
  "/family/budgets/[id]/evidence/new": { exempt: FAMILY_OWN },
  "/family/budgets/[id]/evidence/[evidenceId]": { exempt: FAMILY_OWN },
};

/** The child a record is about. */
async function childOf(kind: Kind, id: string): Promise<string> {
  if (kind === "child") return id;
  if (kind === "assessment") return (await prisma.assessment.findUniqueOrThrow({ where: { id } })).childId;
  if (kind === "budget") return (await prisma.personalBudget.findUniqueOrThrow({ where: { id } })).childId;
  if (kind === "evidence") {
    const e = await prisma.spendEvidence.findUniqueOrThrow({
      where: { id },
      include: { personalBudget: true },
    });
    return e.personalBudget.childId;
  }
  throw new Error(`audit-completeness: no child for ${kind}`);
}

describe("every view of a child's record is audited", () => {
  const discovered = Object.keys(PAGES).filter((r) => CHILD_RECORD_PATH.test(r) && namesRecord(r));

  it("has a case for every page of one child's record", () => {
    expect(discovered.length).toBeGreaterThan(10);
    expect(discovered.filter((r) => !VIEW_CASES[r])).toEqual([]);
    expect(Object.keys(VIEW_CASES).filter((r) => !discovered.includes(r))).toEqual([]);
  });

  const audited = Object.entries(VIEW_CASES).flatMap(([route, c]) => ("exempt" in c ? [] : [{ route, c }]));
  it.each(audited)("$route writes $c.action, with ids only", async ({ route, c }) => {
    current = await actorFor(home.slug, c.local);
    const params: Record<string, string> = {};
    for (const [name, v] of Object.entries(c.params))
      params[name] = v.startsWith("=") ? v.slice(1) : await recordId(v as Kind, home);
    const since = new Date(Date.now() - 1);
    expect(await openPageFile(PAGE_FILES.get(route) ?? route, params)).toBe("ok");
    const rows = (await auditSince(since)).filter((r) => r.action === c.action);
    const entityId = await recordId(c.entity, home);
    expect(rows.map((r) => [r.entityId, r.actorUserId, r.councilId])).toContainEqual([
      entityId,
      current.userId,
      current.councilId,
    ]);
    const details = JSON.stringify(rows.map((r) => [r.summary, r.metadata]));
    for (const d of await personalDetailsOf(await childOf(c.entity, entityId)))
      expect(details).not.toContain(d);
  });
});

// ---------------------------------------------------------------------------------------------
// Exports

type ExportCase = {
  local: string;
  params?: () => Promise<Record<string, string>>;
  query?: string;
  action: RegExp;
};

/** Every route handler that is not public (each answers a file): who downloads it, and its audit row. */
const EXPORT_CASES: Record<string, ExportCase> = {
  "(portal)/family/your-data/download/route.ts": { local: "family", action: /^family-data:export$/ },
  "(portal)/admin/register/export/route.ts": {
    local: "admin",
    query: "format=csv",
    action: /^child:export$/,
  },
  "(portal)/commissioner/statistics/export/route.ts": {
    local: "commissioner",
    query: "view=district-age&format=csv",
    action: /^statistics:export$/,
  },
  "(portal)/commissioner/feedback/export/route.ts": {
    local: "commissioner",
    query: "format=xlsx",
    action: /^feedback:export$/,
  },
  "(portal)/commissioner/involvement/report/export/route.ts": {
    local: "commissioner",
    query: "blocks=8&format=csv",
    action: /^involvement-report:export$/,
  },
  // A receipt tells about a child; a venue photo does not, and is shown inline on review pages.
  "api/files/[id]/route.ts": {
    local: "family",
    params: async () => ({ id: await recordId("receiptFile", home) }),
    action: /^file:read$/,
  },
};

type RouteFn = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

describe("every export is audited", () => {
  const discovered = Object.entries(ROUTE_HANDLERS)
    .filter(([, p]) => p !== "next-auth" && !p.endsWith(":public"))
    .map(([file]) => file);

  it("has a case for every route handler that is not public", () => {
    expect(discovered.sort()).toEqual(Object.keys(EXPORT_CASES).sort());
  });

  it("says each export by its permission (so the fuzz suite lets it audit) or is the file route", () => {
    for (const file of discovered)
      if (file !== "api/files/[id]/route.ts") expect(ROUTE_HANDLERS[file], file).toMatch(/^export:/);
  });

  it.each(Object.entries(EXPORT_CASES))("%s writes its export row", async (file, c) => {
    current = await actorFor(home.slug, c.local);
    const mod = (await import(path.join(APP, file))) as { GET: RouteFn };
    const since = new Date(Date.now() - 1);
    const response = await mod.GET(new NextRequest(`http://localhost/x?${c.query ?? ""}`), {
      params: Promise.resolve((await c.params?.()) ?? {}),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    const rows = (await auditSince(since)).filter((r) => c.action.test(r.action));
    expect(rows.map((r) => [r.actorUserId, r.councilId])).toContainEqual([current.userId, current.councilId]);
  });
});

// ---------------------------------------------------------------------------------------------
// Writes, statically: every function in lib/ that writes audits, or says why not

const WRITE =
  /\b(?:tx|prisma|db|client)\.[a-zA-Z]+\.(?:create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany)\(|\$(?:execute|query)Raw(?:Unsafe)?\s*(?:`|\(\s*[`"'])\s*(?:WITH[\s\S]{0,400}?)?(?:INSERT|UPDATE|DELETE|TRUNCATE|COPY)\b/i;
const AUDIT = /\brecord(?:Account)?Audit\(|\bauditEvent\.create(?:Many)?\(/;

/** Folders of lib/ that never write the portal's records (generated client, pure rules, the CLI's own adapter). */
const NOT_SCANNED = /^(generated|domain|schemas|routes|spreadsheets)\/|^(prisma-pg-compat|embedded-db)\.ts$/;

/**
 * Functions that write without an audit row of their own, and why. `helper`: takes the caller's
 * transaction (a `Tx`), and every caller audits in it (the dynamic check below samples this);
 * `bookkeeping`: not a record of the council's work (sessions, throttling, queues, drafts, reads).
 */
const UNAUDITED: Record<string, string> = {
  // Helpers inside a caller's audited transaction
  "data/tenders/create-contract-from-award.ts#createContractFromAward":
    "helper: confirmAward audits award:confirm",
  "data/service-types/adopt-every-service-type.ts#adoptEveryServiceType":
    "helper: createCouncil audits council:create",
  "data/register/erase-child-details.ts#eraseChildDetails":
    "helper: withdrawal and age-out audit child:erase",
  "data/reference-data/reference-tables.ts#REFERENCE_TABLES":
    "helper: the reference-data actions audit each add, rename, move and retire",
  "data/contracts/refresh-contract-rag.ts#refreshContractRag":
    "helper: a derived status recomputed inside the audited return or KPI change",
  "data/users/password-link.ts#issuePasswordLink": "helper: every caller audits user:issue-password-link",
  "files/stored-files.ts#withStoredUpload":
    "helper: the receipt or photo the file belongs to is audited in the same transaction",
  "auth/user-session.ts#revokeUserSessions": "helper: sign out everywhere and password changes audit it",
  "auth/user-session.ts#revokeMembershipSessions": "helper: role and access changes audit it",
  "data/tenders/notify.ts#notifyOrganisations": "helper: notifications inside the audited tender change",
  "data/tenders/notify.ts#notifyMemberships": "helper: notifications inside the audited tender change",
  "data/users/notify-added-to-council.ts#notifyAddedToCouncil": "helper: inside the audited user:create",
  "data/directory/notify-commissioners-of-revision.ts#notifyCommissionersOfRevision":
    "helper: notifications inside the audited listing:propose",
  "data/claim-submission.ts#claimSubmission":
    "bookkeeping: the double-submit guard, inside the audited write",
  "data/claim-submission.ts#completeSubmission":
    "bookkeeping: the double-submit guard, inside the audited write",
  "data/mail/queue-email.ts#queueEmail": "bookkeeping: the outbox, written inside the audited change",
  // Bookkeeping: not a record of the council's work
  "auth/authenticate.ts#authenticate": "bookkeeping: the last sign-in time",
  "auth/load-actor.ts#loadSession": "bookkeeping: ends an idle or expired session",
  "auth/load-actor.ts#loadActor": "bookkeeping: ends an idle or expired session (through loadSession)",
  "auth/throttle.ts#beginAttempt": "bookkeeping: sign-in throttling",
  "auth/throttle.ts#markAttemptSucceeded": "bookkeeping: sign-in throttling",
  "auth/throttle.ts#forgetAttempt": "bookkeeping: sign-in throttling",
  "auth/user-session.ts#startSession": "bookkeeping: a sign-in's server-side session",
  "auth/user-session.ts#revokeSession": "bookkeeping: sign-out",
  "data/users/choose-membership.ts#chooseMembership": "bookkeeping: who the session acts for",
  "data/second-factor/check-sign-in-code.ts#checkSignInCode":
    "bookkeeping: a used code or the last code step",
  "data/second-factor/set-up-second-factor.ts#startSecondFactorSetup":
    "bookkeeping: a secret not yet confirmed; turning it on audits user:second-factor-on",
  "data/jobs/record-job-run.ts#recordJobRun": "bookkeeping: the job log (shown to administrators)",
  "data/mail/send-outbox.ts#sendOutbox": "bookkeeping: sending queued e-mail",
  "data/notifications/mark-notifications-read.ts#markNotificationsRead":
    "bookkeeping: a person's own read marks",
  "data/register/registration-draft.ts#saveRegistrationDraft":
    "bookkeeping: a family's unsent form; registering audits child:register",
  "data/accounts/start-family-sign-up.ts#startFamilySignUp":
    "bookkeeping: an unconfirmed request; the account is audited user:sign-up when confirmed",
  "data/housekeeping/prune-records.ts#pruneRecords":
    "bookkeeping: removes ended sessions, attempts and old job runs",
  "data/tenders/remind-bid-deadlines.ts#remindBidDeadlines":
    "bookkeeping: reminder e-mails and notifications",
  "data/budgets/remind-budget-reviews.ts#remindBudgetReviews": "bookkeeping: reminder notifications",
  "data/directory/notify-listings-due-for-review.ts#notifyListingsDueForReview":
    "bookkeeping: reminder notifications",
};

interface Fn {
  key: string;
  name: string;
  exported: boolean;
  body: string;
}

function libFunctions(): Fn[] {
  const lib = path.join(ROOT, "lib");
  const files = (fs.readdirSync(lib, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => /\.tsx?$/.test(f) && !NOT_SCANNED.test(f));
  return files.flatMap((file) => {
    const src = fs.readFileSync(path.join(lib, file), "utf8");
    const sf = ts.createSourceFile(file, src, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const out: Fn[] = [];
    const isExported = (n: ts.Node) =>
      ts.canHaveModifiers(n) &&
      (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    sf.forEachChild((node) => {
      if (ts.isFunctionDeclaration(node) && node.name)
        out.push({
          key: `${file}#${node.name.text}`,
          name: node.name.text,
          exported: isExported(node),
          body: node.getText(sf),
        });
      else if (ts.isVariableStatement(node))
        for (const d of node.declarationList.declarations)
          out.push({
            key: `${file}#${d.name.getText(sf)}`,
            name: d.name.getText(sf),
            exported: isExported(node),
            body: d.initializer?.getText(sf) ?? "",
          });
      else if (ts.isClassDeclaration(node) && node.name)
        out.push({
          key: `${file}#${node.name.text}`,
          name: node.name.text,
          exported: isExported(node),
          body: node.getText(sf),
        });
    });
    return out;
  });
}

/** Exported functions that write (themselves or through a function of their own file) and do not audit. */
function unauditedWriters(): string[] {
  const fns = libFunctions();
  const byFile = new Map<string, Fn[]>();
  for (const f of fns) byFile.set(f.key.split("#")[0], [...(byFile.get(f.key.split("#")[0]) ?? []), f]);
  // Functions that audit, anywhere in lib/ (a call to one counts as auditing), to a fixed point.
  const auditing = new Set(fns.filter((f) => AUDIT.test(f.body)).map((f) => f.name));
  const writing = new Set(fns.filter((f) => WRITE.test(f.body)).map((f) => f.key));
  for (let changed = true; changed;) {
    changed = false;
    for (const f of fns) {
      const uses = (name: string) => name !== f.name && new RegExp(`\\b${name}\\b`).test(f.body);
      const calls = (name: string) => name !== f.name && new RegExp(`\\b${name}\\(`).test(f.body);
      if (!auditing.has(f.name) && [...auditing].some(calls)) {
        auditing.add(f.name);
        changed = true;
      }
      const local = byFile.get(f.key.split("#")[0]) ?? [];
      if (!writing.has(f.key) && local.some((g) => writing.has(g.key) && uses(g.name))) {
        writing.add(f.key);
        changed = true;
      }
    }
  }
  return fns.filter((f) => f.exported && writing.has(f.key) && !auditing.has(f.name)).map((f) => f.key);
}

describe("every write path audits (static)", () => {
  it("each function in lib/ that writes audits, or is listed with why not", () => {
    const found = unauditedWriters();
    expect(found.filter((k) => !UNAUDITED[k])).toEqual([]);
    expect(Object.keys(UNAUDITED).filter((k) => !found.includes(k))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Writes, dynamically: each transaction that changes a business table inserts an audit row

/** Tables written without an audit row by design (see UNAUDITED's bookkeeping). */
const BOOKKEEPING = new Set([
  "UserSession",
  "SignInAttempt",
  "FormSubmission",
  "Notification",
  "OutboxMessage",
  "JobRun",
  "RegistrationDraft",
  "AccountRequest",
]);

async function installTransactionJournal() {
  await prisma.$executeRawUnsafe(
    `CREATE TABLE "audit_journal" ("seq" bigserial PRIMARY KEY, "txid" bigint NOT NULL, "table" text NOT NULL, "op" text NOT NULL)`,
  );
  await prisma.$executeRawUnsafe(`CREATE FUNCTION audit_journal_note() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO "audit_journal" ("txid", "table", "op") VALUES (txid_current(), TG_TABLE_NAME, TG_OP); RETURN NULL; END $$`);
  await prisma.$executeRawUnsafe(`DO $$ DECLARE t text; BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'
      AND tablename NOT IN ('_prisma_migrations', 'audit_journal') LOOP
      EXECUTE format('CREATE TRIGGER audit_journal_note AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION audit_journal_note()', t);
    END LOOP; END $$`);
}

async function journalMark(): Promise<number> {
  const [{ n }] = await prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT coalesce(max("seq"), 0)::int AS n FROM "audit_journal"`,
  );
  return n;
}

/** Transactions since `mark`: the business tables each changed, and whether it inserted an audit row. */
async function transactionsSince(mark: number) {
  const rows = await prisma.$queryRawUnsafe<{ txid: string; tables: string[]; audited: boolean }[]>(
    `SELECT "txid"::text, array_agg(DISTINCT "table") AS tables,
       bool_or("table" = 'AuditEvent' AND "op" = 'INSERT') AS audited
     FROM "audit_journal" WHERE "seq" > ${mark} GROUP BY "txid" ORDER BY min("seq")`,
  );
  return rows.map((r) => ({
    business: r.tables.filter((t) => t !== "AuditEvent" && !BOOKKEEPING.has(t)).sort(),
    audited: r.audited,
  }));
}

const unaudited = (txs: Awaited<ReturnType<typeof transactionsSince>>) =>
  txs.filter((t) => t.business.length && !t.audited).map((t) => t.business.join(", "));

/** A training module the demo young commissioner has not done yet (one is added if they have done all). */
async function unrecordedTrainingModule(): Promise<string> {
  const membershipId = await recordId("youngCommissioner", home);
  const m = await prisma.trainingModule.findFirst({
    where: {
      councilId: (await actorFor(home.slug, "commissioner")).councilId,
      records: { none: { membershipId } },
    },
  });
  if (m) return m.id;
  const council = (await actorFor(home.slug, "commissioner")).councilId;
  return (await prisma.trainingModule.create({ data: { councilId: council, name: "Audit module" } })).id;
}

type FormActionFn = (
  prev: null,
  formData: FormData,
) => Promise<{ ok?: boolean; formError?: string } | undefined>;

/** A sample of form actions run for real on the acting person's own records: each must succeed. */
const WRITE_SAMPLE: { action: string; local: string; form: () => Promise<Record<string, string>> }[] = [
  {
    action: "actions/reference-data.ts#renameReferenceValueAction",
    local: "admin",
    form: async () => ({ id: await recordId("district", home), kind: "district", name: "Audited district" }),
  },
  {
    action: "(portal)/admin/ras/actions.ts#addRasDomainAction",
    local: "admin",
    form: async () => ({ label: "Audited domain" }),
  },
  {
    action: "(portal)/social-worker/assessments/actions.ts#saveAssessmentSummaryAction",
    local: "social-worker",
    form: async () => ({ id: await recordId("assessment", home), summary: "An audited summary" }),
  },
  {
    action: "(portal)/admin/users/actions.ts#setUserDisabledAction",
    local: "admin",
    form: async () => ({ userId: await recordId("user", home), disable: "true" }),
  },
  {
    action: "(portal)/social-worker/budgets/actions.ts#recordPaymentAction",
    local: "social-worker",
    form: async () => ({
      id: await recordId("budget", home),
      submissionKey: crypto.randomUUID(),
      kind: "DIRECT_PAYMENT",
      direction: "OFF",
      amount: "10.00",
      "paidOn-day": "1",
      "paidOn-month": "12",
      "paidOn-year": "2026",
      reference: "AUDIT-1",
      note: "",
    }),
  },
  {
    action: "(portal)/commissioner/tenders/actions.ts#answerQuestionAction",
    local: "commissioner",
    form: async () => ({ questionId: await recordId("question", home), answer: "An audited answer" }),
  },
  // These three once named the young person in the audit row: the last test reads what they write now.
  {
    action: "actions/young-commissioners.ts#saveYoungCommissionerDetailsAction",
    local: "commissioner",
    form: async () => ({
      membershipId: await recordId("youngCommissioner", home),
      "dateOfBirth-day": "1",
      "dateOfBirth-month": "1",
      "dateOfBirth-year": "2010",
      consentGivenBy: "Pat Audited",
      consentRelationship: "Parent",
      "consentGivenOn-day": "1",
      "consentGivenOn-month": "1",
      "consentGivenOn-year": "2026",
    }),
  },
  {
    action: "actions/young-commissioners.ts#recordTrainingAction",
    local: "commissioner",
    form: async () => ({
      membershipId: await recordId("youngCommissioner", home),
      moduleId: await unrecordedTrainingModule(),
      "completedOn-day": "1",
      "completedOn-month": "11",
      "completedOn-year": "2026",
      deliveredBy: "Pat",
    }),
  },
  {
    action: "(portal)/commissioner/tenders/actions.ts#savePanelMemberAction",
    local: "commissioner",
    form: async () => ({
      tenderId: await recordId("tender", home),
      membershipId: await recordId("youngCommissioner", home),
      seat: "EVALUATOR",
      criterionIds: (
        await prisma.tenderCriterion.findFirstOrThrow({ where: { tenderId: await recordId("tender", home) } })
      ).id,
    }),
  },
];

describe("every write path audits (dynamic, on a sample)", () => {
  it("finds an unaudited write (the check can fail)", async () => {
    const mark = await journalMark();
    const district = await recordId("district", home);
    await prisma.district.update({ where: { id: district }, data: { name: "Unaudited" } });
    await prisma.$transaction(async (tx) => {
      await tx.district.update({ where: { id: district }, data: { name: "Audited" } });
      await tx.auditEvent.create({ data: { action: "x:y", entityType: "District", summary: "test" } });
    });
    expect(unaudited(await transactionsSince(mark))).toEqual(["District"]);
  });

  it.each(WRITE_SAMPLE)(
    "$action audits in the same transaction as its write",
    async ({ action, local, form }) => {
      current = await actorFor(home.slug, local);
      const [file, name] = action.split("#");
      const fn = ((await import(path.join(APP, file))) as Record<string, FormActionFn>)[name];
      const data = new FormData();
      for (const [k, v] of Object.entries(await form())) data.set(k, v);
      const mark = await journalMark();
      let result: Awaited<ReturnType<FormActionFn>>;
      try {
        result = await fn(null, data);
      } catch (e) {
        // A redirect is how many actions say they succeeded.
        if (!String((e as { digest?: unknown }).digest ?? "").startsWith("NEXT_REDIRECT")) throw e;
        result = { ok: true };
      }
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      const txs = await transactionsSince(mark);
      expect(
        txs.some((t) => t.business.length),
        "the action changed nothing",
      ).toBe(true);
      expect(unaudited(txs)).toEqual([]);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Details: ids only, never a child's, a family's or a young commissioner's personal details

/** Runs of 1 to 4 words of a text (and each e-mail address in it), to look up whole names quickly. */
function phrases(text: string): Set<string> {
  // "Jordan Ellis's training" names Jordan Ellis: a possessive and a full stop are dropped.
  const words = text
    .split(/[^\p{L}\p{N}@.'’+-]+/u)
    .map((w) => w.replace(/(['’]s)?[.'’]*$/u, ""))
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++)
    for (let n = 1; n <= 4 && i + n <= words.length; n++) out.add(words.slice(i, i + n).join(" "));
  return out;
}

describe("audit details", () => {
  it("name no child, parent or young commissioner, in any row the seed and these tests wrote", async () => {
    const children = await prisma.child.findMany({
      select: {
        firstName: true,
        lastName: true,
        postcode: true,
        parentName: true,
        parentEmail: true,
        parentPhone: true,
      },
    });
    const people = await prisma.user.findMany({
      where: { memberships: { some: { role: { in: ["FAMILY", "YOUNG_COMMISSIONER"] } } } },
      select: { name: true, email: true },
    });
    // Whole names (two words or more), e-mail addresses, postcodes and phone numbers: single words
    // would match ordinary ones.
    const personal = new Set<string>();
    const add = (v: string | null | undefined) => {
      if (v && /[ @]/.test(v.trim())) personal.add(v.trim());
    };
    for (const c of children)
      for (const v of [
        [c.firstName, c.lastName].filter(Boolean).join(" "),
        c.postcode,
        c.parentName,
        c.parentEmail,
        c.parentPhone,
      ])
        add(v);
    for (const p of people) for (const v of [p.name, p.email]) add(v);
    expect(personal.size).toBeGreaterThan(100);
    const rows = await prisma.auditEvent.findMany({
      select: { action: true, summary: true, metadata: true },
    });
    expect(rows.length).toBeGreaterThan(20);
    const leaks = rows.flatMap((r) => {
      const found = [...phrases(`${r.summary} ${JSON.stringify(r.metadata ?? {})}`)].filter((p) =>
        personal.has(p),
      );
      return found.length ? [`${r.action}: ${found.join(", ")}`] : [];
    });
    expect(leaks).toEqual([]);
  });
});
