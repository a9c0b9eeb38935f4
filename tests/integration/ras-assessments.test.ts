import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { RasDefinition } from "@/lib/domain/ras/ras-definition";
import { getRasAdmin } from "@/lib/data/ras/get-ras-admin";
import { getRasVersion } from "@/lib/data/ras/get-ras-version";
import { updateRasDraft } from "@/lib/data/ras/update-ras-draft";
import { publishRasDraft } from "@/lib/data/ras/publish-ras-draft";
import { startAssessment } from "@/lib/data/assessments/start-assessment";
import { getAssessment } from "@/lib/data/assessments/get-assessment";
import { saveAssessmentSummary, saveDomainAnswers } from "@/lib/data/assessments/update-assessment";
import { submitAssessment } from "@/lib/data/assessments/submit-assessment";
import { decideAssessment } from "@/lib/data/assessments/decide-assessment";
import { recordUnregisteredChild } from "@/lib/data/assessments/record-unregistered-child";
import { countRegister } from "@/lib/data/register/count-register";
import { listRegister } from "@/lib/data/register/list-register";
import { viewChildRecord } from "@/lib/data/register/view-child-record";
import { makeActor, makeChild, makeCouncil, makeRasVersion } from "./factories";

// The actions read the signed-in actor from the session; here it is whoever the test says.
let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

function formData(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

const opts = (...points: number[]) => points.map((p, i) => ({ label: `Answer ${i + 1}`, points: p }));

const DEFINITION: RasDefinition = {
  domains: [
    {
      code: "personal-care",
      label: "Personal care",
      questions: [{ code: "washing", label: "Washing", options: opts(0, 10, 30) }],
    },
    {
      code: "family",
      label: "Family circumstances",
      questions: [
        { code: "carer-health", label: "Carer's health", options: opts(0, 10, 20) },
        { code: "siblings", label: "Other children", options: opts(0, 5) },
      ],
    },
  ],
  rule: { kind: "PER_POINT", poundsPerPoint: "45.00" },
  floor: "500.00",
  ceiling: "2000.00",
};

async function councilWith(socialWorkers: number) {
  const council = await makeCouncil();
  const admin = await makeActor(council.id, "ADMIN");
  const workers: Actor[] = [];
  for (let i = 0; i < socialWorkers; i++) workers.push(await makeActor(council.id, "SOCIAL_WORKER"));
  const child = await makeChild(council.id);
  return { council, admin, workers, child };
}

/** An assessment answered in full (30 + 20 + 5 = 55 points → £2,475 → ceiling £2,000) and sent. */
async function submittedAssessment(author: Actor, childId: string) {
  const { id } = await startAssessment(author, childId);
  await saveAssessmentSummary(author, id, "Needs full help; mother unwell.");
  await saveDomainAnswers(author, id, 0, { washing: 2 });
  await saveDomainAnswers(author, id, 1, { "carer-health": 2, siblings: 1 });
  await submitAssessment(author, id);
  return id;
}

describe("publishing the resource allocation system", () => {
  it("numbers versions, keeps earlier ones unchanged, audits each publish, and refuses a draft with problems", async () => {
    const { council, admin } = await councilWith(0);
    await updateRasDraft(admin, () => ({ name: "Test RAS", definition: DEFINITION }));
    expect(await publishRasDraft(admin)).toEqual({ version: 1 });

    await updateRasDraft(admin, (d) => ({
      ...d,
      definition: { ...d.definition, rule: { kind: "PER_POINT", poundsPerPoint: "50.00" } },
    }));
    expect(await publishRasDraft(admin)).toEqual({ version: 2 });

    expect((await getRasVersion(admin, 1)).definition.rule).toEqual({
      kind: "PER_POINT",
      poundsPerPoint: "45.00",
    });
    expect((await getRasVersion(admin, 2)).definition.rule).toEqual({
      kind: "PER_POINT",
      poundsPerPoint: "50.00",
    });
    const audits = await prisma.auditEvent.findMany({
      where: { councilId: council.id, action: "ras:publish" },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.summary)).toEqual([
      "Published version 1 of the resource allocation system",
      "Published version 2 of the resource allocation system",
    ]);

    // A gap between bands: the check finds it and publishing creates nothing.
    await updateRasDraft(admin, (d) => ({
      ...d,
      definition: {
        ...d.definition,
        rule: {
          kind: "BANDS",
          bands: [
            { fromPoints: 0, toPoints: 10, amount: "100.00" },
            { fromPoints: 20, toPoints: 55, amount: "900.00" },
          ],
        },
      },
    }));
    const { draft } = await getRasAdmin(admin);
    expect(draft.problems).toEqual([
      { field: "rule.bands.1.fromPoints", message: "Band 2: no band covers 11 to 19 points" },
    ]);
    await expect(publishRasDraft(admin)).rejects.toMatchObject({ code: "INVALID" });
    expect(await prisma.rasConfiguration.count({ where: { councilId: council.id } })).toBe(2);
  });

  it("the rule form refuses bad input with a message beside the field, changing nothing", async () => {
    const { admin } = await councilWith(0);
    await updateRasDraft(admin, () => ({ name: "Test RAS", definition: DEFINITION }));
    const { saveRasRuleAction } = await import("@/app/(portal)/admin/ras/actions");
    current = admin;
    const state = await saveRasRuleAction(
      null,
      formData({
        name: "Test RAS",
        kind: "BANDS",
        poundsPerPoint: "",
        bands: "0-10 1200",
        floor: "-5",
        ceiling: "2000",
      }),
    );
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: {
        floor: "Enter the floor in pounds and pence, like 500.00",
      },
    });
    const banded = await saveRasRuleAction(
      null,
      formData({ name: "Test RAS", kind: "BANDS", bands: "0-10 1200", floor: "0", ceiling: "2000" }),
    );
    expect(banded).toMatchObject({
      ok: false,
      fieldErrors: { bands: expect.stringContaining("Line 1 of the bands") },
    });
    expect((await getRasAdmin(admin)).draft.definition).toEqual(DEFINITION);
  });
});

