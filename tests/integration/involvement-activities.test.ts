import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import {
  createInvolvementActivity,
  updateInvolvementActivity,
} from "@/lib/data/involvement/save-involvement-activity";
import { listInvolvementActivities } from "@/lib/data/involvement/list-involvement-activities";
import { getInvolvementActivity } from "@/lib/data/involvement/get-involvement-activity";
import {
  activitiesOfYouSaidWeDid,
  setActivityYouSaidWeDid,
} from "@/lib/data/involvement/link-you-said-we-did";
import { getRarelyInvolvedReport } from "@/lib/data/involvement/get-rarely-involved-report";
import { involvementActivityFormOptions } from "@/lib/data/involvement/involvement-activity-options";
import { changeReferenceValue } from "@/lib/data/reference-data/change-reference-value";
import { createInvolvementPlan } from "@/lib/data/involvement/involvement-plan";
import { lastSixMonthBlocks } from "@/lib/domain/involvement/six-month-blocks";
import { englandToday } from "@/lib/domain/involvement/consent";
import { addDays } from "@/lib/domain/dates";
import {
  editInvolvementActivitySchema,
  involvementActivitySchema,
  readInvolvementActivityForm,
  type InvolvementActivityInput,
} from "@/lib/schemas/involvement-activity";
import { makeActor, makeCouncil } from "./factories";

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const today = englandToday(new Date());
const parts = (d: Date) => ({
  "heldOn-day": String(d.getUTCDate()),
  "heldOn-month": String(d.getUTCMonth() + 1),
  "heldOn-year": String(d.getUTCFullYear()),
});

/** A council with a commissioner, an admin, two types of need and two groups that rarely get involved. */
async function setUp() {
  const council = await makeCouncil();
  const commissioner = await makeActor(council.id, "COMMISSIONER");
  const admin = await makeActor(council.id, "ADMIN");
  const [autism, physical] = await Promise.all(
    [
      ["AUTISM", "Autism"],
      ["PHYSICAL", "Physical disability"],
    ].map(([code, name], i) =>
      prisma.needType.create({ data: { councilId: council.id, code, name, position: i } }),
    ),
  );
  const rural = await changeReferenceValue(admin, {
    kind: "involvement-group",
    op: "add",
    code: "RURAL",
    name: "Living in a rural area",
  });
  const care = await changeReferenceValue(admin, {
    kind: "involvement-group",
    op: "add",
    code: "CARE_EXPERIENCED",
    name: "Care experienced",
  });
  return { council, commissioner, admin, autism, physical, rural, care };
}

function input(overrides: Partial<InvolvementActivityInput> = {}): InvolvementActivityInput {
  return {
    kind: "YOUTH_ADVISORY_BOARD",
    title: "Youth Advisory Board",
    heldOn: addDays(today, -3),
    description: null,
    planId: null,
    participants: 12,
    counts: [],
    ...overrides,
  };
}

const form = (fields: Record<string, string>) =>
  readInvolvementActivityForm({
    kind: "CONSULTATION",
    title: "Drop-in",
    ...parts(addDays(today, -1)),
    ...fields,
  });

