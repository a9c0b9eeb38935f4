import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import {
  budgetPaymentsDueWhere,
  createPaymentsDue,
  markPaymentPaid,
  setPaymentSchedule,
  stopPaymentSchedule,
} from "@/lib/data/budgets/payment-schedule";
import { getBudget } from "@/lib/data/budgets/get-budget";
import { makeActor, makeChild, makeCouncil } from "./factories";

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string) => new Date(`${iso}T06:00:00Z`);

async function runningBudget(type: "DIRECT_PAYMENT" | "MANAGED" = "DIRECT_PAYMENT") {
  const council = await makeCouncil();
  const socialWorker = await makeActor(council.id, "SOCIAL_WORKER");
  const family = await makeActor(council.id, "FAMILY");
  const child = await makeChild(council.id, { familyId: family.familyId! });
  const budget = await prisma.personalBudget.create({
    data: {
      councilId: council.id,
      childId: child.id,
      type,
      status: "ACTIVE",
      annualAmount: "1300.00",
      startDate: day("2027-01-01"),
      endDate: day("2027-12-31"),
      nextReviewDate: day("2027-07-01"),
      proposedById: socialWorker.userId,
    },
  });
  return { council, socialWorker, family, budgetId: budget.id };
}

const schedule = (id: string, extra: object = {}) => ({
  id,
  everyWeeks: 4,
  amount: "100.00",
  firstDue: day("2027-01-04"),
  ...extra,
});

