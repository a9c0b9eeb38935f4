import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { rankField } from "@/lib/domain/priorities/check-ranking";
import { readPrioritiesSnapshot } from "@/lib/domain/priorities/priorities-snapshot";
import { openPriorityRound } from "@/lib/data/priorities/open-priority-round";
import { closePriorityRound } from "@/lib/data/priorities/close-priority-round";
import { savePriorityRanking } from "@/lib/data/priorities/save-priority-ranking";
import { getPriorityRound } from "@/lib/data/priorities/get-priority-round";
import { getPriorityRoundToRank } from "@/lib/data/priorities/get-priority-round-to-rank";
import { listOpenPriorityRounds } from "@/lib/data/priorities/list-open-priority-rounds";
import { listPriorityRounds } from "@/lib/data/priorities/list-priority-rounds";
import { attachPrioritiesToSpecification } from "@/lib/data/priorities/attach-priorities-to-specification";
import { getRegisterStatistics } from "@/lib/data/register/get-register-statistics";
import { statisticsTable } from "@/lib/domain/statistics-table";
import { makeActor, makeApprovedSpecification, makeCouncil } from "./factories";
import { makeYoungCommissioner } from "../support/involvement-factories";
import { rejects } from "./tender-fixtures";

const NOW = new Date("2027-06-01T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let commissioner: Actor;
let otherCommissioner: Actor;
let otherYoung: Actor;
let needTypes: { id: string; name: string }[];

async function makeNeedType(councilId: string, name: string, position: number) {
  return prisma.needType.create({
    data: { councilId, code: `n-${randomUUID().slice(0, 6)}`, name, position },
    select: { id: true, name: true },
  });
}

/** `n` active children with the need, in one district, born 2016. */
async function childrenWithNeed(councilId: string, districtId: string, needTypeId: string, n: number) {
  const family = await prisma.family.create({ data: { councilId, name: "Test family" } });
  for (let i = 0; i < n; i++)
    await prisma.child.create({
      data: {
        councilId,
        familyId: family.id,
        districtId,
        firstName: `Child${i}`,
        lastName: "Tester",
        dateOfBirth: day("2016-04-12"),
        needs: { create: { councilId, needTypeId } },
      },
    });
}

beforeAll(async () => {
  const council = await makeCouncil();
  commissioner = await makeActor(council.id, "COMMISSIONER");
  const other = await makeCouncil();
  otherCommissioner = await makeActor(other.id, "COMMISSIONER");
  otherYoung = await makeYoungCommissioner(other.id, { age: 17, now: NOW });
  needTypes = [
    await makeNeedType(council.id, "Autism", 0),
    await makeNeedType(council.id, "Physical disability", 1),
    await makeNeedType(council.id, "Sensory impairment", 2),
  ];
  const district = await prisma.district.create({
    data: { councilId: council.id, code: "D1", name: "North" },
  });
  await childrenWithNeed(council.id, district.id, needTypes[0].id, 25);
  await childrenWithNeed(council.id, district.id, needTypes[1].id, 3);
});

const openRound = (title = "Next commissioning round", closesOn = day("2027-06-30")) =>
  openPriorityRound(commissioner, { title, closesOn, needTypeIds: needTypes.map((t) => t.id) }, NOW);

async function itemsOf(roundId: string) {
  return prisma.priorityItem.findMany({ where: { roundId }, orderBy: { position: "asc" } });
}
/** The form fields for a ranking: the round's items given these numbers, in item order. */
async function rankingOf(roundId: string, numbers: string[]) {
  const items = await itemsOf(roundId);
  return Object.fromEntries(items.map((item, i) => [rankField(item.id), numbers[i]]));
}
const rankingsIn = (roundId: string) => prisma.priorityRanking.findMany({ where: { roundId } });

describe("opening and closing a round", () => {
  it("opens a round of the council's types of need, in its order, with an audit row", async () => {
    const id = await openRound();
    const items = await itemsOf(id);
    expect(items.map((i) => i.name)).toEqual(["Autism", "Physical disability", "Sensory impairment"]);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "priority-round:open" },
    });
    expect(audit.summary).toMatch(/3 types of need, closing on 2027-06-30/);
    const listed = await listPriorityRounds(commissioner, { page: 1 }, NOW);
    expect(listed.items.find((r) => r.id === id)).toMatchObject({ open: true, items: 3, rankings: 0 });
    expect((await listPriorityRounds(otherCommissioner, { page: 1 }, NOW)).items).toEqual([]);
  });

  it("refuses a closing date in the past, fewer than two items and another council's types of need", async () => {
    const before = await prisma.priorityRound.count();
    await rejects(openRound("Late", day("2027-05-31")), "INVALID", /today or in the future/);
    await rejects(
      openPriorityRound(
        commissioner,
        { title: "One", closesOn: day("2027-06-30"), needTypeIds: [needTypes[0].id] },
        NOW,
      ),
      "INVALID",
      /at least 2/,
    );
    const foreign = await makeNeedType(otherCommissioner.councilId, "Elsewhere", 0);
    await rejects(
      openPriorityRound(
        commissioner,
        { title: "Mixed", closesOn: day("2027-06-30"), needTypeIds: [needTypes[0].id, foreign.id] },
        NOW,
      ),
      "INVALID",
      /this council's types of need/,
    );
    expect(await prisma.priorityRound.count()).toBe(before);
  });

  it("closes once, with an audit row; another council's commissioner finds nothing to close", async () => {
    const id = await openRound();
    await rejects(closePriorityRound(otherCommissioner, id, NOW), "NOT_FOUND");
    expect((await prisma.priorityRound.findUniqueOrThrow({ where: { id } })).status).toBe("OPEN");
    await closePriorityRound(commissioner, id, NOW);
    expect((await prisma.priorityRound.findUniqueOrThrow({ where: { id } })).status).toBe("CLOSED");
    await rejects(closePriorityRound(commissioner, id, NOW), "CONFLICT", /already closed/);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "priority-round:close" } })).toBe(
      1,
    );
  });
});

