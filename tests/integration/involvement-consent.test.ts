import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createTender } from "@/lib/data/tenders/create-tender";
import { moveTender } from "@/lib/data/tenders/move-tender";
import { getPanelSetup, savePanelMember } from "@/lib/data/tenders/panel";
import { saveYoungCommissionerDetails } from "@/lib/data/involvement/save-young-commissioner-details";
import { recordTraining } from "@/lib/data/involvement/record-training";
import { addTrainingModule } from "@/lib/data/involvement/add-training-module";
import { getYoungCommissionerProfile } from "@/lib/data/involvement/get-young-commissioner-profile";
import { listYoungCommissioners } from "@/lib/data/involvement/list-young-commissioners";
import { makeActor, makeApprovedSpecification, makeCouncil } from "./factories";
import { makeYoungCommissioner } from "../support/involvement-factories";
import { at, criteriaOf, rejects, tenderInput } from "./tender-fixtures";

const NOW = new Date("2027-06-01T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let commissioner: Actor;
let admin: Actor;
let other: Actor;
let tenderId: string;
let ypCriterion: string;

beforeAll(async () => {
  const council = await makeCouncil();
  commissioner = await makeActor(council.id, "COMMISSIONER");
  admin = await makeActor(council.id, "ADMIN");
  other = await makeActor((await makeCouncil()).id, "COMMISSIONER");
  const spec = await makeApprovedSpecification({
    councilId: council.id,
    author: commissioner,
    approvedAt: at(-10),
  });
  tenderId = await createTender(commissioner, spec.id, tenderInput(), randomUUID(), at(-2));
  await moveTender(commissioner, tenderId, "PUBLISHED", undefined, at(0));
  ypCriterion = (await criteriaOf(tenderId)).yp.id;
});

const seat = (who: Actor) =>
  savePanelMember(
    commissioner,
    { tenderId, membershipId: who.membershipId, seat: "EVALUATOR", criterionIds: [ypCriterion] },
    NOW,
  );
const seated = (who: Actor) =>
  prisma.panelMember.count({ where: { membershipId: who.membershipId, panel: { tenderId } } });

describe("consent before a panel", () => {
  it("refuses an under-16 with no consent, with a message for staff, and seats nobody", async () => {
    const young = await makeYoungCommissioner(commissioner.councilId, { age: 14, now: NOW });
    await rejects(seat(young), "NOT_ALLOWED", /is under 16 and no parent's or carer's consent is recorded/);
    expect(await seated(young)).toBe(0);
    // The panel page's list of people says so before anyone tries.
    const { candidates } = await getPanelSetup(commissioner, tenderId);
    expect(candidates.find((c) => c.id === young.membershipId)?.mayTakePart).toBe(false);
    expect(candidates.find((c) => c.id === commissioner.membershipId)?.mayTakePart).toBe(true);
  });

  it("refuses someone whose date of birth is not recorded", async () => {
    const young = await makeYoungCommissioner(commissioner.councilId, { age: null, now: NOW });
    await rejects(seat(young), "NOT_ALLOWED", /date of birth is not recorded/);
    expect(await seated(young)).toBe(0);
  });

  it("seats a 16-year-old, and an under-16 once staff record consent", async () => {
    const sixteen = await makeYoungCommissioner(commissioner.councilId, { age: 16, now: NOW });
    await seat(sixteen);
    expect(await seated(sixteen)).toBe(1);

    const young = await makeYoungCommissioner(commissioner.councilId, { age: 13, now: NOW });
    const dob = (
      await prisma.youngCommissionerProfile.findUniqueOrThrow({ where: { membershipId: young.membershipId } })
    ).dateOfBirth;
    await saveYoungCommissionerDetails(
      admin,
      {
        membershipId: young.membershipId,
        dateOfBirth: dob,
        consentGivenBy: "Pat Example",
        consentRelationship: "Father",
        consentGivenOn: day("2027-05-20"),
      },
      NOW,
    );
    await seat(young);
    expect(await seated(young)).toBe(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: young.membershipId, action: "young-commissioner:update-details" },
    });
    expect(audit.summary).toMatch(/consent recorded/);
    expect(audit.summary).not.toMatch(/Pat Example/);
  });
});

describe("recording details", () => {
  it("wants consent as a whole (who, how related, when) and no dates in the future", async () => {
    const young = await makeYoungCommissioner(commissioner.councilId, { age: 14, now: NOW });
    const base = {
      membershipId: young.membershipId,
      dateOfBirth: day("2013-01-01"),
      consentGivenBy: "Pat Example",
      consentRelationship: null,
      consentGivenOn: null,
    };
    await rejects(saveYoungCommissionerDetails(commissioner, base, NOW), "INVALID", /how they are related/);
    await rejects(
      saveYoungCommissionerDetails(
        commissioner,
        { ...base, consentRelationship: "Aunt", consentGivenOn: day("2027-06-02") },
        NOW,
      ),
      "INVALID",
      /today or in the past/,
    );
    const profile = await prisma.youngCommissionerProfile.findUniqueOrThrow({
      where: { membershipId: young.membershipId },
    });
    expect(profile.consentGivenOn).toBeNull();
  });

  it("records training from the council's list once, and the profile shows it", async () => {
    const young = await makeYoungCommissioner(commissioner.councilId, { now: NOW });
    const moduleId = await addTrainingModule(commissioner, {
      name: `Safeguarding ${randomUUID()}`,
      description: null,
    });
    const elsewhere = await addTrainingModule(other, { name: "Elsewhere's module", description: null });
    const input = {
      membershipId: young.membershipId,
      moduleId,
      completedOn: day("2027-05-01"),
      deliveredBy: null,
    };
    await rejects(
      recordTraining(commissioner, { ...input, moduleId: elsewhere }, NOW),
      "INVALID",
      /council's list/,
    );
    await rejects(recordTraining(commissioner, { ...input, completedOn: day("2027-06-05") }, NOW), "INVALID");
    await recordTraining(commissioner, input, NOW);
    await rejects(recordTraining(commissioner, input, NOW), "CONFLICT", /already/);
    const profile = await getYoungCommissionerProfile(commissioner, young.membershipId, NOW);
    expect(profile.training.map((t) => t.moduleId)).toEqual([moduleId]);
    expect(profile.modulesToDo.map((m) => m.id)).not.toContain(moduleId);
    expect(profile.standing).toBe("ADULT_ENOUGH");
  });

  it("the other council sees and changes nothing", async () => {
    const young = await makeYoungCommissioner(commissioner.councilId, { age: 14, now: NOW });
    await rejects(getYoungCommissionerProfile(other, young.membershipId, NOW), "NOT_FOUND");
    await rejects(
      saveYoungCommissionerDetails(
        other,
        {
          membershipId: young.membershipId,
          dateOfBirth: null,
          consentGivenBy: "X",
          consentRelationship: "Y",
          consentGivenOn: day("2027-01-01"),
        },
        NOW,
      ),
      "NOT_FOUND",
    );
    const list = await listYoungCommissioners(other, { page: 1 }, NOW);
    expect(list.items.map((p) => p.id)).not.toContain(young.membershipId);
    // A commissioner is not a young commissioner: their membership is not a profile.
    await rejects(getYoungCommissionerProfile(commissioner, commissioner.membershipId, NOW), "NOT_FOUND");
  });
});