describe("the activity form", () => {
  it("reads counts from their boxes; blank is none", () => {
    const parsed = involvementActivitySchema.parse(
      form({
        participants: "10",
        "age-AGE_11_15": "4",
        "age-AGE_16_19": "6",
        "need-n1": "",
        "group-g1": "2",
      }),
    );
    expect(parsed.participants).toBe(10);
    expect(parsed.counts).toEqual([
      { dimension: "AGE_BAND", key: "AGE_11_15", count: 4 },
      { dimension: "AGE_BAND", key: "AGE_16_19", count: 6 },
      { dimension: "GROUP", key: "g1", count: 2 },
    ]);
  });

  it("refuses a negative, a huge, a fractional count, beside its box", () => {
    const errors = (fields: Record<string, string>) => {
      const r = involvementActivitySchema.safeParse(form(fields));
      expect(r.success).toBe(false);
      return Object.fromEntries(r.error!.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(errors({ participants: "10", "need-n1": "-2" })).toEqual({
      "need-n1": "The number must be a whole number, like 12",
    });
    expect(errors({ participants: "999999" })).toEqual({
      participants: "The number who took part must be 5,000 or fewer",
    });
    expect(errors({ participants: "10", "group-g1": "2.5" })).toEqual({
      "group-g1": "The number must be a whole number, like 12",
    });
    expect(errors({ participants: "10", "group-g1": "11" })).toEqual({
      "group-g1": "The number cannot be more than the 10 who took part",
    });
    expect(errors({ participants: "10", "age-AGE_11_15": "6", "age-AGE_16_19": "6" })["age-AGE_0_4"]).toMatch(
      /add up to 12, more than the 10/,
    );
    expect(errors({ "group-g1": "3" })).toEqual({
      participants: "Enter how many took part in all, as well as by group",
    });
    expect(errors({ "age-NOT_A_BAND": "3", participants: "5" })).toEqual({
      form: "That is not one of the age bands",
    });
  });

  it("takes a planned (future) activity without numbers, and refuses numbers for it", () => {
    const future = { ...parts(addDays(today, 20)) };
    expect(involvementActivitySchema.safeParse(form(future)).success).toBe(true);
    const r = involvementActivitySchema.safeParse(form({ ...future, participants: "5" }));
    expect(r.error?.issues[0]).toMatchObject({
      path: ["participants"],
      message: expect.stringMatching(/once the activity has been held/),
    });
    const far = involvementActivitySchema.safeParse(form({ ...parts(addDays(today, 800)) }));
    expect(far.error?.issues[0]?.message).toMatch(/no more than two years from today/);
  });

  it("the edit form needs the activity's id and nothing unknown", () => {
    expect(editInvolvementActivitySchema.safeParse(form({})).success).toBe(false);
    expect(editInvolvementActivitySchema.safeParse({ ...form({}), id: "a1" }).success).toBe(true);
    expect(involvementActivitySchema.safeParse({ ...form({}), councilId: "x" }).success).toBe(false);
  });
});

describe("involvement activities", () => {
  it("logs an activity with counts by group, audited, and shows it labelled by the council's lists", async () => {
    const { commissioner, autism, rural } = await setUp();
    const { id } = await createInvolvementActivity(
      commissioner,
      input({
        participants: 12,
        counts: [
          { dimension: "AGE_BAND", key: "AGE_16_19", count: 9 },
          { dimension: "NEED_TYPE", key: autism.id, count: 5 },
          { dimension: "GROUP", key: rural.id, count: 2 },
        ],
      }),
    );
    const a = await getInvolvementActivity(commissioner, id);
    expect(a.participants).toBe(12);
    expect(a.rows.filter((r) => r.count > 0).map((r) => [r.label, r.count])).toEqual([
      ["Aged 16 to 19", 9],
      ["Autism", 5],
      ["Living in a rural area", 2],
    ]);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "involvement-activity:create" },
    });
    expect(audit.councilId).toBe(commissioner.councilId);
    expect(audit.metadata).toMatchObject({ participants: 12, counts: { "AGE_BAND:AGE_16_19": 9 } });
  });

  it("refuses a type of need or group of another council, and a plan of another council, with nothing saved", async () => {
    const { commissioner } = await setUp();
    const other = await setUp();
    const before = await prisma.involvementActivity.count();
    await expect(
      createInvolvementActivity(
        commissioner,
        input({ counts: [{ dimension: "NEED_TYPE", key: other.autism.id, count: 3 }] }),
      ),
    ).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { [`need-${other.autism.id}`]: expect.stringMatching(/not on your council's lists/) },
    });
    await expect(
      createInvolvementActivity(
        commissioner,
        input({ counts: [{ dimension: "GROUP", key: other.rural.id, count: 1 }] }),
      ),
    ).rejects.toMatchObject({ code: "INVALID" });
    const theirPlan = await createInvolvementPlan(other.commissioner, today);
    await expect(
      createInvolvementActivity(commissioner, input({ planId: theirPlan.id })),
    ).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { planId: "Choose one of your council's involvement plans, or none" },
    });
    expect(await prisma.involvementActivity.count()).toBe(before);
    // Its own plan is fine when it covers the date, and refused when it does not.
    const ours = await createInvolvementPlan(commissioner, today);
    await expect(createInvolvementActivity(commissioner, input({ planId: ours.id }))).resolves.toBeTruthy();
    await expect(
      createInvolvementActivity(commissioner, input({ planId: ours.id, heldOn: addDays(today, -400) })),
    ).rejects.toMatchObject({ fieldErrors: { planId: expect.stringMatching(/^The plan covers/) } });
  });

  it("refuses a negative or huge count from any caller, not only the form, with nothing saved", async () => {
    const { commissioner } = await setUp();
    for (const bad of [
      input({ counts: [{ dimension: "AGE_BAND", key: "AGE_0_4", count: -1 }] }),
      input({ participants: 1e9 }),
      input({ counts: [{ dimension: "AGE_BAND", key: "AGE_0_4", count: 2.5 }] }),
    ])
      await expect(createInvolvementActivity(commissioner, bad)).rejects.toMatchObject({
        code: "INVALID",
        message: "Numbers of people must be whole numbers from 0 to 5,000.",
      });
    expect(await prisma.involvementActivity.count({ where: { councilId: commissioner.councilId } })).toBe(0);
  });

  it("edits an activity: counts replaced, the audit keeps old and new; another council's is not found and unchanged", async () => {
    const { commissioner, autism, physical } = await setUp();
    const other = await setUp();
    const { id } = await createInvolvementActivity(
      commissioner,
      input({ participants: 8, counts: [{ dimension: "NEED_TYPE", key: autism.id, count: 4 }] }),
    );
    await updateInvolvementActivity(commissioner, {
      id,
      ...input({
        title: "Youth Advisory Board (June)",
        participants: 9,
        counts: [{ dimension: "NEED_TYPE", key: physical.id, count: 3 }],
      }),
    });
    const a = await getInvolvementActivity(commissioner, id);
    expect(a.title).toBe("Youth Advisory Board (June)");
    expect(a.counts).toEqual([{ dimension: "NEED_TYPE", key: physical.id, count: 3 }]);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "involvement-activity:update" },
    });
    expect(audit.metadata).toEqual({
      from: { title: "Youth Advisory Board", participants: 8, counts: { [`NEED_TYPE:${autism.id}`]: 4 } },
      to: {
        title: "Youth Advisory Board (June)",
        participants: 9,
        counts: { [`NEED_TYPE:${physical.id}`]: 3 },
      },
    });
    await expect(
      updateInvolvementActivity(other.commissioner, {
        id,
        ...input({ title: "Taken over", participants: 1 }),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getInvolvementActivity(other.commissioner, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getInvolvementActivity(commissioner, id)).title).toBe("Youth Advisory Board (June)");
  });

  it("a retired group is not offered for new activities but an activity that counted it keeps it", async () => {
    const { commissioner, admin, care } = await setUp();
    const { id } = await createInvolvementActivity(
      commissioner,
      input({ counts: [{ dimension: "GROUP", key: care.id, count: 2 }] }),
    );
    await changeReferenceValue(admin, { kind: "involvement-group", op: "retire", id: care.id });
    const fresh = await involvementActivityFormOptions(commissioner);
    expect(fresh.options.some((o) => o.key === care.id)).toBe(false);
    await expect(
      createInvolvementActivity(
        commissioner,
        input({ counts: [{ dimension: "GROUP", key: care.id, count: 1 }] }),
      ),
    ).rejects.toMatchObject({ code: "INVALID" });
    await updateInvolvementActivity(commissioner, {
      id,
      ...input({ counts: [{ dimension: "GROUP", key: care.id, count: 3 }] }),
    });
    const a = await getInvolvementActivity(commissioner, id);
    expect(a.rows.find((r) => r.key === care.id)).toMatchObject({ retired: true, count: 3 });
  });

  it("lists the council's own activities newest first, by kind and date range, a page at a time", async () => {
    const { commissioner } = await setUp();
    const other = await setUp();
    await createInvolvementActivity(other.commissioner, input({ title: "Theirs" }));
    for (let i = 0; i < 27; i++)
      await createInvolvementActivity(
        commissioner,
        input({
          title: `Board ${i}`,
          heldOn: addDays(today, -i - 1),
          kind: i % 3 === 0 ? "TRAINING" : "YOUTH_ADVISORY_BOARD",
        }),
      );
    const first = await listInvolvementActivities(commissioner, { page: 1 });
    expect(first.total).toBe(27);
    expect(first.items).toHaveLength(25);
    expect(first.items[0].title).toBe("Board 0");
    expect(first.items.some((a) => a.title === "Theirs")).toBe(false);
    expect((await listInvolvementActivities(commissioner, { page: 2 })).items.map((a) => a.title)).toEqual([
      "Board 25",
      "Board 26",
    ]);
    const training = await listInvolvementActivities(commissioner, { page: 1, kind: "TRAINING" });
    expect(training.total).toBe(9);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const week = await listInvolvementActivities(commissioner, {
      page: 1,
      from: iso(addDays(today, -5)),
      to: iso(addDays(today, -2)),
    });
    expect(week.items.map((a) => a.title)).toEqual(["Board 1", "Board 2", "Board 3", "Board 4"]);
  });
});

