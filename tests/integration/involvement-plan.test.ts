import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import {
  addInvolvementAction,
  createInvolvementPlan,
  getInvolvementPlan,
  listInvolvementPlans,
  sixMonthBlockOf,
  updateInvolvementAction,
} from "@/lib/data/involvement/involvement-plan";
import { involvementProgressSchema, newInvolvementPlanSchema } from "@/lib/schemas/involvement-plan";
import { makeActor, makeCouncil } from "./factories";

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the involvement plan", () => {
  it("one plan per six months; actions due within it; done needs evidence; overdue counted; audited", async () => {
    const council = await makeCouncil();
    const commissioner = await makeActor(council.id, "COMMISSIONER");
    expect(sixMonthBlockOf(day("2027-02-10"))).toEqual({ start: day("2026-10-01"), end: day("2027-03-31") });
    expect(sixMonthBlockOf(day("2027-04-01"))).toEqual({ start: day("2027-04-01"), end: day("2027-09-30") });

    const { id } = await createInvolvementPlan(commissioner, day("2027-04-01"));
    await expect(createInvolvementPlan(commissioner, day("2027-04-01"))).rejects.toMatchObject({
      fieldErrors: { periodStart: expect.stringMatching(/already a plan/) },
    });
    await expect(
      addInvolvementAction(commissioner, {
        planId: id,
        description: "X",
        owner: "Y",
        dueDate: day("2027-10-01"),
      }),
    ).rejects.toMatchObject({
      fieldErrors: { dueDate: expect.stringMatching(/within the plan's six months/) },
    });
    await addInvolvementAction(commissioner, {
      planId: id,
      description: "Train new young commissioners",
      owner: "Participation officer",
      dueDate: day("2027-05-01"),
    });
    await addInvolvementAction(commissioner, {
      planId: id,
      description: "Review three venues",
      owner: "Commissioner",
      dueDate: day("2027-09-01"),
    });
    const plans = await listInvolvementPlans(commissioner, new Date("2027-06-01T12:00:00Z"));
    expect(plans.map((p) => [p.actions, p.done, p.overdue])).toEqual([[2, 0, 1]]);

    const plan = await getInvolvementPlan(commissioner, id);
    const parsed = involvementProgressSchema.safeParse({
      actionId: plan.actions[0].id,
      status: "DONE",
      editVersion: "1",
    });
    expect(parsed.success).toBe(false);
    await updateInvolvementAction(commissioner, {
      actionId: plan.actions[0].id,
      status: "DONE",
      evidence: "Six trained on 20 May",
    });
    const after = await listInvolvementPlans(commissioner, new Date("2027-06-01T12:00:00Z"));
    expect(after.map((p) => [p.done, p.overdue])).toEqual([[1, 0]]);
    const audit = await prisma.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "involvement-plan:create",
      "involvement-action:create",
      "involvement-action:create",
      "involvement-action:update",
    ]);
    expect(newInvolvementPlanSchema.safeParse({ periodStart: "2027-05-01" }).success).toBe(false);
  });

  it("another council's plans and actions are not found and unchanged", async () => {
    const mine = await makeCouncil();
    const theirs = await makeCouncil();
    const me = await makeActor(mine.id, "COMMISSIONER");
    const them = await makeActor(theirs.id, "COMMISSIONER");
    const { id } = await createInvolvementPlan(them, day("2027-04-01"));
    await addInvolvementAction(them, {
      planId: id,
      description: "A",
      owner: "B",
      dueDate: day("2027-05-01"),
    });
    const action = (await getInvolvementPlan(them, id)).actions[0];
    await expect(getInvolvementPlan(me, id)).rejects.toThrow(/could not be found/);
    await expect(
      addInvolvementAction(me, { planId: id, description: "A", owner: "B", dueDate: day("2027-05-01") }),
    ).rejects.toThrow(/could not be found/);
    await expect(
      updateInvolvementAction(me, { actionId: action.id, status: "DONE", evidence: "x" }),
    ).rejects.toThrow(/could not be found/);
    expect(await listInvolvementPlans(me)).toEqual([]);
    const unchanged = await prisma.involvementPlanAction.findUniqueOrThrow({ where: { id: action.id } });
    expect(unchanged.status).toBe("PLANNED");
    expect(await prisma.involvementPlanAction.count({ where: { planId: id } })).toBe(1);
  });

  it("a change from a page opened before a colleague's is refused and changes nothing; a repeated add adds once (decision 0044)", async () => {
    const council = await makeCouncil();
    const [first, second] = [
      await makeActor(council.id, "COMMISSIONER"),
      await makeActor(council.id, "COMMISSIONER"),
    ];
    const stale = {
      code: "CONFLICT",
      message: expect.stringMatching(/changed by someone else.*Reload the page/),
    };
    const { id } = await createInvolvementPlan(first, day("2027-04-01"));
    const add = (who: typeof first, editVersion: number) =>
      addInvolvementAction(who, {
        planId: id,
        description: "Train new young commissioners",
        owner: "Participation officer",
        dueDate: day("2027-05-01"),
        editVersion,
      });
    await add(first, 1);
    await expect(add(first, 1)).rejects.toMatchObject(stale);
    const [action] = (await getInvolvementPlan(first, id)).actions;
    // Both opened the plan at version 2; the first marks the action done, the second's older copy is refused.
    await updateInvolvementAction(first, {
      actionId: action.id,
      status: "DONE",
      evidence: "Six trained",
      editVersion: 2,
    });
    await expect(
      updateInvolvementAction(second, {
        actionId: action.id,
        status: "IN_PROGRESS",
        evidence: undefined,
        editVersion: 2,
      }),
    ).rejects.toMatchObject(stale);
    const plan = await getInvolvementPlan(first, id);
    expect(plan.editVersion).toBe(3);
    expect(plan.actions).toMatchObject([{ status: "DONE", evidence: "Six trained" }]);
    await updateInvolvementAction(second, {
      actionId: action.id,
      status: "IN_PROGRESS",
      evidence: undefined,
      editVersion: 3,
    });
    expect((await getInvolvementPlan(first, id)).actions).toMatchObject([{ status: "IN_PROGRESS" }]);
  });
});
