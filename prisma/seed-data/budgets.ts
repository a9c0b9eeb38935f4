/**
 * The Resource Allocation System, Child and Family Assessments and personal budgets: a direct payment
 * for the demo family's first child (with plan, payments, evidence and a review coming up), an
 * individual budget whose review is overdue, a proposed managed budget and a draft assessment.
 */
import { Prisma } from "../../lib/db";
import type { PlanItemCategory } from "../../lib/generated/prisma/enums";
import { checkRasConfiguration } from "../../lib/domain/ras/check-ras-configuration";
import { indicativeBudget } from "../../lib/domain/ras/indicative-budget";
import type { RasAnswers, RasDefinition } from "../../lib/domain/ras/ras-definition";
import { money, orgId, user, type CouncilRun, type SeededChild } from "./context";
import { addDays, addMonths, atTime, minDate, monthYear, startOfMonth } from "./dates";
import { newId } from "./random";

/** The seeded RAS: six domains of need, £45 a point, between £500 and £15,000. */
export const RAS_DEFINITION: RasDefinition = {
  domains: [
    {
      code: "personal-care",
      label: "Personal care",
      questions: [
        {
          code: "personal-care",
          label: "Help with washing, dressing and toileting",
          options: [
            { label: "Manages with reminders", points: 5 },
            { label: "Needs some help every day", points: 15 },
            { label: "Needs full help with all personal care", points: 30 },
          ],
        },
      ],
    },
    {
      code: "health",
      label: "Health",
      questions: [
        {
          code: "sleep",
          label: "Sleep at night",
          options: [
            { label: "Usually sleeps through", points: 0 },
            { label: "Wakes once or twice", points: 10 },
            { label: "Wakes often or needs care during the night", points: 25 },
          ],
        },
      ],
    },
    {
      code: "behaviour",
      label: "Behaviour",
      questions: [
        {
          code: "supervision",
          label: "Supervision needed",
          options: [
            { label: "Usual for their age", points: 0 },
            { label: "Needs watching most of the time", points: 15 },
            { label: "Needs one-to-one support at all times", points: 30 },
            { label: "Needs two adults for some activities", points: 40 },
          ],
        },
      ],
    },
    {
      code: "communication",
      label: "Communication",
      questions: [
        {
          code: "communication",
          label: "Making needs known",
          options: [
            { label: "Usual for their age", points: 0 },
            { label: "Needs people who know them well", points: 5 },
            { label: "Uses signs, pictures or a device", points: 10 },
          ],
        },
      ],
    },
    {
      code: "family",
      label: "Family circumstances",
      questions: [
        {
          code: "carer-health",
          label: "Carer's health",
          options: [
            { label: "Good", points: 0 },
            { label: "Some difficulties", points: 10 },
            { label: "Serious illness or disability", points: 20 },
          ],
        },
        {
          code: "other-children",
          label: "Other children at home",
          options: [
            { label: "None", points: 0 },
            { label: "One", points: 5 },
            { label: "Two or more, or another disabled child", points: 15 },
          ],
        },
      ],
    },
    {
      code: "social-leisure",
      label: "Social and leisure",
      questions: [
        {
          code: "friendships",
          label: "Time with friends outside school",
          options: [
            { label: "Most weeks", points: 0 },
            { label: "Sometimes, with help", points: 5 },
            { label: "Rarely or never", points: 10 },
          ],
        },
      ],
    },
  ],
  rule: { kind: "PER_POINT", poundsPerPoint: "45.00" },
  floor: "500.00",
  ceiling: "15000.00",
};

function score(answers: RasAnswers) {
  const breakdown = indicativeBudget(RAS_DEFINITION, answers);
  return { totalPoints: breakdown.totalPoints, indicativeBudget: money(breakdown.amount), breakdown };
}

