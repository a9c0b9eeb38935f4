import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { decideBudget, proposeBudget } from "@/lib/data/budgets/propose-budget";
import {
  addPlanItem,
  agreePlan,
  removePlanItem,
  savePlanOutcomes,
  startNewPlanVersion,
} from "@/lib/data/budgets/support-plan";
import { recordPayment } from "@/lib/data/budgets/record-payment";
import { proposeBudgetSchema } from "@/lib/schemas/budget";
import { recordBudgetReview } from "@/lib/data/budgets/record-review";
import { getBudget, listBudgets } from "@/lib/data/budgets/get-budget";
import { getBudgetSummary } from "@/lib/data/budgets/budget-summary";
import { makeActor, makeChild, makeCouncil, makeOrganisation, makeRasVersion } from "./factories";

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function formData(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

/** A council with two social workers, a family with a child, and that child's approved assessment (£2,000). */
async function setUp() {
  const council = await makeCouncil();
  const [author, approver] = [
    await makeActor(council.id, "SOCIAL_WORKER"),
    await makeActor(council.id, "SOCIAL_WORKER"),
  ];
  const family = await makeActor(council.id, "FAMILY");
  const child = await makeChild(council.id, { familyId: family.familyId! });
  const ras = await makeRasVersion(council.id, {
    domains: [],
    rule: { kind: "PER_POINT", poundsPerPoint: "1.00" },
    floor: "0",
    ceiling: "1",
  });
  const assessment = await prisma.assessment.create({
    data: {
      councilId: council.id,
      childId: child.id,
      socialWorkerUserId: author.userId,
      rasConfigurationId: ras.id,
      status: "APPROVED",
      answers: {},
      summary: "Summary",
      totalPoints: 40,
      indicativeBudget: "2000.00",
      decidedById: approver.userId,
      decidedAt: new Date(),
    },
  });
  return { council, author, approver, family, child, assessment };
}

const proposal = (assessmentId: string, extra: Partial<Parameters<typeof proposeBudget>[1]> = {}) => ({
  assessmentId,
  type: "DIRECT_PAYMENT" as const,
  annualAmount: "2000.00",
  amountReason: undefined,
  startDate: day("2027-01-01"),
  reviewMonths: 6,
  submissionKey: randomUUID(),
  ...extra,
});

async function runningBudget() {
  const s = await setUp();
  const { id } = await proposeBudget(s.author, proposal(s.assessment.id));
  await decideBudget(s.approver, id!, { decision: "APPROVE" });
  return { ...s, budgetId: id! };
}

describe("proposing and approving a personal budget", () => {
  it("proposes from an approved assessment, approves four-eyes, books the review and audits both", async () => {
    const { author, approver, assessment, council } = await setUp();
    const { id } = await proposeBudget(author, proposal(assessment.id));
    await expect(decideBudget(author, id!, { decision: "APPROVE" })).rejects.toThrow(/another social worker/);
    await decideBudget(approver, id!, { decision: "APPROVE" });
    const b = await prisma.personalBudget.findUniqueOrThrow({
      where: { id: id! },
      include: { reviews: true, plans: true },
    });
    expect(b.status).toBe("ACTIVE");
    expect(b.nextReviewDate).toEqual(day("2027-07-01"));
    expect(b.reviews.map((r) => r.dueDate)).toEqual([day("2027-07-01")]);
    expect(b.plans.map((p) => [p.version, p.status])).toEqual([[1, "DRAFT"]]);
    const audit = await prisma.auditEvent.findMany({
      where: { councilId: council.id, entityId: id! },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["budget:propose", "budget:approve"]);
    // Nothing personal in the audit summary.
    expect(audit.map((a) => a.summary).join(" ")).not.toMatch(/Sam|Tester/);
  });

  it("refuses an unapproved assessment, a second open budget, and a different amount without a reason; a repeat submit creates one", async () => {
    const { author, assessment } = await setUp();
    await prisma.assessment.update({ where: { id: assessment.id }, data: { status: "SUBMITTED" } });
    await expect(proposeBudget(author, proposal(assessment.id))).rejects.toThrow(/approved assessment/);
    await prisma.assessment.update({ where: { id: assessment.id }, data: { status: "APPROVED" } });

    await expect(
      proposeBudget(author, proposal(assessment.id, { annualAmount: "2500.00" })),
    ).rejects.toMatchObject({
      fieldErrors: { amountReason: expect.stringContaining("£2,000.00") },
    });
    const key = randomUUID();
    const first = await proposeBudget(author, proposal(assessment.id, { submissionKey: key }));
    const again = await proposeBudget(author, proposal(assessment.id, { submissionKey: key }));
    expect(again.id).toBe(first.id);
    await expect(proposeBudget(author, proposal(assessment.id))).rejects.toThrow(/already has a budget/);
    expect(await prisma.personalBudget.count({ where: { assessmentId: assessment.id } })).toBe(1);
  });

  it("a refusal ends the proposal with its reason and lets the assessment have another", async () => {
    const { author, approver, assessment } = await setUp();
    const { id } = await proposeBudget(author, proposal(assessment.id));
    await decideBudget(approver, id!, { decision: "REFUSE", reason: "Amount too high for the plan" });
    const b = await prisma.personalBudget.findUniqueOrThrow({ where: { id: id! } });
    expect([b.status, b.refusalReason]).toEqual(["ENDED", "Amount too high for the plan"]);
    await expect(decideBudget(approver, id!, { decision: "APPROVE" })).rejects.toThrow(/not waiting/);
    await expect(proposeBudget(author, proposal(assessment.id))).resolves.toHaveProperty("id");
  });
});

describe("support plans", () => {
  it("adds items from approved providers, needs a reason over budget, and versions keep the old plan readable", async () => {
    const { author, council, budgetId } = await runningBudget();
    const approved = await makeOrganisation(council.id);
    const notApproved = await prisma.organisation.create({
      data: { name: "Unapproved Ltd", councils: { create: { councilId: council.id, status: "SUSPENDED" } } },
    });
    const item = (cost: string, organisationId: string | null) => ({
      category: "SHORT_TERM_BREAK" as const,
      description: "Saturday club",
      frequency: undefined,
      unitCost: null,
      annualCost: cost,
      boughtDirectly: organisationId === null,
      organisationId,
    });
    await expect(addPlanItem(author, budgetId, item("100.00", notApproved.id))).rejects.toMatchObject({
      fieldErrors: { provider: expect.stringMatching(/approved providers/) },
    });
    await addPlanItem(author, budgetId, item("1500.00", approved.id));
    await addPlanItem(author, budgetId, item("600.00", null));
    await expect(agreePlan(author, budgetId, undefined)).rejects.toThrow(/outcomes/);
    await savePlanOutcomes(author, budgetId, "Time with friends; parents rest.");
    await expect(agreePlan(author, budgetId, undefined)).rejects.toMatchObject({
      fieldErrors: { overBudgetReason: expect.stringContaining("£100.00 more") },
    });
    await agreePlan(author, budgetId, "Extra respite agreed at panel");

    await startNewPlanVersion(author, budgetId);
    await expect(startNewPlanVersion(author, budgetId)).rejects.toThrow(/draft of the plan already exists/);
    const withDraft = await getBudget(author, budgetId);
    expect(withDraft.draftPlan?.version).toBe(2);
    expect(withDraft.draftPlan?.items).toHaveLength(2);
    await removePlanItem(author, budgetId, withDraft.draftPlan!.items[1].id);
    await agreePlan(author, budgetId, undefined);

    const after = await getBudget(author, budgetId);
    expect(after.plans.map((p) => [p.version, p.status])).toEqual([
      [2, "AGREED"],
      [1, "SUPERSEDED"],
    ]);
    expect(after.plans[1].items).toHaveLength(2);
    expect(after.plans[1].overBudgetReason).toBe("Extra respite agreed at panel");
  });

  it("a draft plan: a change from a page opened before a colleague's is refused with a reload message and changes nothing; a repeated add adds once (decision 0044)", async () => {
    const { author, approver, budgetId } = await runningBudget();
    const stale = {
      code: "CONFLICT",
      message: expect.stringMatching(/changed by someone else.*Reload the page/),
    };
    const item = {
      category: "SHORT_TERM_BREAK" as const,
      description: "Saturday club",
      frequency: undefined,
      unitCost: null,
      annualCost: "600.00",
      boughtDirectly: true,
      organisationId: null,
    };
    const plan = async () => (await getBudget(author, budgetId)).draftPlan!;
    // Both opened the plan at version 1; the first saves the outcomes.
    await savePlanOutcomes(author, budgetId, "Time with friends", 1);
    await expect(savePlanOutcomes(approver, budgetId, "Overwritten", 1)).rejects.toMatchObject(stale);
    await expect(addPlanItem(approver, budgetId, item, 1)).rejects.toMatchObject(stale);
    expect(await plan()).toMatchObject({ outcomes: "Time with friends", items: [], editVersion: 2 });
    // Reloaded at version 2: the item is added once, however often the form is sent.
    await addPlanItem(approver, budgetId, item, 2);
    await expect(addPlanItem(approver, budgetId, item, 2)).rejects.toMatchObject(stale);
    expect((await plan()).items).toHaveLength(1);
    // Agreeing a plan changed since the page was opened is refused: what is agreed is what was seen.
    await expect(agreePlan(author, budgetId, undefined, 2)).rejects.toMatchObject(stale);

    // Through the form: the message comes back for the error summary; a form without a version has expired.
    current = approver;
    const { savePlanOutcomesAction } = await import("@/app/(portal)/social-worker/budgets/actions");
    expect(
      await savePlanOutcomesAction(null, formData({ id: budgetId, outcomes: "Late", editVersion: "2" })),
    ).toMatchObject({ ok: false, formError: stale.message, values: { outcomes: "Late" } });
    expect(await savePlanOutcomesAction(null, formData({ id: budgetId, outcomes: "Late" }))).toMatchObject({
      ok: false,
      fieldErrors: { editVersion: expect.stringMatching(/expired/) },
    });
    expect(
      await savePlanOutcomesAction(null, formData({ id: budgetId, outcomes: "Reloaded", editVersion: "3" })),
    ).toMatchObject({ ok: true });
    await agreePlan(author, budgetId, undefined, 4);
    expect((await getBudget(author, budgetId)).agreedPlan).toMatchObject({
      outcomes: "Reloaded",
      editVersion: 5,
    });
  });

  it("a managed budget cannot buy directly", async () => {
    const s = await setUp();
    const { id } = await proposeBudget(s.author, proposal(s.assessment.id, { type: "MANAGED" }));
    await expect(
      addPlanItem(s.author, id!, {
        category: "PERSONAL_CARE",
        description: "Homecare",
        frequency: undefined,
        unitCost: null,
        annualCost: "100.00",
        boughtDirectly: true,
        organisationId: null,
      }),
    ).rejects.toMatchObject({ fieldErrors: { provider: expect.any(String) } });
  });
});

describe("payments and the balance", () => {
  it("records payments on a running budget only, once per submit, and every view shows the same balance", async () => {
    const s = await setUp();
    // A mix, so that both payments to the family and provider invoices are taken from it.
    const mix = { type: "MIX" as const, directPaymentPart: "1500.00", managedPart: "500.00" };
    const { id } = await proposeBudget(s.author, proposal(s.assessment.id, mix));
    const payment = (extra: Partial<Parameters<typeof recordPayment>[1]> = {}) => ({
      id: id!,
      kind: "DIRECT_PAYMENT" as const,
      amount: "500.00",
      paidOn: day("2027-01-05"),
      reference: undefined,
      note: undefined,
      submissionKey: randomUUID(),
      ...extra,
    });
    await expect(recordPayment(s.author, payment())).rejects.toThrow(/not approved yet/);
    await decideBudget(s.approver, id!, { decision: "APPROVE" });
    const key = randomUUID();
    await recordPayment(s.author, payment({ submissionKey: key }));
    expect((await recordPayment(s.author, payment({ submissionKey: key }))).repeated).toBe(true);
    await recordPayment(s.author, payment({ kind: "PROVIDER_INVOICE", amount: "120.10" }));
    await recordPayment(s.author, payment({ kind: "ADJUSTMENT", amount: "-20.00", note: "Correction" }));
    await prisma.spendEvidence.create({
      data: {
        councilId: s.council.id,
        personalBudgetId: id!,
        submittedById: s.family.userId,
        amount: "200.05",
        spentOn: day("2027-01-20"),
        description: "Swimming",
        status: "ACCEPTED",
      },
    });
    const forWorker = await getBudget(s.author, id!);
    const forFamily = await getBudget(s.family, id!);
    // 2000 − (200.05 + 120.10) − (−20.00) = 1699.85
    expect(forWorker.balance.balance.toFixed(2)).toBe("1699.85");
    expect(forFamily.balance.balance.toFixed(2)).toBe("1699.85");
    expect(forWorker.payments).toHaveLength(3);

    await prisma.personalBudget.update({ where: { id: id! }, data: { status: "ENDED" } });
    await expect(recordPayment(s.author, payment())).rejects.toThrow(/has ended/);
    expect(await prisma.budgetPayment.count({ where: { personalBudgetId: id! } })).toBe(3);
  });

  it("the payment action answers bad input beside the field and records nothing", async () => {
    const { author, budgetId } = await runningBudget();
    current = author;
    const { recordPaymentAction } = await import("@/app/(portal)/social-worker/budgets/actions");
    const state = await recordPaymentAction(
      null,
      formData({
        id: budgetId,
        kind: "ADJUSTMENT",
        amount: "-5",
        "paidOn-day": "31",
        "paidOn-month": "2",
        "paidOn-year": "2027",
        submissionKey: randomUUID(),
      }),
    );
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: {
        amount: expect.stringContaining("more than £0"),
        paidOn: expect.stringContaining("real date"),
        direction: expect.any(String),
        note: expect.any(String),
      },
    });
    expect(await prisma.budgetPayment.count({ where: { personalBudgetId: budgetId } })).toBe(0);
  });
});

