import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTender } from "@/lib/data/tenders/create-tender";
import { moveTender } from "@/lib/data/tenders/move-tender";
import { updateTender } from "@/lib/data/tenders/update-tender";
import { askQuestion } from "@/lib/data/tenders/questions";
import { getProviderTender, listProviderTenders, saveBid } from "@/lib/data/tenders/bids";
import { getModeration, setModeratedScore } from "@/lib/data/tenders/moderation";
import { savePanelMember } from "@/lib/data/tenders/panel";
import {
  confirmAward,
  proceedAfterReturn,
  proposeAward,
  recordYoungPanelDecision,
  type LetterBody,
} from "@/lib/data/tenders/award";
import { listPublicTenders } from "@/lib/data/public/public-tenders";
import { listOcdsReleases } from "@/lib/data/ocds/list-ocds-releases";
import {
  at,
  criteriaOf,
  rejects,
  tenderInEvaluation,
  tenderInput,
  tenderWorld,
  type TenderWorld,
} from "./tender-fixtures";

let w: TenderWorld;
beforeAll(async () => {
  w = await tenderWorld();
});

/** The chair moderates every cell: B wins on quality unless `aWins`. */
async function moderateAll(t: Awaited<ReturnType<typeof tenderInEvaluation>>, aWins = false) {
  const set = (bidId: string, criterionId: string, score: number) =>
    setModeratedScore(
      w.chair,
      { tenderId: t.tenderId, bidId, criterionId, score, note: `Agreed ${score}` },
      at(13),
    );
  await set(t.a.id, t.quality.id, aWins ? 5 : 3);
  await set(t.a.id, t.yp.id, 5);
  await set(t.b.id, t.quality.id, 5);
  await set(t.b.id, t.yp.id, 3);
}

async function awardOf(tenderId: string) {
  return prisma.award.findUniqueOrThrow({ where: { tenderId } });
}

async function lettersOf(tenderId: string) {
  return prisma.feedbackLetter.findMany({ where: { bid: { tenderId } } });
}