function pickChildren(run: CouncilRun) {
  const demoChild = run.children.find((c) => c.demo);
  const secondChild = run.children.find((c) => c.familyId === run.secondFamilyId && c.active);
  const others = run.children.filter((c) => !c.demo && c.familyId !== run.secondFamilyId && c.active);
  if (!demoChild || !secondChild || others.length < 6)
    throw new Error(`seed: not enough children in ${run.slug}`);
  return { demoChild, secondChild, managedChild: others[2], draftChild: others[5] };
}

/** What families say a direct payment's spending did, for the demo evidence. */
const HOW_IT_HELPED = [
  "Time with friends their own age, and a rest for us at home.",
  "They came home calm and happy and slept well.",
  "A whole day out that we could not have managed on our own.",
  "They learned to swim a width, which they are very proud of.",
];

export async function seedBudgets(run: CouncilRun): Promise<void> {
  const { tx, councilId, now, today } = run;
  const socialWorker = user(run, "social-worker");
  const parent = user(run, "family");
  const { demoChild, secondChild, managedChild, draftChild } = pickChildren(run);

  const problems = checkRasConfiguration(RAS_DEFINITION);
  if (problems.length) throw new Error(`seed: the RAS does not pass its check: ${problems[0].message}`);
  const rasName = `${run.name.replace(/ (County|Borough) Council$/, "")} Resource Allocation System`;
  const rasId = newId();
  await tx.rasConfiguration.create({
    data: {
      id: rasId,
      councilId,
      version: 1,
      name: rasName,
      definition: RAS_DEFINITION as unknown as Prisma.InputJsonValue,
      publishedAt: addMonths(now, -14),
      publishedById: user(run, "admin").userId,
    },
  });
  // The administrators' draft starts as a copy of the published version.
  await tx.rasDraft.create({
    data: {
      councilId,
      name: rasName,
      definition: RAS_DEFINITION as unknown as Prisma.InputJsonValue,
      updatedById: user(run, "admin").userId,
    },
  });

  // 1. The demo child: approved assessment (100 points → £4,500.00) and an active direct payment.
  const dpStart = startOfMonth(addMonths(today, -8));
  const demoAnswers: RasAnswers = {
    "personal-care": 2,
    supervision: 2,
    sleep: 2,
    "carer-health": 1,
    "other-children": 1,
    communication: 0,
    friendships: 0,
  };
  const demoScore = score(demoAnswers);
  const demoAssessmentId = await createAssessment(run, rasId, demoChild, {
    answers: demoAnswers,
    summary: `${demoChild.firstName} needs one-to-one support at all times and full help with personal care. Sleep is broken most nights. The family want short breaks that ${demoChild.firstName} enjoys close to home and time for their other child.`,
    approvedAt: atTime(addDays(dpStart, -21), 15),
  });
  await createBudget(run, {
    child: demoChild,
    assessmentId: demoAssessmentId,
    type: "DIRECT_PAYMENT",
    status: "ACTIVE",
    annualAmount: demoScore.indicativeBudget,
    startDate: dpStart,
    nextReviewDate: addDays(today, 18),
    plan: {
      status: "AGREED",
      outcomes: `${demoChild.firstName} has fun with other children every fortnight and learns to swim. Parents get regular breaks and can spend time with their other child.`,
      items: [
        {
          category: "DAY_ACTIVITIES",
          description: "Saturday play scheme",
          frequency: "Two Saturdays a month",
          provider: run.demoOrgKey,
          annualCost: "1800.00",
        },
        {
          category: "ONE_TO_ONE",
          description: "Personal assistant for swimming and days out",
          frequency: "3 hours a week",
          hoursPerWeek: "3.00",
          annualCost: "2340.00",
        },
        {
          category: "SOCIAL_ACTIVITIES",
          description: "Activity costs: swimming lessons, trips and equipment",
          annualCost: "360.00",
        },
      ],
    },
    payments: [0, 3, 6].map((m) => ({
      kind: "DIRECT_PAYMENT" as const,
      amount: "1125.00",
      paidOn: addMonths(dpStart, m),
    })),
    evidence: [
      {
        amount: "468.00",
        spentOn: addMonths(dpStart, 2),
        description: `Personal assistant, 26 hours in ${monthYear(addMonths(dpStart, 2))}`,
        receiptName: "pa-timesheet-and-invoice.pdf",
        status: "ACCEPTED",
        submittedById: parent.userId,
      },
      {
        amount: "86.50",
        spentOn: addDays(today, -9),
        description: "Block of 10 swimming lessons and a pair of goggles",
        receiptName: "swimming-receipt.jpg",
        status: "SUBMITTED",
        submittedById: parent.userId,
      },
    ],
    reviews: [
      { dueDate: addMonths(dpStart, 6), completed: true },
      { dueDate: addDays(today, 18), completed: false },
    ],
  });

  // 2. An individual budget for leisure; its review is overdue.
  const ibStart = startOfMonth(addMonths(today, -7));
  await createBudget(run, {
    child: secondChild,
    assessmentId: null,
    type: "INDIVIDUAL",
    status: "ACTIVE",
    annualAmount: money("600.00"),
    startDate: ibStart,
    nextReviewDate: addDays(today, -12),
    plan: {
      status: "AGREED",
      outcomes: `${secondChild.firstName} goes to the cinema, bowling and a youth club with friends.`,
      items: [
        {
          category: "SOCIAL_ACTIVITIES",
          description: "Social and leisure activities with friends",
          annualCost: "600.00",
        },
      ],
    },
    payments: [
      { kind: "DIRECT_PAYMENT", amount: "300.00", paidOn: ibStart },
      { kind: "DIRECT_PAYMENT", amount: "300.00", paidOn: addMonths(ibStart, 6) },
    ],
    evidence: [
      {
        amount: "99.00",
        spentOn: addMonths(ibStart, 1),
        description: "Cinema membership card for a year",
        receiptName: "cinema-card.pdf",
        status: "ACCEPTED",
        submittedById: user(run, "family2").userId,
      },
    ],
    reviews: [{ dueDate: addDays(today, -12), completed: false }],
  });

  // 3. An approved assessment with a proposed managed budget waiting for approval.
  const managedAnswers: RasAnswers = {
    "personal-care": 2,
    supervision: 3,
    sleep: 2,
    "carer-health": 2,
    "other-children": 1,
    communication: 1,
    friendships: 1,
  };
  const managedScore = score(managedAnswers);
  const managedAssessmentId = await createAssessment(run, rasId, managedChild, {
    answers: managedAnswers,
    summary: `${managedChild.firstName} needs two adults for some activities and care at night. The family would like the council to arrange overnight breaks, and to employ a carer they know for bedtimes.`,
    approvedAt: atTime(addDays(today, -6), 12),
  });
  const managedStart = startOfMonth(addMonths(today, 1));
  const total = managedScore.indicativeBudget;
  const homecareCost = total.mul("0.4").toDecimalPlaces(2);
  await createBudget(run, {
    child: managedChild,
    assessmentId: managedAssessmentId,
    // A mix: the council buys the overnight breaks, the family employs the bedtime carer.
    type: "MIX",
    parts: { directPaymentPart: homecareCost, managedPart: total.minus(homecareCost) },
    status: "PROPOSED",
    annualAmount: total,
    startDate: managedStart,
    nextReviewDate: addMonths(managedStart, 6),
    plan: {
      status: "DRAFT",
      outcomes: `${managedChild.firstName} has a regular overnight break and help at bedtime, so the family can rest.`,
      items: [
        {
          category: "OVERNIGHT_BREAK",
          description: "Overnight or residential breaks",
          frequency: "One night a month",
          provider: "haven",
          annualCost: total.minus(homecareCost).toFixed(2),
        },
        {
          category: "PERSONAL_CARE",
          description: "Carer at bedtime, employed by the family",
          frequency: "Two evenings a week",
          hoursPerWeek: "2.00",
          annualCost: homecareCost.toFixed(2),
        },
      ],
    },
    payments: [],
    evidence: [],
    reviews: [],
  });

  // 4. A draft assessment the social worker has started.
  await tx.assessment.create({
    data: {
      councilId,
      childId: draftChild.id,
      socialWorkerUserId: socialWorker.userId,
      rasConfigurationId: rasId,
      status: "DRAFT",
      answers: { "personal-care": 1, supervision: 1 },
      summary: "Home visit done. Still to talk to school and to the child's mother about sleep.",
      createdAt: atTime(addDays(today, -4), 10),
      updatedAt: atTime(addDays(today, -4), 16),
    },
  });
}