describe("a mix of direct payment, managed and individual budget", () => {
  it("needs two parts that add up to the yearly amount, to the penny, and keeps them", async () => {
    const s = await setUp();
    const mix = (parts: Partial<Parameters<typeof proposeBudget>[1]>) =>
      proposeBudget(s.author, proposal(s.assessment.id, { type: "MIX", ...parts }));
    await expect(mix({ directPaymentPart: "2000.00" })).rejects.toMatchObject({
      fieldErrors: { directPaymentPart: expect.stringContaining("at least two") },
    });
    await expect(mix({ directPaymentPart: "1000.00", managedPart: "999.99" })).rejects.toMatchObject({
      fieldErrors: { annualAmount: expect.stringContaining("£1,999.99, not the yearly amount of £2,000.00") },
    });
    expect(await prisma.personalBudget.count({ where: { assessmentId: s.assessment.id } })).toBe(0);
    const { id } = await mix({
      directPaymentPart: "1200.00",
      managedPart: "500.00",
      individualPart: "300.00",
    });
    const view = await getBudget(s.family, id!);
    expect(Object.values(view.parts).map((p) => p.toFixed(2))).toEqual(["1200.00", "500.00", "300.00"]);
    expect(view.paysFamily).toBe(true);
  });

  it("a single type ignores parts; a managed budget takes no payment to the family and a direct payment no invoice", async () => {
    const s = await setUp();
    const { id } = await proposeBudget(
      s.author,
      proposal(s.assessment.id, { type: "MANAGED", directPaymentPart: "5.00" }),
    );
    const b = await prisma.personalBudget.findUniqueOrThrow({ where: { id: id! } });
    expect(b.directPaymentPart).toBeNull();
    await decideBudget(s.approver, id!, { decision: "APPROVE" });
    const pay = (kind: "DIRECT_PAYMENT" | "PROVIDER_INVOICE", budgetId: string, by = s.author) =>
      recordPayment(by, {
        id: budgetId,
        kind,
        amount: "10.00",
        paidOn: day("2027-01-05"),
        reference: undefined,
        note: undefined,
        submissionKey: randomUUID(),
      });
    await expect(pay("DIRECT_PAYMENT", id!)).rejects.toMatchObject({
      fieldErrors: { kind: expect.stringContaining("none of this budget is paid to the family") },
    });
    await pay("PROVIDER_INVOICE", id!);
    const dp = await runningBudget();
    await expect(pay("PROVIDER_INVOICE", dp.budgetId, dp.author)).rejects.toMatchObject({
      fieldErrors: { kind: expect.stringContaining("family pays providers") },
    });
    expect(await prisma.budgetPayment.count({ where: { personalBudgetId: dp.budgetId } })).toBe(0);
  });

  it("the proposal form's schema checks a mix beside the other fields and drops parts of a single type", () => {
    const base = {
      assessmentId: "c".repeat(25),
      annualAmount: "2000.00",
      startDate: { day: "1", month: "1", year: "2027" },
      reviewMonths: "6",
      submissionKey: randomUUID(),
    };
    const mix = proposeBudgetSchema.safeParse({ ...base, type: "MIX", managedPart: "2000" });
    expect(mix.success).toBe(false);
    const single = proposeBudgetSchema.safeParse({ ...base, type: "INDIVIDUAL", managedPart: "2000" });
    expect(single.success && single.data.managedPart).toBe(null);
  });
});