describe("panel powers", () => {
  it("lets only panel members without a conflict for a bid moderate it, and says why on the page", async () => {
    const t = await tenderInEvaluation(w);
    // The evaluator declared a conflict with B: they cannot set B's moderated scores.
    await rejects(
      setModeratedScore(
        w.evaluator,
        { tenderId: t.tenderId, bidId: t.b.id, criterionId: t.quality.id, score: 5, note: "Generous" },
        at(13),
      ),
      "NOT_ALLOWED",
      /conflict of interest/,
    );
    // A commissioner who is not on the panel cannot moderate at all.
    await rejects(
      setModeratedScore(
        w.bystander,
        { tenderId: t.tenderId, bidId: t.a.id, criterionId: t.quality.id, score: 1, note: "Low" },
        at(13),
      ),
      "NOT_ALLOWED",
      /not on this tender's panel/,
    );
    expect(await prisma.moderatedScore.count({ where: { bid: { tenderId: t.tenderId } } })).toBe(0);
    // The evaluator may moderate the bid they have no conflict with.
    await setModeratedScore(
      w.evaluator,
      { tenderId: t.tenderId, bidId: t.a.id, criterionId: t.quality.id, score: 3, note: "Agreed 3" },
      at(13),
    );
    const seen = await getModeration(w.evaluator, t.tenderId, at(13));
    expect(seen.moderation.refusals[t.b.id]).toMatch(/conflict of interest/);
    expect(seen.moderation.refusals[t.a.id]).toBeUndefined();
    const outside = await getModeration(w.bystander, t.tenderId, at(13));
    expect(outside.moderation.refusals[t.a.id]).toMatch(/not on this tender's panel/);
  });

  it("lets only the panel chair propose the award", async () => {
    const t = await tenderInEvaluation(w);
    await moderateAll(t);
    await rejects(proposeAward(w.evaluator, t.tenderId, "I decide", at(14)), "NOT_ALLOWED", /chair/);
    await rejects(proposeAward(w.bystander, t.tenderId, "I decide", at(14)), "NOT_ALLOWED", /chair/);
    expect(await prisma.award.count({ where: { tenderId: t.tenderId } })).toBe(0);
    await proposeAward(w.chair, t.tenderId, "Highest score", at(14));
    expect((await awardOf(t.tenderId)).status).toBe("PROPOSED");
    const seen = await getModeration(w.evaluator, t.tenderId, at(14));
    expect(seen.moderation.isChair).toBe(false);
    expect((await getModeration(w.chair, t.tenderId, at(14))).moderation.isChair).toBe(true);
  });

  it("has one chair, handed on only by the chair; a chair with a conflict with the winner cannot decide", async () => {
    const t = await tenderInEvaluation(w);
    await moderateAll(t); // B ranks first; the evaluator declared a conflict with B
    const seat = (by: typeof w.chair, who: typeof w.chair, s: "CHAIR" | "EVALUATOR") =>
      savePanelMember(by, {
        tenderId: t.tenderId,
        membershipId: who.membershipId,
        seat: s,
        criterionIds: [t.quality.id],
      });
    await rejects(seat(w.evaluator, w.evaluator, "CHAIR"), "NOT_ALLOWED", /Only the chair/);
    await rejects(seat(w.evaluator, w.chair, "EVALUATOR"), "NOT_ALLOWED", /Only the chair/);
    expect(
      await prisma.panelMember.count({ where: { panel: { tenderId: t.tenderId }, role: "CHAIR" } }),
    ).toBe(1);
    await seat(w.chair, w.evaluator, "CHAIR");
    const chairs = await prisma.panelMember.findMany({
      where: { panel: { tenderId: t.tenderId }, role: "CHAIR" },
      select: { membershipId: true },
    });
    expect(chairs).toEqual([{ membershipId: w.evaluator.membershipId }]);
    await rejects(proposeAward(w.chair, t.tenderId, "Highest score", at(14)), "NOT_ALLOWED", /chair/);
    await rejects(
      proposeAward(w.evaluator, t.tenderId, "Highest score", at(14)),
      "NOT_ALLOWED",
      /conflict of interest with the top-ranked bidder/,
    );
  });
});

describe("the young commissioners' decision", () => {
  it("takes exactly one answer when two panel members answer at once, leaving a consistent award", async () => {
    for (let round = 0; round < 4; round++) {
      const t = await tenderInEvaluation(w);
      await moderateAll(t);
      await proposeAward(w.chair, t.tenderId, "Highest score", at(14));
      const [yes, no] = round % 2 ? [w.young1, w.young2] : [w.young2, w.young1];
      const results = await Promise.allSettled([
        recordYoungPanelDecision(yes, { tenderId: t.tenderId, approve: true, note: null }, at(15)),
        recordYoungPanelDecision(no, { tenderId: t.tenderId, approve: false, note: "Not fair" }, at(15)),
      ]);
      const refused = results.filter((r) => r.status === "rejected");
      expect(refused, `round ${round}: exactly one answer counts`).toHaveLength(1);
      const reason = (refused[0] as PromiseRejectedResult).reason as AppError;
      expect(reason).toBeInstanceOf(AppError);
      expect(reason.code).toBe("CONFLICT");

      const award = await awardOf(t.tenderId);
      const letters = await lettersOf(t.tenderId);
      const audit = await prisma.auditEvent.findMany({
        where: { entityId: t.tenderId, action: { startsWith: "award:young-panel" } },
      });
      expect(audit).toHaveLength(1);
      if (award.status === "STANDSTILL") {
        expect(letters).toHaveLength(2);
        expect(award.standstillEndsAt).not.toBeNull();
        expect(award.youngPanelApprovedById).toBe(yes.userId);
        expect(audit[0].action).toBe("award:young-panel-approve");
      } else {
        expect(award.status).toBe("RETURNED");
        expect(letters).toHaveLength(0);
        expect(award.standstillEndsAt).toBeNull();
        expect(award.youngPanelApprovedAt).toBeNull();
        expect(audit[0].action).toBe("award:young-panel-reject");
      }
    }
  });

  it("after a no, moderation reopens and the chair proposes again", async () => {
    const t = await tenderInEvaluation(w);
    await moderateAll(t);
    await proposeAward(w.chair, t.tenderId, "Highest score", at(14));
    await rejects(
      recordYoungPanelDecision(w.young1, { tenderId: t.tenderId, approve: false, note: null }, at(15)),
      "INVALID",
      /why/,
    );
    await recordYoungPanelDecision(
      w.young1,
      { tenderId: t.tenderId, approve: false, note: "Alpha listened to us more" },
      at(15),
    );
    const returned = await awardOf(t.tenderId);
    expect(returned.status).toBe("RETURNED");
    expect(returned.returnNote).toBe("Alpha listened to us more");
    // The panel said no once; it cannot also say yes to the same proposal.
    await rejects(
      recordYoungPanelDecision(w.young2, { tenderId: t.tenderId, approve: true, note: null }, at(15)),
      "CONFLICT",
    );
    // The way forward: re-moderate (A now wins), then a new proposal goes back to the panel.
    await setModeratedScore(
      w.chair,
      {
        tenderId: t.tenderId,
        bidId: t.a.id,
        criterionId: t.quality.id,
        score: 5,
        note: "Re-read after the panel",
      },
      at(16),
    );
    await proposeAward(w.chair, t.tenderId, "Re-moderated after the young commissioners' reasons", at(16));
    const again = await awardOf(t.tenderId);
    expect(again.status).toBe("PROPOSED");
    expect(again.winningBidId).toBe(t.a.id);
    await recordYoungPanelDecision(w.young2, { tenderId: t.tenderId, approve: true, note: null }, at(17));
    expect((await awardOf(t.tenderId)).status).toBe("STANDSTILL");
    const letter = (await prisma.feedbackLetter.findUniqueOrThrow({ where: { bidId: t.b.id } }))
      .body as unknown as LetterBody;
    expect(letter.outcome).toBe("unsuccessful");
    expect(letter.winnerName).toBe("Alpha Play CIC");
  });

  it("after a no, the chair may proceed with a recorded reason; nobody else may", async () => {
    const t = await tenderInEvaluation(w);
    await moderateAll(t);
    await rejects(proceedAfterReturn(w.chair, t.tenderId, "Too early", at(14)), "CONFLICT");
    await proposeAward(w.chair, t.tenderId, "Highest score", at(14));
    await recordYoungPanelDecision(
      w.young1,
      { tenderId: t.tenderId, approve: false, note: "Too dear" },
      at(15),
    );
    await rejects(proceedAfterReturn(w.evaluator, t.tenderId, "We must", at(16)), "NOT_ALLOWED", /chair/);
    await rejects(proceedAfterReturn(w.chair, t.tenderId, "  ", at(16)), "INVALID", /reason/);
    expect(await lettersOf(t.tenderId)).toHaveLength(0);
    await proceedAfterReturn(
      w.chair,
      t.tenderId,
      "Price is within budget; the panel's concern is recorded for contract monitoring",
      at(16),
    );
    const award = await awardOf(t.tenderId);
    expect(award.status).toBe("STANDSTILL");
    expect(award.proceedReason).toMatch(/within budget/);
    expect(award.proceededById).toBe(w.chair.userId);
    expect(await lettersOf(t.tenderId)).toHaveLength(2);
    await rejects(proceedAfterReturn(w.chair, t.tenderId, "Twice", at(16)), "CONFLICT");
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: t.tenderId, action: "award:proceed-after-return" },
    });
    expect(JSON.stringify(audit.metadata)).toContain("within budget");
  });

  it("cancelling the tender cancels a pending award, which then cannot move", async () => {
    const t = await tenderInEvaluation(w);
    await moderateAll(t);
    await proposeAward(w.chair, t.tenderId, "Highest score", at(14));
    await moveTender(w.chair, t.tenderId, "CANCELLED", "Budget withdrawn", at(15));
    expect((await awardOf(t.tenderId)).status).toBe("CANCELLED");
    await rejects(
      recordYoungPanelDecision(w.young1, { tenderId: t.tenderId, approve: true, note: null }, at(15)),
      "CONFLICT",
    );
    expect(await lettersOf(t.tenderId)).toHaveLength(0);
  });

  it("confirms once when confirmed twice at once", async () => {
    const t = await tenderInEvaluation(w);
    await moderateAll(t);
    await proposeAward(w.chair, t.tenderId, "Highest score", at(14));
    await recordYoungPanelDecision(w.young1, { tenderId: t.tenderId, approve: true, note: null }, at(15));
    const results = await Promise.allSettled([
      confirmAward(w.chair, t.tenderId, at(40)),
      confirmAward(w.evaluator, t.tenderId, at(40)),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.contract.count({ where: { tenderId: t.tenderId } })).toBe(1);
    expect((await awardOf(t.tenderId)).status).toBe("CONFIRMED");
  });
});