async function createAssessment(
  run: CouncilRun,
  rasId: string,
  child: SeededChild,
  a: { answers: RasAnswers; summary: string; approvedAt: Date },
): Promise<string> {
  const id = newId();
  const { totalPoints, indicativeBudget, breakdown } = score(a.answers);
  await run.tx.assessment.create({
    data: {
      id,
      councilId: run.councilId,
      childId: child.id,
      socialWorkerUserId: user(run, "social-worker").userId,
      rasConfigurationId: rasId,
      status: "APPROVED",
      answers: a.answers,
      summary: a.summary,
      totalPoints,
      indicativeBudget,
      breakdown: breakdown as unknown as Prisma.InputJsonValue,
      submittedAt: addDays(a.approvedAt, -2),
      decidedById: user(run, "social-worker").userId,
      decidedAt: a.approvedAt,
      createdAt: addDays(a.approvedAt, -10),
    },
  });
  return id;
}

interface BudgetPlan {
  child: SeededChild;
  assessmentId: string | null;
  type: "DIRECT_PAYMENT" | "MANAGED" | "INDIVIDUAL" | "MIX";
  /** A mix's parts: they add up to the annual amount. */
  parts?: { directPaymentPart: Prisma.Decimal; managedPart: Prisma.Decimal };
  status: "PROPOSED" | "ACTIVE";
  annualAmount: Prisma.Decimal;
  startDate: Date;
  nextReviewDate: Date;
  plan: {
    status: "DRAFT" | "AGREED";
    outcomes: string;
    items: {
      category: PlanItemCategory;
      description: string;
      frequency?: string;
      provider?: string;
      serviceId?: string;
      hoursPerWeek?: string;
      annualCost: string;
    }[];
  };
  payments: { kind: "DIRECT_PAYMENT" | "PROVIDER_INVOICE"; amount: string; paidOn: Date }[];
  evidence: {
    amount: string;
    spentOn: Date;
    description: string;
    receiptName: string;
    status: "SUBMITTED" | "ACCEPTED";
    submittedById: string;
  }[];
  reviews: { dueDate: Date; completed: boolean }[];
}