describe("the draft's forms", () => {
  it("add a domain, write its questions with their points, remove one, and publish", async () => {
    const { admin } = await councilWith(0);
    await updateRasDraft(admin, () => ({ name: "Test RAS", definition: DEFINITION }));
    const actions = await import("@/app/(portal)/admin/ras/actions");
    current = admin;
    await expect(actions.addRasDomainAction(null, formData({ label: "Communication" }))).rejects.toThrow(
      /NEXT_REDIRECT/,
    );
    expect(
      await actions.saveRasDomainAction(
        null,
        formData({
          index: "2",
          label: "Communication",
          "q0-label": "Making needs known",
          "q0-options": "5 Some",
        }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { "q0-options": expect.stringContaining("line 1") } });
    expect(
      await actions.saveRasDomainAction(
        null,
        formData({
          index: "2",
          label: "Communication",
          "q0-label": "Making needs known",
          "q0-options": "0: Usual for their age\n10: Uses signs or pictures",
          "q1-label": "Understanding others",
          "q1-options": "0: Yes\n5: No",
          "q1-remove": "yes",
        }),
      ),
    ).toMatchObject({ ok: true });
    const { draft } = await getRasAdmin(admin);
    expect(draft.definition.domains[2]).toEqual({
      code: "communication",
      label: "Communication",
      questions: [
        {
          code: "making-needs-known",
          label: "Making needs known",
          options: [
            { label: "Usual for their age", points: 0 },
            { label: "Uses signs or pictures", points: 10 },
          ],
        },
      ],
    });
    expect(draft.problems).toEqual([]);
    expect(await actions.publishRasDraftAction(null, formData({}))).toMatchObject({
      ok: true,
      message: "Version 1 is published. New assessments use it from now on.",
    });
    const preview = await actions.previewRasBudgetAction(
      null,
      formData({ washing: "2", "carer-health": "0", siblings: "1", "making-needs-known": "1" }),
    );
    expect(preview).toMatchObject({
      ok: true,
      data: { totalPoints: 45, amount: "2000.00", limit: "CEILING" },
    });
    expect(await actions.previewRasBudgetAction(null, formData({ washing: "2" }))).toMatchObject({
      ok: false,
      fieldErrors: { "carer-health": "Choose an answer for “Carer's health”" },
    });
  });
});

describe("an assessment", () => {
  it("is answered one domain at a time, sent with its indicative budget, and keeps its version when a new one is published", async () => {
    const { admin, workers, child } = await councilWith(1);
    const [worker] = workers;
    await updateRasDraft(admin, () => ({ name: "Test RAS", definition: DEFINITION }));
    await publishRasDraft(admin);

    const { id } = await startAssessment(worker, child.id);
    await saveDomainAnswers(worker, id, 0, { washing: 1 });
    await expect(saveDomainAnswers(worker, id, 1, { "carer-health": 1 })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { siblings: "Choose an answer for “Other children”" },
    });
    await expect(saveDomainAnswers(worker, id, 1, { "carer-health": 7, siblings: 0 })).rejects.toMatchObject({
      fieldErrors: { "carer-health": "Choose an answer for “Carer's health”" },
    });
    await expect(submitAssessment(worker, id)).rejects.toMatchObject({ code: "INVALID" });
    await saveAssessmentSummary(worker, id, "Needs some help every day.");
    await expect(submitAssessment(worker, id)).rejects.toMatchObject({
      message: expect.stringContaining("2 are not answered"),
    });
    await saveDomainAnswers(worker, id, 1, { "carer-health": 1, siblings: 0 });

    // A new version with a higher rate is published while the assessment is in progress.
    await updateRasDraft(admin, (d) => ({
      ...d,
      definition: { ...d.definition, rule: { kind: "PER_POINT", poundsPerPoint: "90.00" } },
    }));
    await publishRasDraft(admin);

    await submitAssessment(worker, id);
    const a = await getAssessment(worker, id);
    expect(a.status).toBe("SUBMITTED");
    expect(a.rasConfiguration.version).toBe(1);
    // 10 + 10 + 0 = 20 points × £45.00 = £900.00 (version 1's rate, not version 2's £90).
    expect(a.indicativeBudget?.toFixed(2)).toBe("900.00");
    expect(a.budget).toMatchObject({
      totalPoints: 20,
      domains: [
        { code: "personal-care", points: 10 },
        { code: "family", points: 10 },
      ],
      limit: null,
      amount: "900.00",
    });
    await expect(saveDomainAnswers(worker, id, 0, { washing: 2 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(submitAssessment(worker, id)).rejects.toMatchObject({ code: "CONFLICT" });

    // A new assessment uses version 2.
    const second = await startAssessment(worker, child.id);
    expect((await getAssessment(worker, second.id)).rasConfiguration.version).toBe(2);
  });

  it("cannot start before the council has published a version", async () => {
    const { workers, child } = await councilWith(1);
    await expect(startAssessment(workers[0], child.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("four-eyes approval", () => {
  it("where the council has two social workers, the author cannot decide; the other can; a refusal returns it with a reason", async () => {
    const { council, workers, child } = await councilWith(2);
    await makeRasVersion(council.id, DEFINITION);
    const [author, other] = workers;
    const id = await submittedAssessment(author, child.id);
    expect((await getAssessment(author, id)).budget).toMatchObject({ limit: "CEILING", amount: "2000.00" });

    await expect(decideAssessment(author, id, { decision: "APPROVE" })).rejects.toMatchObject({
      code: "NOT_ALLOWED",
      message: expect.stringContaining("another social worker"),
    });
    expect((await getAssessment(author, id)).status).toBe("SUBMITTED");

    await decideAssessment(other, id, { decision: "REFUSE", reason: "Sleep not assessed." });
    let a = await getAssessment(author, id);
    expect(a).toMatchObject({
      status: "REFUSED",
      refusalReason: "Sleep not assessed.",
      decidedById: other.userId,
    });
    await expect(decideAssessment(other, id, { decision: "APPROVE" })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    // Changed and sent again, then approved by the other social worker.
    await saveDomainAnswers(author, id, 0, { washing: 1 });
    await submitAssessment(author, id);
    await decideAssessment(other, id, { decision: "APPROVE" });
    a = await getAssessment(author, id);
    expect(a).toMatchObject({ status: "APPROVED", refusalReason: null, decidedById: other.userId });
    expect(a.indicativeBudget?.toFixed(2)).toBe("1575.00");
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "assessment:approve", entityId: id },
    });
    expect(audit.metadata).toEqual({ fourEyes: "applied" });
  });

  it("with one social worker, the author may approve their own, and the audit says the rule did not apply", async () => {
    const { council, workers, child } = await councilWith(1);
    await makeRasVersion(council.id, DEFINITION);
    const id = await submittedAssessment(workers[0], child.id);
    await decideAssessment(workers[0], id, { decision: "APPROVE" });
    expect((await getAssessment(workers[0], id)).status).toBe("APPROVED");
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "assessment:approve", entityId: id },
    });
    expect(audit.metadata).toEqual({ fourEyes: "not required" });
  });

  it("with the council's four-eyes switch off, the author may approve their own among several", async () => {
    const { council, workers, child } = await councilWith(2);
    await prisma.council.update({ where: { id: council.id }, data: { assessmentFourEyes: false } });
    await makeRasVersion(council.id, DEFINITION);
    const id = await submittedAssessment(workers[0], child.id);
    await decideAssessment(workers[0], id, { decision: "APPROVE" });
    expect((await getAssessment(workers[0], id)).status).toBe("APPROVED");
  });

  it("a refusal needs a reason (the decision form)", async () => {
    const { council, workers, child } = await councilWith(2);
    await makeRasVersion(council.id, DEFINITION);
    const id = await submittedAssessment(workers[0], child.id);
    const { decideAssessmentAction } = await import("@/app/(portal)/social-worker/assessments/actions");
    current = workers[1];
    expect(
      await decideAssessmentAction(null, formData({ id, decision: "REFUSE", reason: " " })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { reason: "Say why the assessment is refused" },
    });
    expect((await getAssessment(workers[0], id)).status).toBe("SUBMITTED");
  });
});

describe("another council's ids", () => {
  it("are not found, and nothing changes", async () => {
    const home = await councilWith(1);
    await makeRasVersion(home.council.id, DEFINITION);
    const id = await submittedAssessment(home.workers[0], home.child.id);
    const away = await councilWith(2);
    await makeRasVersion(away.council.id, DEFINITION);
    const [stranger] = away.workers;

    await expect(getAssessment(stranger, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideAssessment(stranger, id, { decision: "APPROVE" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(saveAssessmentSummary(stranger, id, "x")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(startAssessment(stranger, home.child.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getRasVersion(away.admin, 99)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The other council's version 1 is its own, not the home council's.
    const homeVersion = await prisma.rasConfiguration.findFirstOrThrow({
      where: { councilId: home.council.id },
    });
    expect((await getRasVersion(away.admin, 1)).id).not.toBe(homeVersion.id);

    expect((await getAssessment(home.workers[0], id)).status).toBe("SUBMITTED");
    expect(await prisma.assessment.count({ where: { councilId: away.council.id } })).toBe(0);
  });
});

describe("a child who is not on the register", () => {
  it("can be recorded and assessed by a social worker, and is in no register count, list or commissioner view", async () => {
    const { council, workers, child } = await councilWith(1);
    await makeRasVersion(council.id, DEFINITION);
    const commissioner = await makeActor(council.id, "COMMISSIONER");
    const [worker] = workers;
    const before = await countRegister(commissioner);

    await expect(
      recordUnregisteredChild(worker, {
        firstName: "Noor",
        lastName: "Unlisted",
        dateOfBirth: new Date("2017-05-01T00:00:00Z"),
        districtId: (await makeChild((await makeCouncil()).id)).districtId,
      }),
    ).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { districtId: "Choose one of your council's areas" },
    });

    const { id } = await recordUnregisteredChild(worker, {
      firstName: "Noor",
      lastName: "Unlisted",
      dateOfBirth: new Date("2017-05-01T00:00:00Z"),
      districtId: child.districtId,
    });
    expect(await prisma.child.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "NOT_REGISTERED",
    });
    expect(await countRegister(commissioner)).toEqual(before);
    expect((await listRegister(commissioner, {}, 1)).items.map((c) => c.id)).toEqual([child.id]);
    expect((await listRegister(worker, { status: "NOT_REGISTERED" }, 1)).items.map((c) => c.id)).toEqual([
      id,
    ]);
    await expect(viewChildRecord(commissioner, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await viewChildRecord(worker, id)).firstName).toBe("Noor");

    const assessment = await startAssessment(worker, id);
    expect((await getAssessment(worker, assessment.id)).child).toMatchObject({
      id,
      status: "NOT_REGISTERED",
    });
  });
});