describe("ranking", () => {
  it("shows the statistics page's suppressed figures, never a small count", async () => {
    const id = await openRound();
    const young = await makeYoungCommissioner(commissioner.councilId, { age: 17, now: NOW });
    const round = await getPriorityRoundToRank(young, id, NOW);
    expect(round.open).toBe(true);
    expect(round.mayTakePart).toBe(true);
    // The same cells as the statistics page's "Type of need and age band" table, all ages.
    const stats = await getRegisterStatistics(commissioner, { now: NOW });
    const table = statisticsTable(stats, { view: "age-need" })!;
    const page = new Map(
      stats.needTypes.map((t, i) => [t.id, table.rows[i].cells[table.columns.length - 1]] as const),
    );
    expect(round.items.map((i) => i.figure)).toEqual(needTypes.map((t) => page.get(t.id)));
    const [autism, physical, sensory] = round.items;
    expect(physical.figure).toMatchObject({ status: "small", count: null });
    // 25 would give the 3 away from the total, so it is hidden too: never a raw count.
    expect(autism.figure).toMatchObject({ count: null });
    expect(sensory.figure).toMatchObject({ status: "shown", count: 0 });
    await rejects(getPriorityRoundToRank(otherYoung, id, NOW), "NOT_FOUND");
  });

  it("saves a ranking, and ranking again replaces it (one row, audited each time)", async () => {
    const id = await openRound();
    const young = await makeYoungCommissioner(commissioner.councilId, { age: 16, now: NOW });
    await savePriorityRanking(young, { roundId: id, ranks: await rankingOf(id, ["2", "1", "3"]) }, NOW);
    await savePriorityRanking(young, { roundId: id, ranks: await rankingOf(id, ["1", "3", "2"]) }, NOW);
    const items = await itemsOf(id);
    const rows = await rankingsIn(id);
    expect(rows).toHaveLength(1);
    expect(rows[0].itemOrder).toEqual([items[0].id, items[2].id, items[1].id]);
    const mine = await getPriorityRoundToRank(young, id, NOW);
    expect(mine.items.map((i) => i.myRank)).toEqual([1, 3, 2]);
    expect(
      await prisma.auditEvent.findMany({
        where: { entityId: id, action: { startsWith: "priority-ranking:" } },
        orderBy: { createdAt: "asc" },
        select: { action: true },
      }),
    ).toEqual([{ action: "priority-ranking:create" }, { action: "priority-ranking:replace" }]);
    expect(
      (await listOpenPriorityRounds(young, { page: 1 }, NOW)).items.find((r) => r.id === id)?.rankedAt,
    ).not.toBeNull();
  });

  it("keeps one row when the same ranking is sent twice at once", async () => {
    const id = await openRound();
    const young = await makeYoungCommissioner(commissioner.councilId, { age: 17, now: NOW });
    const ranks = await rankingOf(id, ["3", "2", "1"]);
    await Promise.all([
      savePriorityRanking(young, { roundId: id, ranks }, NOW),
      savePriorityRanking(young, { roundId: id, ranks }, NOW),
    ]);
    expect(await rankingsIn(id)).toHaveLength(1);
  });

  it("refuses ties, gaps and unknown items, saving nothing", async () => {
    const id = await openRound();
    const young = await makeYoungCommissioner(commissioner.councilId, { age: 17, now: NOW });
    await rejects(
      savePriorityRanking(young, { roundId: id, ranks: await rankingOf(id, ["1", "1", "2"]) }, NOW),
      "INVALID",
      /both 1st/,
    );
    await rejects(
      savePriorityRanking(young, { roundId: id, ranks: await rankingOf(id, ["1", "2", "4"]) }, NOW),
      "INVALID",
      /Nothing is 3rd yet/,
    );
    await rejects(
      savePriorityRanking(
        young,
        { roundId: id, ranks: { ...(await rankingOf(id, ["1", "2", "3"])), [rankField("nothing")]: "4" } },
        NOW,
      ),
      "INVALID",
      /has changed/,
    );
    expect(await rankingsIn(id)).toHaveLength(0);
  });

  it("refuses an under-16 without recorded consent, and takes them once consent is recorded", async () => {
    const id = await openRound();
    const young = await makeYoungCommissioner(commissioner.councilId, { age: 14, now: NOW });
    expect((await getPriorityRoundToRank(young, id, NOW)).mayTakePart).toBe(false);
    const ranks = await rankingOf(id, ["1", "2", "3"]);
    await rejects(
      savePriorityRanking(young, { roundId: id, ranks }, NOW),
      "NOT_ALLOWED",
      /a parent or carer must say yes/,
    );
    expect(await rankingsIn(id)).toHaveLength(0);
    const consented = await makeYoungCommissioner(commissioner.councilId, {
      age: 14,
      consent: true,
      now: NOW,
    });
    await savePriorityRanking(consented, { roundId: id, ranks }, NOW);
    expect(await rankingsIn(id)).toHaveLength(1);
  });

  it("refuses a closed round, a round past its closing day, and another council's round", async () => {
    const young = await makeYoungCommissioner(commissioner.councilId, { age: 17, now: NOW });
    const closed = await openRound();
    await closePriorityRound(commissioner, closed, NOW);
    await rejects(
      savePriorityRanking(young, { roundId: closed, ranks: await rankingOf(closed, ["1", "2", "3"]) }, NOW),
      "CONFLICT",
      /has closed/,
    );
    const lapsed = await openRound("Lapsed", day("2027-06-01"));
    const later = new Date("2027-06-02T09:00:00Z");
    await rejects(
      savePriorityRanking(young, { roundId: lapsed, ranks: await rankingOf(lapsed, ["1", "2", "3"]) }, later),
      "CONFLICT",
    );
    expect((await listOpenPriorityRounds(young, { page: 1 }, later)).items.some((r) => r.id === lapsed)).toBe(
      false,
    );
    const open = await openRound();
    await rejects(
      savePriorityRanking(otherYoung, { roundId: open, ranks: await rankingOf(open, ["1", "2", "3"]) }, NOW),
      "NOT_FOUND",
    );
    expect(await prisma.priorityRanking.count({ where: { roundId: { in: [closed, lapsed, open] } } })).toBe(
      0,
    );
  });
});