describe("who sees a budget", () => {
  it("a family sees its own child's only; another family, a provider, a young commissioner and another council see nothing", async () => {
    const { family, council, budgetId, author } = await runningBudget();
    expect((await getBudget(family, budgetId)).id).toBe(budgetId);
    const others = [
      await makeActor(council.id, "FAMILY"),
      await makeActor(council.id, "PROVIDER"),
      await makeActor(council.id, "YOUNG_COMMISSIONER"),
      await makeActor((await makeCouncil()).id, "SOCIAL_WORKER"),
    ];
    for (const other of others) {
      await expect(getBudget(other, budgetId)).rejects.toThrow(/could not be found/);
      expect((await listBudgets(other, { page: 1 })).total).toBe(0);
    }
    const outsider = others[3];
    await expect(
      recordPayment(outsider, {
        id: budgetId,
        kind: "DIRECT_PAYMENT",
        amount: "1.00",
        paidOn: day("2027-01-05"),
        reference: undefined,
        note: undefined,
        submissionKey: randomUUID(),
      }),
    ).rejects.toThrow(/could not be found/);
    await expect(savePlanOutcomes(outsider, budgetId, "x")).rejects.toThrow(/could not be found/);
    expect(await prisma.budgetPayment.count({ where: { personalBudgetId: budgetId } })).toBe(0);
    expect((await listBudgets(author, { page: 1, status: "ACTIVE" })).items.map((b) => b.id)).toEqual([
      budgetId,
    ]);
  });
});