describe("only tenders that were published are public", () => {
  it("keeps a draft cancelled before publication out of every public and provider view", async () => {
    const draftId = await createTender(
      w.chair,
      w.specificationId,
      tenderInput({ title: "Cancelled before anyone saw it", estimatedValue: "299999" }),
      randomUUID(),
      at(-2),
    );
    await moveTender(w.chair, draftId, "CANCELLED", "Not needed after all", at(-1));
    const shownId = await createTender(
      w.chair,
      w.specificationId,
      tenderInput({ title: "Published then cancelled" }),
      randomUUID(),
      at(-2),
    );
    await moveTender(w.chair, shownId, "PUBLISHED", undefined, at(0));
    await moveTender(w.chair, shownId, "CANCELLED", "Re-tendering", at(1));

    const data = await listPublicTenders(w.council.slug);
    const listed = data!.tenders.map((t) => t.id);
    expect(listed).not.toContain(draftId);
    expect(listed).toContain(shownId);
    const feed = await listOcdsReleases(w.council.slug, { limit: 500 }, new URL("https://example.org/ocds"));
    const pkg = JSON.stringify(feed);
    expect(pkg).not.toContain("Cancelled before anyone saw it");
    expect(pkg).toContain("Published then cancelled");
    const shown = await prisma.tender.findUniqueOrThrow({
      where: { id: shownId },
      select: { reference: true },
    });
    expect(
      feed!.releases.filter((r) => r.ocid.endsWith(`-${shown.reference}`)).map((r) => r.tag[0]),
    ).toContain("tenderCancellation");
    expect((await listProviderTenders(w.providerA)).map((t) => t.id)).not.toContain(draftId);
    await rejects(getProviderTender(w.providerA, draftId), "NOT_FOUND");
    await rejects(
      askQuestion(w.providerA, { tenderId: draftId, question: "Hello?", submissionKey: randomUUID() }, at(0)),
      "NOT_FOUND",
    );
    const { all } = await criteriaOf(draftId);
    await rejects(
      saveBid(
        w.providerA,
        {
          tenderId: draftId,
          intent: "save",
          answers: Object.fromEntries(all.map((c) => [c.id, "x"])),
          price: "",
          safeguarding: false,
          insurance: false,
        },
        at(0),
      ),
      "NOT_FOUND",
    );
    expect((await getProviderTender(w.providerA, shownId)).status).toBe("CANCELLED");
  });
});