async function createBudget(run: CouncilRun, b: BudgetPlan): Promise<void> {
  const { tx, councilId } = run;
  const socialWorker = user(run, "social-worker");
  const planTotal = b.plan.items.reduce((s, i) => s.plus(i.annualCost), new Prisma.Decimal(0));
  if (!planTotal.equals(b.annualAmount)) {
    throw new Error(
      `seed: plan items (${planTotal.toFixed(2)}) do not add up to the budget (${b.annualAmount.toFixed(2)})`,
    );
  }
  const budgetId = newId();
  const approved = b.status === "ACTIVE";
  await tx.personalBudget.create({
    data: {
      id: budgetId,
      councilId,
      childId: b.child.id,
      assessmentId: b.assessmentId,
      type: b.type,
      status: b.status,
      annualAmount: b.annualAmount,
      startDate: b.startDate,
      endDate: addDays(addMonths(b.startDate, 12), -1),
      nextReviewDate: b.nextReviewDate,
      ...(b.parts ? { ...b.parts, individualPart: money("0.00") } : {}),
      // A running direct payment paid by hand each quarter carries on as a 13-week schedule.
      ...(b.status === "ACTIVE" && b.type === "DIRECT_PAYMENT" && b.payments.length
        ? {
            paymentEveryWeeks: 13,
            scheduledAmount: money(b.payments.at(-1)!.amount),
            nextPaymentDue: addDays(b.payments.at(-1)!.paidOn, 91),
          }
        : {}),
      // The proposed budget waits for another social worker (four-eyes); the running ones predate it.
      proposedById: approved ? null : socialWorker.userId,
      approvedById: approved ? socialWorker.userId : null,
      approvedAt: approved ? atTime(addDays(b.startDate, -5), 11) : null,
      createdAt: minDate(atTime(addDays(b.startDate, -12), 10), addDays(run.now, -2)),
    },
  });

  const planId = newId();
  await tx.supportPlan.create({
    data: {
      id: planId,
      councilId,
      personalBudgetId: budgetId,
      version: 1,
      outcomes: b.plan.outcomes,
      status: b.plan.status,
      agreedAt: b.plan.status === "AGREED" ? atTime(addDays(b.startDate, -3), 14) : null,
      agreedById: b.plan.status === "AGREED" ? socialWorker.userId : null,
      createdById: socialWorker.userId,
      createdAt: minDate(atTime(addDays(b.startDate, -10), 10), addDays(run.now, -2)),
    },
  });
  await tx.supportPlanItem.createMany({
    data: b.plan.items.map((i) => ({
      councilId,
      supportPlanId: planId,
      category: i.category,
      description: i.description,
      frequency: i.frequency ?? null,
      boughtDirectly: !i.provider && b.type !== "MANAGED",
      serviceId:
        i.serviceId ??
        (i.provider ? run.services.find((s) => s.orgKey === i.provider)?.id : undefined) ??
        null,
      organisationId: i.provider ? orgId(run, i.provider) : null,
      hoursPerWeek: i.hoursPerWeek ? money(i.hoursPerWeek) : null,
      annualCost: money(i.annualCost),
    })),
  });

  if (b.payments.length) {
    await tx.budgetPayment.createMany({
      data: b.payments.map((p, n) => ({
        councilId,
        personalBudgetId: budgetId,
        kind: p.kind,
        amount: money(p.amount),
        paidOn: p.paidOn,
        reference: `${run.refPrefix}-PB-${String(n + 1).padStart(4, "0")}`,
        createdById: socialWorker.userId,
        createdAt: atTime(addDays(p.paidOn, -2), 9),
      })),
    });
  }
  if (b.evidence.length) {
    await tx.spendEvidence.createMany({
      data: b.evidence.map((e, n) => {
        const submittedAt = atTime(addDays(e.spentOn, 4), 20);
        const howItHelped = HOW_IT_HELPED[n % HOW_IT_HELPED.length];
        return {
          councilId,
          personalBudgetId: budgetId,
          submittedById: e.submittedById,
          amount: money(e.amount),
          spentOn: e.spentOn,
          description: e.description,
          howItHelped,
          receiptName: e.receiptName,
          status: e.status,
          reviewedById: e.status === "ACCEPTED" ? socialWorker.userId : null,
          reviewedAt: e.status === "ACCEPTED" ? addDays(submittedAt, 3) : null,
          reviewNote: e.status === "ACCEPTED" ? "Matches the support plan. Thank you." : null,
          createdAt: submittedAt,
        };
      }),
    });
  }
  if (b.reviews.length) {
    await tx.budgetReview.createMany({
      data: b.reviews.map((r) => ({
        councilId,
        personalBudgetId: budgetId,
        dueDate: r.dueDate,
        completedAt: r.completed ? atTime(addDays(r.dueDate, -2), 15) : null,
        outcome: r.completed ? "Plan working well. No change to the budget." : null,
        reviewerUserId: socialWorker.userId,
      })),
    });
  }
}