describe("the commissioners' summary", () => {
  it("counts running budgets by type, district and age, and the providers most chosen, suppressing small counts", async () => {
    const council = await makeCouncil();
    const commissioner = await makeActor(council.id, "COMMISSIONER");
    const worker = await makeActor(council.id, "SOCIAL_WORKER");
    const district = await prisma.district.create({
      data: { councilId: council.id, code: "C1", name: "Central" },
    });
    const family = await prisma.family.create({ data: { councilId: council.id, name: "F" } });
    const [popular, rare] = [
      await makeOrganisation(council.id, "Popular Play"),
      await makeOrganisation(council.id, "Rare Respite"),
    ];
    const tenYearsAgo = new Date(Date.UTC(new Date().getUTCFullYear() - 10, 0, 15));
    for (let i = 0; i < 12; i++) {
      const child = await prisma.child.create({
        data: {
          councilId: council.id,
          familyId: family.id,
          districtId: district.id,
          firstName: `C${i}`,
          dateOfBirth: tenYearsAgo,
        },
      });
      await prisma.personalBudget.create({
        data: {
          councilId: council.id,
          childId: child.id,
          type: "DIRECT_PAYMENT",
          status: "ACTIVE",
          annualAmount: "1000.10",
          startDate: day("2027-01-01"),
          endDate: day("2027-12-31"),
          nextReviewDate: day("2027-07-01"),
          plans: {
            create: {
              councilId: council.id,
              version: 1,
              outcomes: "o",
              status: "AGREED",
              createdById: worker.userId,
              items: {
                create: [
                  {
                    councilId: council.id,
                    description: "Play",
                    annualCost: "500.00",
                    organisationId: popular.id,
                  },
                  ...(i < 2
                    ? [
                        {
                          councilId: council.id,
                          description: "Respite",
                          annualCost: "400.00",
                          organisationId: rare.id,
                        },
                      ]
                    : []),
                ],
              },
            },
          },
        },
      });
    }
    const s = await getBudgetSummary(commissioner);
    expect(s.table.all).toMatchObject({ count: 12 });
    expect(s.table.all.total?.toFixed(2)).toBe("12001.20");
    expect(s.table.byType.map((c) => c.count)).toEqual([12, 0, 0, 0]);
    expect(s.table.byDistrict.map((c) => c.count)).toEqual([12]);
    expect(s.table.byAgeBand.map((c) => c.count)).toEqual([0, 12, 0, 0]);
    expect(s.providers).toEqual([
      { name: "Popular Play", items: 12, total: expect.anything() },
      { name: "Rare Respite", items: null, total: null },
    ]);
    expect(s.providers[0].total?.toFixed(2)).toBe("6000.00");

    const elsewhere = await getBudgetSummary(await makeActor((await makeCouncil()).id, "COMMISSIONER"));
    expect(elsewhere.table.all.count).toBe(0);
    expect(elsewhere.providers).toEqual([]);
  });
});