describe('links to "You said, we did"', () => {
  async function yswd(actor: Actor, youSaid: string) {
    return prisma.youSaidWeDid.create({
      data: { councilId: actor.councilId, youSaid, weDid: "We did it", createdById: actor.userId },
    });
  }

  it("links the council's own actions (shown both ways), refuses another council's with nothing changed, audited", async () => {
    const { commissioner } = await setUp();
    const other = await setUp();
    const { id } = await createInvolvementActivity(commissioner, input());
    const ours = await yswd(commissioner, "More quiet spaces");
    const ours2 = await yswd(commissioner, "Later clubs");
    const theirs = await yswd(other.commissioner, "Theirs");

    await setActivityYouSaidWeDid(commissioner, { activityId: id, youSaidWeDidIds: [ours.id] });
    await expect(
      setActivityYouSaidWeDid(commissioner, { activityId: id, youSaidWeDidIds: [ours2.id, theirs.id] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", message: expect.stringMatching(/could not be found/) });
    expect((await getInvolvementActivity(commissioner, id)).youSaidWeDid.map((y) => y.id)).toEqual([ours.id]);
    expect((await activitiesOfYouSaidWeDid(commissioner, ours.id)).map((a) => a.id)).toEqual([id]);
    expect(await activitiesOfYouSaidWeDid(other.commissioner, ours.id)).toEqual([]);

    await expect(
      setActivityYouSaidWeDid(other.commissioner, { activityId: id, youSaidWeDidIds: [theirs.id] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setActivityYouSaidWeDid(commissioner, { activityId: id, youSaidWeDidIds: [ours2.id] });
    expect((await getInvolvementActivity(commissioner, id)).youSaidWeDid.map((y) => y.id)).toEqual([
      ours2.id,
    ]);
    const audits = await prisma.auditEvent.findMany({
      where: { entityId: id, action: "involvement-activity:link-you-said-we-did" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.metadata)).toEqual([
      { added: [ours.id], removed: [] },
      { added: [ours2.id], removed: [ours.id] },
    ]);
  });
});

describe("the report of rarely involved groups", () => {
  it("counts the council's own activities per block, suppressed by its threshold, with the rarely involved highlighted", async () => {
    const { council, commissioner, autism, rural, care } = await setUp();
    const other = await setUp();
    await prisma.council.update({ where: { id: council.id }, data: { statisticsThreshold: 5 } });
    const blocks = lastSixMonthBlocks(today, 2);
    const inPrevious = addDays(blocks[0].start, 10);
    const inLatest = today;
    await createInvolvementActivity(
      commissioner,
      input({
        heldOn: inPrevious,
        participants: 30,
        counts: [
          { dimension: "AGE_BAND", key: "AGE_16_19", count: 30 },
          { dimension: "NEED_TYPE", key: autism.id, count: 20 },
          { dimension: "GROUP", key: rural.id, count: 10 },
          { dimension: "GROUP", key: care.id, count: 12 },
        ],
      }),
    );
    await createInvolvementActivity(
      commissioner,
      input({
        heldOn: inLatest,
        participants: 25,
        counts: [
          { dimension: "AGE_BAND", key: "AGE_16_19", count: 25 },
          { dimension: "NEED_TYPE", key: autism.id, count: 15 },
          { dimension: "GROUP", key: rural.id, count: 2 },
          { dimension: "GROUP", key: care.id, count: 14 },
        ],
      }),
    );
    // Another council's activity and a planned one count for nothing here.
    await createInvolvementActivity(
      other.commissioner,
      input({
        heldOn: inLatest,
        participants: 40,
        counts: [{ dimension: "AGE_BAND", key: "AGE_16_19", count: 40 }],
      }),
    );
    await createInvolvementActivity(commissioner, input({ heldOn: addDays(today, 5), participants: null }));

    const report = await getRarelyInvolvedReport(commissioner, 2);
    expect(report.threshold).toBe(5);
    expect(report.withheld).toBe(false);
    expect(report.participants.map((c) => c.count)).toEqual([30, 25, 55]);
    const groups = report.sections.find((s) => s.dimension === "GROUP")!;
    const ruralRow = groups.rows.find((r) => r.key === rural.id)!;
    expect(ruralRow.cells[1]).toEqual({ count: null, status: "small" });
    expect(ruralRow.rarelyInvolved).toBe(true);
    const ages = report.sections.find((s) => s.dimension === "AGE_BAND")!;
    expect(ages.rows.find((r) => r.key === "AGE_16_19")!.cells.map((c) => c.count)).toEqual([30, 25, 55]);
    expect(ages.rows.find((r) => r.key === "AGE_0_4")!.rarelyInvolved).toBe(true);
    expect(
      report.sections.find((s) => s.dimension === "NEED_TYPE")!.rows.find((r) => r.key === autism.id)!
        .rarelyInvolved,
    ).toBe(false);
  });
});