describe("an edit of a draft that races a publish", () => {
  async function draft() {
    const id = await createTender(w.chair, w.specificationId, tenderInput(), randomUUID(), at(-2));
    const { editVersion } = await prisma.tender.findUniqueOrThrow({ where: { id } });
    return { id, version: editVersion };
  }

  it("refuses an edit made from a draft that has since been published", async () => {
    const d = await draft();
    await moveTender(w.chair, d.id, "PUBLISHED", undefined, at(0));
    await rejects(
      updateTender(w.evaluator, d.id, tenderInput({ title: "Changed" }), d.version),
      "CONFLICT",
      /published while you were editing; your changes were not saved/,
    );
    expect((await prisma.tender.findUniqueOrThrow({ where: { id: d.id } })).title).toBe(
      "Holiday play schemes",
    );
  });

  it("refuses an edit made from a version someone else has since changed", async () => {
    const d = await draft();
    await updateTender(w.chair, d.id, tenderInput({ title: "First" }), d.version);
    await rejects(
      updateTender(w.evaluator, d.id, tenderInput({ title: "Second" }), d.version),
      "CONFLICT",
      /changed by someone else/,
    );
    expect((await prisma.tender.findUniqueOrThrow({ where: { id: d.id } })).title).toBe("First");
    // Reloaded, the page has the next version, and the save goes through.
    await updateTender(w.evaluator, d.id, tenderInput({ title: "Second" }), d.version + 1);
    expect(await prisma.tender.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({
      title: "Second",
      editVersion: d.version + 2,
    });
  });

  it("does not overwrite the published tender or delete bidders' answers when the publish lands first", async () => {
    const d = await draft();
    const { all } = await criteriaOf(d.id);
    // Hold the tender row and its criteria (two sessions), so both writes start; then let the
    // publish through first, a bidder save draft answers, and only then the rest of the edit.
    const tenderHolder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const criteriaHolder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await tenderHolder.connect();
    await criteriaHolder.connect();
    const waiting = async (n: number) => {
      for (let i = 0; i < 200; i++) {
        const rows = await prisma.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`;
        if (rows[0].n >= n) return;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`expected ${n} blocked queries`);
    };
    try {
      await tenderHolder.query("BEGIN");
      await tenderHolder.query(`SELECT id FROM "Tender" WHERE id = $1 FOR UPDATE`, [d.id]);
      await criteriaHolder.query("BEGIN");
      await criteriaHolder.query(`SELECT id FROM "TenderCriterion" WHERE "tenderId" = $1 FOR NO KEY UPDATE`, [
        d.id,
      ]);
      const publish = moveTender(w.chair, d.id, "PUBLISHED", undefined, at(0));
      await waiting(1);
      const edit = updateTender(w.evaluator, d.id, tenderInput({ title: "Edited too late" }), d.version).then(
        () => null,
        (e: unknown) => e,
      );
      await waiting(2);
      await tenderHolder.query("COMMIT");
      await publish;
      // A bidder saves draft answers straight after the publish.
      await saveBid(
        w.providerA,
        {
          tenderId: d.id,
          intent: "save",
          answers: Object.fromEntries(all.filter((c) => c.kind !== "PRICE").map((c) => [c.id, "Our draft"])),
          price: "",
          safeguarding: false,
          insurance: false,
        },
        at(1),
      );
      await criteriaHolder.query("COMMIT");
      const error = await edit;
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("CONFLICT");
      expect((error as AppError).message).toMatch(/published while you were editing/);
    } finally {
      for (const c of [tenderHolder, criteriaHolder]) {
        await c.query("ROLLBACK").catch(() => undefined);
        await c.end();
      }
    }
    const t = await prisma.tender.findUniqueOrThrow({ where: { id: d.id }, include: { criteria: true } });
    expect(t.status).toBe("PUBLISHED");
    expect(t.title).toBe("Holiday play schemes");
    expect(t.criteria.map((c) => c.id).sort()).toEqual(all.map((c) => c.id).sort());
    expect(await prisma.bidAnswer.count({ where: { bid: { tenderId: d.id } } })).toBe(2);
  });

  it("leaves a consistent tender when the edit and the publish are sent at once", async () => {
    for (let round = 0; round < 4; round++) {
      const d = await draft();
      const [published, edited] = await Promise.allSettled([
        moveTender(w.chair, d.id, "PUBLISHED", undefined, at(0)),
        updateTender(w.evaluator, d.id, tenderInput({ title: `Edited ${round}` }), d.version),
      ]);
      expect(published.status).toBe("fulfilled");
      const t = await prisma.tender.findUniqueOrThrow({ where: { id: d.id } });
      const audit = await prisma.auditEvent.findMany({
        where: { entityId: d.id, action: { in: ["tender:update", "tender:published"] } },
      });
      if (edited.status === "rejected") {
        expect((edited.reason as AppError).message).toMatch(/published while you were editing/);
        expect(t.title).toBe("Holiday play schemes");
        expect(audit.map((a) => a.action)).toEqual(["tender:published"]);
      } else {
        expect(t.title).toBe(`Edited ${round}`);
      }
      expect(t.status).toBe("PUBLISHED");
    }
  });
});

/** Runs each call at once; which were saved and which refused, with the refusals' codes and messages. */
async function allAtOnce(calls: (() => Promise<unknown>)[]) {
  const results = await Promise.all(
    calls.map((call, i) =>
      call().then(
        () => ({ i, ok: true as const, code: "", message: "" }),
        (e: { code?: string; message?: string }) => ({
          i,
          ok: false as const,
          code: e.code ?? "",
          message: e.message ?? "",
        }),
      ),
    ),
  );
  const refused = results.filter((r) => !r.ok);
  for (const r of refused) {
    expect(r.code, r.message).toBe("CONFLICT");
    expect(r.message).toMatch(/changed by someone else.*Reload the page/);
  }
  return { saved: results.filter((r) => r.ok).map((r) => r.i), refused: refused.length };
}

describe("no lost updates (decision 0044)", () => {
  it("50 edits of a draft tender opened from the same copy at once: one is saved whole, 49 are told to reload", async () => {
    const id = await createTender(w.chair, w.specificationId, tenderInput(), randomUUID(), at(-2));
    const edit = (i: number) =>
      tenderInput({
        title: `Edit ${i}`,
        description: `Description ${i}`,
        criteria: [
          { kind: "QUALITY", title: `Quality ${i}`, question: `How ${i}?`, guidance: null, weight: 50 },
          { kind: "PRICE", title: "Price", question: "", guidance: null, weight: 30 },
          { kind: "YOUNG_PEOPLE", title: "Young people", question: "Choice?", guidance: null, weight: 20 },
        ],
      });
    const { saved, refused } = await allAtOnce(
      Array.from({ length: 50 }, (_, i) => () => updateTender(i % 2 ? w.chair : w.evaluator, id, edit(i), 1)),
    );
    expect(saved).toHaveLength(1);
    expect(refused).toBe(49);
    const [i] = saved;
    const t = await prisma.tender.findUniqueOrThrow({ where: { id }, include: { criteria: true } });
    // The accepted change is whole: its title, its description and its criteria, not a mix.
    expect(t).toMatchObject({ title: `Edit ${i}`, description: `Description ${i}`, editVersion: 2 });
    expect(t.criteria.filter((c) => c.kind === "QUALITY").map((c) => [c.title, c.question])).toEqual([
      [`Quality ${i}`, `How ${i}?`],
    ]);
    expect(t.criteria).toHaveLength(3);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: "tender:update" } })).toBe(1);
  });

  it("a bid: a save from a page opened before a colleague's is refused and changes nothing; reloaded, it is saved", async () => {
    const id = await createTender(w.chair, w.specificationId, tenderInput(), randomUUID(), at(-2));
    await moveTender(w.chair, id, "PUBLISHED", undefined, at(0));
    const { quality, yp } = await criteriaOf(id);
    const draft = (answer: string, editVersion: number) => ({
      tenderId: id,
      intent: "save" as const,
      answers: { [quality.id]: answer, [yp.id]: answer },
      price: "",
      safeguarding: false,
      insurance: false,
      editVersion,
    });
    // Two colleagues open the bid page before there is a bid (version 0); one saves first.
    await saveBid(w.providerB, draft("First colleague", 0), at(1));
    await rejects(
      saveBid(w.providerB, draft("Second colleague", 0), at(1)),
      "CONFLICT",
      /changed by someone else/,
    );
    const answers = async () =>
      (await prisma.bidAnswer.findMany({ where: { bid: { tenderId: id } } })).map((a) => a.answer);
    expect(await answers()).toEqual(["First colleague", "First colleague"]);
    // Reloaded at version 1, the second colleague's save goes through; an older copy again does not.
    await saveBid(w.providerB, draft("Second colleague", 1), at(1));
    await rejects(saveBid(w.providerB, draft("Late", 1), at(1)), "CONFLICT", /changed by someone else/);
    expect(await answers()).toEqual(["Second colleague", "Second colleague"]);
    expect((await prisma.bid.findFirstOrThrow({ where: { tenderId: id } })).editVersion).toBe(2);
  });

  it("50 first saves of a bid at once (a double submit, many colleagues): one bid, saved whole; 49 told to reload", async () => {
    const id = await createTender(w.chair, w.specificationId, tenderInput(), randomUUID(), at(-2));
    await moveTender(w.chair, id, "PUBLISHED", undefined, at(0));
    const { quality, yp } = await criteriaOf(id);
    const draft = (i: number, editVersion: number) => ({
      tenderId: id,
      intent: "save" as const,
      answers: { [quality.id]: `Quality answer ${i}`, [yp.id]: `Young people answer ${i}` },
      price: String(1000 + i),
      safeguarding: i % 2 === 0,
      insurance: true,
      editVersion,
    });
    const first = await allAtOnce(
      Array.from({ length: 50 }, (_, i) => () => saveBid(w.providerA, draft(i, 0), at(1))),
    );
    expect(first.saved).toHaveLength(1);
    expect(first.refused).toBe(49);
    const bidOf = () => prisma.bid.findFirstOrThrow({ where: { tenderId: id }, include: { answers: true } });
    const whole = async (i: number, editVersion: number) => {
      const bid = await bidOf();
      expect(bid).toMatchObject({ safeguardingDeclared: i % 2 === 0, editVersion });
      expect(bid.price?.toString()).toBe(String(1000 + i));
      expect(Object.fromEntries(bid.answers.map((a) => [a.criterionId, a.answer]))).toEqual({
        [quality.id]: `Quality answer ${i}`,
        [yp.id]: `Young people answer ${i}`,
      });
    };
    await whole(first.saved[0], 1);
    expect(await prisma.bid.count({ where: { tenderId: id } })).toBe(1);

    // Then 50 edits of that bid opened from the same copy: again one is saved, whole.
    const next = await allAtOnce(
      Array.from({ length: 50 }, (_, i) => () => saveBid(w.providerA, draft(100 + i, 1), at(1))),
    );
    expect(next.saved).toHaveLength(1);
    expect(next.refused).toBe(49);
    await whole(100 + next.saved[0], 2);
  });
});