describe("the combined ranking and a specification", () => {
  async function draftSpecification(author: Actor) {
    const spec = await makeApprovedSpecification({ councilId: author.councilId, author });
    return prisma.specification.update({ where: { id: spec.id }, data: { status: "DRAFT" } });
  }

  it("combines rankings without names, attaches a copy to a draft, and later rankings do not change it", async () => {
    const id = await openRound();
    for (const numbers of [
      ["1", "2", "3"],
      ["1", "3", "2"],
      ["2", "1", "3"],
    ]) {
      const young = await makeYoungCommissioner(commissioner.councilId, { age: 17, now: NOW });
      await savePriorityRanking(young, { roundId: id, ranks: await rankingOf(id, numbers) }, NOW);
    }
    const draft = await draftSpecification(commissioner);
    const round = await getPriorityRound(commissioner, id, NOW);
    expect(round.combined.participants).toBe(3);
    expect(round.combined.items.map((i) => [i.name, i.points])).toEqual([
      ["Autism", 5],
      ["Physical disability", 3],
      ["Sensory impairment", 1],
    ]);
    expect(JSON.stringify(round)).not.toMatch(/Test young_commissioner|membershipId/);
    expect(round.specifications.find((s) => s.id === draft.id)).toMatchObject({
      title: "Play schemes",
      attached: false,
    });

    await attachPrioritiesToSpecification(commissioner, { roundId: id, specificationId: draft.id }, NOW);
    const stored = readPrioritiesSnapshot(
      (await prisma.specification.findUniqueOrThrow({ where: { id: draft.id } })).prioritiesSnapshot,
    );
    expect(stored).toMatchObject({ roundId: id, participants: 3, roundClosed: false });
    expect(stored?.items.map((i) => i.name)).toEqual(["Autism", "Physical disability", "Sensory impairment"]);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: draft.id, action: "specification:attach-priorities" },
    });
    expect(audit.summary).toMatch(/3 taking part/);

    const late = await makeYoungCommissioner(commissioner.councilId, { age: 17, now: NOW });
    await savePriorityRanking(late, { roundId: id, ranks: await rankingOf(id, ["3", "2", "1"]) }, NOW);
    const after = readPrioritiesSnapshot(
      (await prisma.specification.findUniqueOrThrow({ where: { id: draft.id } })).prioritiesSnapshot,
    );
    expect(after).toEqual(stored);
    expect(
      (await getPriorityRound(commissioner, id, NOW)).specifications.find((s) => s.id === draft.id)?.attached,
    ).toBe(true);
  });

  it("refuses another council's specification or round, an approved specification, and a round nobody ranked", async () => {
    const id = await openRound();
    const young = await makeYoungCommissioner(commissioner.councilId, { age: 17, now: NOW });
    await savePriorityRanking(young, { roundId: id, ranks: await rankingOf(id, ["1", "2", "3"]) }, NOW);
    const foreign = await draftSpecification(otherCommissioner);
    await rejects(
      attachPrioritiesToSpecification(commissioner, { roundId: id, specificationId: foreign.id }, NOW),
      "NOT_FOUND",
    );
    expect(
      (await prisma.specification.findUniqueOrThrow({ where: { id: foreign.id } })).prioritiesSnapshot,
    ).toBeNull();
    const own = await draftSpecification(commissioner);
    await rejects(
      attachPrioritiesToSpecification(otherCommissioner, { roundId: id, specificationId: own.id }, NOW),
      "NOT_FOUND",
    );
    await rejects(getPriorityRound(otherCommissioner, id, NOW), "NOT_FOUND");
    const approved = await makeApprovedSpecification({
      councilId: commissioner.councilId,
      author: commissioner,
    });
    await rejects(
      attachPrioritiesToSpecification(commissioner, { roundId: id, specificationId: approved.id }, NOW),
      "CONFLICT",
      /Only a draft/,
    );
    const empty = await openRound();
    await rejects(
      attachPrioritiesToSpecification(commissioner, { roundId: empty, specificationId: own.id }, NOW),
      "CONFLICT",
      /nobody|No young commissioner/,
    );
    expect(
      (await prisma.specification.findUniqueOrThrow({ where: { id: own.id } })).prioritiesSnapshot,
    ).toBeNull();
    expect(
      await prisma.auditEvent.count({
        where: {
          entityId: { in: [foreign.id, own.id, approved.id] },
          action: "specification:attach-priorities",
        },
      }),
    ).toBe(0);
  });
});