describe("payment schedules", () => {
  it("creates each payment as it falls due, once however often the job runs; due payments move no money", async () => {
    const { socialWorker, family, budgetId, council } = await runningBudget();
    await setPaymentSchedule(socialWorker, schedule(budgetId));
    expect(await createPaymentsDue(at("2027-01-03"))).toBe(0);
    // Job missed for a while: 4 Jan, 1 Feb and 1 Mar are all due by 2 Mar.
    await createPaymentsDue(at("2027-03-02"));
    await createPaymentsDue(at("2027-03-02"));
    await Promise.all([createPaymentsDue(at("2027-03-02")), createPaymentsDue(at("2027-03-02"))]);
    const due = await prisma.budgetPayment.findMany({
      where: { personalBudgetId: budgetId },
      orderBy: { dueOn: "asc" },
    });
    expect(due.map((p) => [p.status, p.dueOn?.toISOString().slice(0, 10), p.amount.toFixed(2)])).toEqual([
      ["DUE", "2027-01-04", "100.00"],
      ["DUE", "2027-02-01", "100.00"],
      ["DUE", "2027-03-01", "100.00"],
    ]);
    const b = await prisma.personalBudget.findUniqueOrThrow({ where: { id: budgetId } });
    expect(b.nextPaymentDue).toEqual(day("2027-03-29"));
    expect((await getBudget(family, budgetId)).balance.paidToFamily.toFixed(2)).toBe("0.00");
    const listed = await prisma.personalBudget.count({
      where: { AND: [{ councilId: council.id }, budgetPaymentsDueWhere(at("2027-03-02"))] },
    });
    expect(listed).toBe(1);

    await markPaymentPaid(socialWorker, {
      id: budgetId,
      paymentId: due[0].id,
      paidOn: day("2027-01-05"),
      reference: "BACS 1",
    });
    await expect(
      markPaymentPaid(socialWorker, {
        id: budgetId,
        paymentId: due[0].id,
        paidOn: day("2027-01-05"),
        reference: undefined,
      }),
    ).rejects.toThrow(/already recorded as paid/);
    const after = await getBudget(family, budgetId);
    expect(after.balance.paidToFamily.toFixed(2)).toBe("100.00");
    // Paying does not spend: the balance moves when the family's evidence is accepted.
    expect(after.balance.balance.toFixed(2)).toBe("1300.00");
    const audit = await prisma.auditEvent.findMany({
      where: { entityId: budgetId },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "budget:schedule",
      "budget:payments-due",
      "budget-payment:paid",
    ]);
  });

  it("holds a schedule to what is paid to the family: what was paid before plus the schedule to the end", async () => {
    const { socialWorker, budgetId } = await runningBudget();
    // 13 four-weekly payments from 4 Jan to 6 Dec: £1,300.13 is a penny over each time.
    await expect(
      setPaymentSchedule(socialWorker, schedule(budgetId, { amount: "100.01" })),
    ).rejects.toMatchObject({
      fieldErrors: { amount: expect.stringContaining("13 payments of £100.01") },
    });
    expect(
      (await prisma.personalBudget.findUniqueOrThrow({ where: { id: budgetId } })).paymentEveryWeeks,
    ).toBeNull();
    await setPaymentSchedule(socialWorker, schedule(budgetId));
    await prisma.budgetPayment.create({
      data: {
        councilId: (await prisma.personalBudget.findUniqueOrThrow({ where: { id: budgetId } })).councilId,
        personalBudgetId: budgetId,
        kind: "DIRECT_PAYMENT",
        status: "PAID",
        amount: "1000.00",
        paidOn: day("2027-01-02"),
        createdById: socialWorker.userId,
      },
    });
    await expect(setPaymentSchedule(socialWorker, schedule(budgetId))).rejects.toThrow(
      /£2,300.00: more than the £1,300.00/,
    );
  });

  it("stops at the budget's end and when stopped; refuses a managed budget, dates outside, and other councils", async () => {
    const { socialWorker, budgetId } = await runningBudget();
    await expect(
      setPaymentSchedule(socialWorker, schedule(budgetId, { firstDue: day("2026-12-31") })),
    ).rejects.toMatchObject({
      fieldErrors: { firstDue: expect.stringMatching(/on or after the budget starts/) },
    });
    await setPaymentSchedule(
      socialWorker,
      schedule(budgetId, { everyWeeks: 13, firstDue: day("2027-10-01") }),
    );
    await createPaymentsDue(at("2028-06-01"));
    // 1 Oct and 31 Dec fall within the budget (it ends 31 Dec); 31 Mar 2028 is past it, so the schedule ends.
    const dates = (
      await prisma.budgetPayment.findMany({
        where: { personalBudgetId: budgetId },
        orderBy: { dueOn: "asc" },
      })
    ).map((p) => p.dueOn?.toISOString().slice(0, 10));
    expect(dates).toEqual(["2027-10-01", "2027-12-31"]);
    expect(
      (await prisma.personalBudget.findUniqueOrThrow({ where: { id: budgetId } })).nextPaymentDue,
    ).toBeNull();

    await setPaymentSchedule(socialWorker, schedule(budgetId, { firstDue: day("2027-06-01") }));
    await stopPaymentSchedule(socialWorker, budgetId);
    await expect(stopPaymentSchedule(socialWorker, budgetId)).rejects.toThrow(/no payment schedule/);
    const before = await prisma.budgetPayment.count({ where: { personalBudgetId: budgetId } });
    await createPaymentsDue(at("2027-09-01"));
    expect(await prisma.budgetPayment.count({ where: { personalBudgetId: budgetId } })).toBe(before);

    const managed = await runningBudget("MANAGED");
    await expect(setPaymentSchedule(managed.socialWorker, schedule(managed.budgetId))).rejects.toThrow(
      /Only a direct payment/,
    );
    const elsewhere = await makeActor((await makeCouncil()).id, "SOCIAL_WORKER");
    await expect(setPaymentSchedule(elsewhere, schedule(budgetId))).rejects.toThrow(/could not be found/);
    const family = await makeActor(managed.council.id, "FAMILY");
    await expect(setPaymentSchedule(family, schedule(managed.budgetId))).rejects.toThrow(
      /could not be found/,
    );
  });

  it("a schedule changed from a page opened before a colleague's change is refused and changes nothing (decision 0044)", async () => {
    const { socialWorker, budgetId } = await runningBudget();
    const stale = {
      code: "CONFLICT",
      message: expect.stringMatching(/changed by someone else.*Reload the page/),
    };
    await setPaymentSchedule(socialWorker, { ...schedule(budgetId), editVersion: 1 });
    await expect(
      setPaymentSchedule(socialWorker, { ...schedule(budgetId, { amount: "50.00" }), editVersion: 1 }),
    ).rejects.toMatchObject(stale);
    await expect(stopPaymentSchedule(socialWorker, budgetId, 1)).rejects.toMatchObject(stale);
    const budget = () => prisma.personalBudget.findUniqueOrThrow({ where: { id: budgetId } });
    expect((await budget()).scheduledAmount?.toString()).toBe("100");
    await stopPaymentSchedule(socialWorker, budgetId, 2);
    expect(await budget()).toMatchObject({ paymentEveryWeeks: null, editVersion: 3 });
  });
});
