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
import { getBudget, listBudgets } from "@/lib/data/budgets/get-budget";
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
    const { id } = await proposeBudget(s.author, proposal(s.assessment.id));
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
