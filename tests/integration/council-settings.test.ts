import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { parseForm, FormInvalid } from "@/lib/actions/form-state";
import { councilSettingsSchema } from "@/lib/schemas/users";
import { getCouncilSettings, updateCouncilSettings } from "@/lib/data/council/council-settings";
import { makeActor, makeCouncil } from "./factories";

const FORM = {
  statisticsThreshold: "10",
  retentionDays: "30",
  contactEmail: "Register@Council.example",
  returnDueDays: "20",
  standstillDays: "10",
  annualBudget: "",
  budgetReviewMonths: "6",
  evidenceDeadlineDays: "60",
  uploadLimitMb: "25",
  ocidPrefix: "OCDS-A1B2C3",
  specificationFourEyes: "yes",
  assessmentFourEyes: "no",
};

function errorsOf(form: Record<string, string>) {
  try {
    parseForm(councilSettingsSchema, form);
  } catch (e) {
    if (e instanceof FormInvalid) return e.fieldErrors;
    throw e;
  }
  return {};
}

describe("council settings on one page", () => {
  it("saves every group's settings for the actor's council only, auditing old and new values", async () => {
    const c = await makeCouncil();
    const other = await makeCouncil();
    const admin = await makeActor(c.id, "ADMIN");
    await updateCouncilSettings(admin, parseForm(councilSettingsSchema, FORM));

    const saved = await getCouncilSettings(admin);
    expect(saved).toMatchObject({
      contactEmail: "register@council.example",
      budgetReviewMonths: 6,
      evidenceDeadlineDays: 60,
      uploadLimitMb: 25,
      ocidPrefix: "ocds-a1b2c3",
      assessmentFourEyes: false,
      specificationFourEyes: true,
    });
    const untouched = await prisma.council.findUniqueOrThrow({ where: { id: other.id } });
    expect(untouched).toMatchObject({
      budgetReviewMonths: 12,
      uploadLimitMb: 10,
      ocidPrefix: null,
      assessmentFourEyes: true,
    });

    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { councilId: c.id, action: "council:update-settings" },
    });
    expect(audit.summary).toBe(
      "Changed settings: assessmentFourEyes, budgetReviewMonths, evidenceDeadlineDays, uploadLimitMb, ocidPrefix, contactEmail",
    );
    expect(audit.metadata).toMatchObject({
      uploadLimitMb: { from: 10, to: 25 },
      ocidPrefix: { from: null, to: "ocds-a1b2c3" },
      assessmentFourEyes: { from: true, to: false },
    });
    expect(await prisma.auditEvent.count({ where: { councilId: other.id } })).toBe(0);

    // Emptied, the optional ones go back to none.
    await updateCouncilSettings(
      admin,
      parseForm(councilSettingsSchema, { ...FORM, ocidPrefix: "", contactEmail: "" }),
    );
    expect(await getCouncilSettings(admin)).toMatchObject({ ocidPrefix: null, contactEmail: null });
  });

  it("refuses each setting outside its bounds with a message naming them", () => {
    expect(errorsOf({ ...FORM, statisticsThreshold: "2" })).toEqual({
      statisticsThreshold: "The statistics threshold must be 3 or more",
    });
    expect(errorsOf({ ...FORM, budgetReviewMonths: "25" })).toEqual({
      budgetReviewMonths: "The first review must be between 1 and 24 months after a budget starts",
    });
    expect(errorsOf({ ...FORM, evidenceDeadlineDays: "6" })).toEqual({
      evidenceDeadlineDays: "The days allowed for evidence of spend must be between 7 and 365",
    });
    expect(errorsOf({ ...FORM, uploadLimitMb: "26" })).toEqual({
      uploadLimitMb: "The largest upload must be between 1 and 25 megabytes",
    });
    expect(errorsOf({ ...FORM, uploadLimitMb: "2.5" })).toEqual({
      uploadLimitMb: "Enter the largest upload as a whole number of megabytes",
    });
    expect(errorsOf({ ...FORM, sessionIdleMinutes: "4" })).toEqual({
      sessionIdleMinutes: "A staff session may be idle for between 5 and 120 minutes",
    });
    expect(errorsOf({ ...FORM, sessionMaxHours: "13" })).toEqual({
      sessionMaxHours: "A staff session may last between 1 and 12 hours",
    });
    expect(errorsOf({ ...FORM, ocidPrefix: "ocds-abc" })).toEqual({
      ocidPrefix: "Enter the ocid prefix as ocds- then 6 letters or digits, like ocds-a1b2c3",
    });
    expect(errorsOf({ ...FORM, contactEmail: "not an address" })).toEqual({
      contactEmail: "Enter the contact e-mail address in the right format, like name@example.com",
    });
    expect(errorsOf({ ...FORM, assessmentFourEyes: "maybe" })).toEqual({
      assessmentFourEyes: "Choose whether a second social worker decides each assessment and personal budget",
    });
  });

  it("two administrators saving at once each audit what they changed", async () => {
    const c = await makeCouncil();
    const a = await makeActor(c.id, "ADMIN");
    const b = await makeActor(c.id, "ADMIN");
    const base = parseForm(councilSettingsSchema, { ...FORM, ocidPrefix: "", contactEmail: "" });
    await Promise.all([
      updateCouncilSettings(a, { ...base, uploadLimitMb: 20 }),
      updateCouncilSettings(b, { ...base, uploadLimitMb: 30 }),
    ]);
    const audits = await prisma.auditEvent.findMany({
      where: { councilId: c.id, action: "council:update-settings" },
      orderBy: { createdAt: "asc" },
    });
    const changes = audits.map(
      (e) => (e.metadata as Record<string, { from: unknown; to: unknown }>).uploadLimitMb,
    );
    // The second saw the first's value as "from": the row lock serialised them.
    expect(changes[1].from).toBe(changes[0].to);
  });
});