describe("reviews", () => {
  it("completes the review due, books the next and moves the budget's date; refuses a past date and an ended budget", async () => {
    const { author, budgetId } = await runningBudget();
    const next = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 11, 1));
    await expect(
      recordBudgetReview(author, {
        id: budgetId,
        outcomesMet: "MET",
        outcome: "Good",
        nextReviewDate: day("2020-01-01"),
      }),
    ).rejects.toMatchObject({ fieldErrors: { nextReviewDate: expect.any(String) } });
    await recordBudgetReview(author, {
      id: budgetId,
      outcomesMet: "PARTLY_MET",
      outcome: "More respite",
      nextReviewDate: next,
    });
    const reviews = await prisma.budgetReview.findMany({
      where: { personalBudgetId: budgetId },
      orderBy: { dueDate: "asc" },
    });
    expect(reviews.map((r) => [r.completedAt !== null, r.outcomesMet])).toEqual([
      [true, "PARTLY_MET"],
      [false, null],
    ]);
    expect(reviews[1].dueDate).toEqual(next);
    expect(
      (await prisma.personalBudget.findUniqueOrThrow({ where: { id: budgetId } })).nextReviewDate,
    ).toEqual(next);
    await prisma.personalBudget.update({ where: { id: budgetId }, data: { status: "ENDED" } });
    await expect(
      recordBudgetReview(author, { id: budgetId, outcomesMet: "MET", outcome: "x", nextReviewDate: next }),
    ).rejects.toThrow(/running budget/);
  });
});
