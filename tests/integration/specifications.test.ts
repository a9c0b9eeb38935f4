import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { FormInvalid, parseForm } from "@/lib/actions/form-state";
import { specificationSchema, type SpecificationInput } from "@/lib/schemas/specification";
import { createSpecification } from "@/lib/data/specifications/create-specification";
import { updateSpecification } from "@/lib/data/specifications/update-specification";
import { saveEqualityImpact } from "@/lib/data/specifications/save-equality-impact";
import { changeSpecificationStatus } from "@/lib/data/specifications/change-specification-status";
import { getSpecification } from "@/lib/data/specifications/get-specification";
import { listSpecifications } from "@/lib/data/specifications/list-specifications";
import { latestApprovedVersion } from "@/lib/data/specifications";
import { getNeedsAnalysis } from "@/lib/data/specifications/get-needs-analysis";
import { readNeedsSnapshot } from "@/lib/domain/specifications/needs-snapshot";
import { makeActor, makeCouncil, adoptServiceType } from "./factories";

// The actions read the signed-in actor from the session; here it is whoever the test says.
let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

function formData(fields: Record<string, string | string[]>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) fd.append(k, one);
  return fd;
}

async function setup() {
  const council = await makeCouncil();
  const commissioner = await makeActor(council.id, "COMMISSIONER");
  const district = await prisma.district.create({
    data: { councilId: council.id, code: `N${randomUUID().slice(0, 4)}`, name: "North" },
  });
  await prisma.needType.create({ data: { councilId: council.id, code: "AUTISM", name: "Autism" } });
  const serviceType = await prisma.serviceType.upsert({
    where: { code: "TEST_PLAY_SCHEME" },
    update: {},
    create: { code: "TEST_PLAY_SCHEME", name: "Test play scheme" },
  });
  await adoptServiceType(council.id, serviceType.id);
  const input: SpecificationInput = parseForm(specificationSchema, {
    title: "Summer play scheme",
    summary: "Inclusive summer play",
    serviceTypeId: serviceType.id,
    districtIds: [district.id],
    ageMin: "5",
    ageMax: "11",
    needTypeCodes: ["AUTISM"],
    outcomes: "Children have fun",
    outputs: [
      { measure: "Play scheme days", unit: "DAYS", quantity: "30", period: "PER_YEAR" },
      { measure: "Children per day", unit: "CHILDREN", quantity: "12", period: "PER_DAY" },
    ],
    maxAnnualValue: "45000.50",
    termMonths: "24",
    extensionMonths: "12",
  });
  return { council, commissioner, district, serviceType, input };
}

const eia = { eiaGroups: "Disabled children", eiaImpact: "Positive", eiaMitigations: "Transport provided" };

async function approved(actor: Actor, input: SpecificationInput) {
  const r = await createSpecification(actor, { ...input, submissionKey: randomUUID() });
  const id = r.id!;
  await saveEqualityImpact(actor, { specificationId: id, ...eia });
  await changeSpecificationStatus(actor, id, "send-for-approval");
  await changeSpecificationStatus(actor, id, "approve");
  return id;
}

async function snapshotOf(specificationId: string) {
  return prisma.specificationVersion.findMany({
    where: { specificationId },
    orderBy: { version: "asc" },
    include: { outputs: { orderBy: { position: "asc" } }, districts: true },
  });
}

describe("specifications", () => {
  it("creates a draft with its outputs, and a repeated submit creates one specification", async () => {
    const { council, commissioner, input } = await setup();
    const key = randomUUID();
    const [a, b] = await Promise.all([
      createSpecification(commissioner, { ...input, submissionKey: key }),
      createSpecification(commissioner, { ...input, submissionKey: key }),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await prisma.specification.count({ where: { councilId: council.id } })).toBe(1);
    const spec = await getSpecification(commissioner, (a.created ? a.id : b.id)!);
    expect(spec.status).toBe("DRAFT");
    expect(spec.current.maxAnnualValue.toString()).toBe("45000.5");
    expect(spec.current.outputs.map((o) => [o.measure, o.unit, o.quantity.toString()])).toEqual([
      ["Play scheme days", "DAYS", "30"],
      ["Children per day", "CHILDREN", "12"],
    ]);
  });

  it("lets another council see nothing", async () => {
    const { commissioner, input } = await setup();
    const id = await approved(commissioner, input);
    const other = await makeActor((await makeCouncil()).id, "COMMISSIONER");
    await expect(getSpecification(other, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateSpecification(other, id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeSpecificationStatus(other, id, "approve")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(saveEqualityImpact(other, { specificationId: id, ...eia })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(latestApprovedVersion(other.councilId, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listSpecifications(other, {}, 1)).total).toBe(0);
    // Nor can a specification name another council's districts.
    await expect(createSpecification(other, { ...input, submissionKey: randomUUID() })).rejects.toMatchObject(
      { code: "INVALID", fieldErrors: { districtIds: expect.any(String) } },
    );
  });

  it("refuses to send or approve without a complete equality impact assessment, changing nothing", async () => {
    const { commissioner, input } = await setup();
    const { id } = await createSpecification(commissioner, { ...input, submissionKey: randomUUID() });
    await expect(changeSpecificationStatus(commissioner, id!, "send-for-approval")).rejects.toMatchObject({
      code: "CONFLICT",
      message:
        "Complete the equality impact assessment first: write the groups affected, likely impact and mitigations.",
    });
    await saveEqualityImpact(commissioner, { specificationId: id!, ...eia, eiaMitigations: "" });
    await expect(changeSpecificationStatus(commissioner, id!, "approve")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const spec = await prisma.specification.findUniqueOrThrow({ where: { id: id! } });
    expect(spec.status).toBe("DRAFT");
    const [v1] = await snapshotOf(id!);
    expect(v1.approvedAt).toBeNull();
    expect(v1.eiaCompletedAt).toBeNull();
  });

  it("approves with who and when, audited", async () => {
    const { commissioner, input } = await setup();
    const id = await approved(commissioner, input);
    const [v1] = await snapshotOf(id);
    expect(v1.approvedById).toBe(commissioner.userId);
    expect(v1.approvedAt).toBeInstanceOf(Date);
    const audit = await prisma.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "specification:create",
      "specification:equality-impact",
      "specification:send-for-approval",
      "specification:approve",
    ]);
    expect(audit.every((a) => a.actorUserId === commissioner.userId)).toBe(true);
    const latest = await latestApprovedVersion(commissioner.councilId, id);
    expect(latest.version).toBe(1);
    expect(latest.outputs).toHaveLength(2);
  });

  it("makes version 2 when an approved specification is edited, leaving version 1 unchanged", async () => {
    const { commissioner, input } = await setup();
    const id = await approved(commissioner, input);
    const [before] = await snapshotOf(id);
    const result = await updateSpecification(commissioner, id, {
      ...input,
      title: "Summer and Easter play scheme",
      maxAnnualValue: "60000",
      outputs: [input.outputs[0]],
    });
    expect(result).toEqual({ version: 2, newVersion: true });
    const [v1, v2] = await snapshotOf(id);
    expect(v1).toEqual(before);
    expect(v2).toMatchObject({
      title: "Summer and Easter play scheme",
      approvedAt: null,
      eiaGroups: eia.eiaGroups,
    });
    expect(v2.outputs).toHaveLength(1);
    const spec = await prisma.specification.findUniqueOrThrow({ where: { id } });
    expect(spec).toMatchObject({ status: "DRAFT", currentVersion: 2 });
    // Tenders keep using the approved version until version 2 is approved.
    expect((await latestApprovedVersion(commissioner.councilId, id)).version).toBe(1);

    // Editing the draft version 2 changes it in place.
    expect(await updateSpecification(commissioner, id, { ...input, title: "Again" })).toEqual({
      version: 2,
      newVersion: false,
    });
    expect((await snapshotOf(id)).map((v) => v.title)).toEqual(["Summer play scheme", "Again"]);
  });

  it("refuses a save from a page opened before a colleague's save, and keeps the colleague's change (decision 0044)", async () => {
    const { commissioner, input } = await setup();
    const { id } = await createSpecification(commissioner, { ...input, submissionKey: randomUUID() });
    // Both opened the edit page at edit version 1; one saves first.
    await updateSpecification(commissioner, id!, { ...input, title: "First save" }, 1);
    await expect(
      updateSpecification(commissioner, id!, { ...input, title: "Second save" }, 1),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/changed by someone else/) });
    expect((await snapshotOf(id!)).map((v) => v.title)).toEqual(["First save"]);
    // Reloaded, the page has version 2, and the save goes through.
    await updateSpecification(commissioner, id!, { ...input, title: "Second save" }, 2);
    expect((await snapshotOf(id!)).map((v) => v.title)).toEqual(["Second save"]);
    expect((await prisma.specification.findUniqueOrThrow({ where: { id: id! } })).editVersion).toBe(3);
  });

  it("sends a specification awaiting approval back to draft when it is edited", async () => {
    const { commissioner, input } = await setup();
    const { id } = await createSpecification(commissioner, { ...input, submissionKey: randomUUID() });
    await saveEqualityImpact(commissioner, { specificationId: id!, ...eia });
    await changeSpecificationStatus(commissioner, id!, "send-for-approval");
    await updateSpecification(commissioner, id!, { ...input, summary: "Changed" });
    const spec = await prisma.specification.findUniqueOrThrow({ where: { id: id! } });
    expect(spec).toMatchObject({ status: "DRAFT", currentVersion: 1 });
  });

  it.each([
    [{ maxAnnualValue: "0" }, "maxAnnualValue", "The maximum annual value must be more than £0"],
    [
      { ageMin: "14", ageMax: "5" },
      "ageMax",
      "The oldest age must be the same as or more than the youngest age",
    ],
    [
      { "outputs-0-measure": "", "outputs-0-unit": "", "outputs-0-quantity": "", "outputs-0-period": "" },
      "outputs",
      "Enter at least one output",
    ],
  ])(
    "the edit action refuses %o with a clear message and changes nothing",
    async (change, field, message) => {
      const { commissioner, input } = await setup();
      const id = await approved(commissioner, input);
      const before = await snapshotOf(id);
      const auditBefore = await prisma.auditEvent.count({ where: { entityId: id } });
      current = commissioner;
      const { updateSpecificationAction } =
        await import("@/app/(portal)/commissioner/specifications/actions");
      const state = await updateSpecificationAction(
        null,
        formData({
          specificationId: id,
          title: "Changed",
          summary: "Changed",
          serviceTypeId: input.serviceTypeId,
          districtIds: input.districtIds,
          ageMin: "5",
          ageMax: "11",
          needTypeCodes: ["AUTISM"],
          outcomes: "Fun",
          "outputs-0-measure": "Days",
          "outputs-0-unit": "DAYS",
          "outputs-0-quantity": "3",
          "outputs-0-period": "PER_YEAR",
          "outputs-1-measure": "",
          maxAnnualValue: "100",
          termMonths: "12",
          extensionMonths: "0",
          ...change,
        }),
      );
      expect(state).toMatchObject({ ok: false, fieldErrors: { [field]: message } });
      expect(await snapshotOf(id)).toEqual(before);
      expect(await prisma.auditEvent.count({ where: { entityId: id } })).toBe(auditBefore);
    },
  );

  it("the approve action explains why it refuses without an equality impact assessment", async () => {
    const { commissioner, input } = await setup();
    const { id } = await createSpecification(commissioner, { ...input, submissionKey: randomUUID() });
    await prisma.specification.update({ where: { id: id! }, data: { status: "AWAITING_APPROVAL" } });
    current = commissioner;
    const { approveSpecificationAction } = await import("@/app/(portal)/commissioner/specifications/actions");
    const state = await approveSpecificationAction(null, formData({ specificationId: id! }));
    expect(state).toMatchObject({
      ok: false,
      formError: expect.stringContaining("Complete the equality impact assessment first"),
    });
    expect((await snapshotOf(id!))[0].approvedAt).toBeNull();
  });

  it.each([
    [{ maxAnnualValue: "0" }, "maxAnnualValue"],
    [{ ageMin: "14", ageMax: "5" }, "ageMax"],
    [{ outputs: [] }, "outputs"],
  ])("refuses bad input %o with a clear message and changes nothing", async (change, field) => {
    const { council, commissioner, input } = await setup();
    const id = await approved(commissioner, input);
    const before = await snapshotOf(id);
    const raw = {
      title: "Changed",
      summary: "Changed",
      serviceTypeId: input.serviceTypeId,
      districtIds: input.districtIds,
      ageMin: "5",
      ageMax: "11",
      needTypeCodes: ["AUTISM"],
      outcomes: "Fun",
      outputs: [{ measure: "Days", unit: "DAYS", quantity: "3", period: "PER_YEAR" }],
      maxAnnualValue: "100",
      termMonths: "12",
      extensionMonths: "0",
      ...change,
    };
    let error: unknown;
    try {
      parseForm(specificationSchema, raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FormInvalid);
    expect((error as FormInvalid).fieldErrors[field]).toMatch(/^(The|Enter)/);
    expect(await snapshotOf(id)).toEqual(before);
    expect(await prisma.specification.count({ where: { councilId: council.id } })).toBe(1);
  });

  it("keeps a dated snapshot of the needs analysis when started from it", async () => {
    const { council, commissioner, district, serviceType, input } = await setup();
    const org = await prisma.organisation.create({ data: { name: "Play Co" } });
    await prisma.contract.create({
      data: {
        councilId: council.id,
        reference: "C-1",
        title: "Live",
        organisationId: org.id,
        serviceTypeId: serviceType.id,
        annualValue: "1000",
        totalValue: "2000",
        startDate: new Date("2020-01-01"),
        endDate: new Date("2099-01-01"),
        originalEndDate: new Date("2099-01-01"),
        districts: { connect: [{ id: district.id }] },
      },
    });
    await prisma.contract.create({
      data: {
        councilId: council.id,
        reference: "C-2",
        title: "Terminated",
        organisationId: org.id,
        serviceTypeId: serviceType.id,
        annualValue: "1000",
        totalValue: "2000",
        startDate: new Date("2020-01-01"),
        endDate: new Date("2099-01-01"),
        originalEndDate: new Date("2099-01-01"),
        terminatedAt: new Date("2021-01-01"),
        districts: { connect: [{ id: district.id }] },
      },
    });
    for (const status of ["PUBLISHED", "DRAFT"] as const) {
      await prisma.service.create({
        data: {
          councilId: council.id,
          organisationId: org.id,
          serviceTypeId: serviceType.id,
          name: `Club ${status}`,
          description: "A club",
          status,
          districts: { connect: [{ id: district.id }] },
        },
      });
    }
    const analysis = await getNeedsAnalysis(commissioner);
    // Only published listings count as existing services.
    expect(analysis.services).toEqual([{ districtId: district.id, serviceTypeId: serviceType.id, count: 1 }]);
    expect(analysis.contracts).toEqual([
      { districtId: district.id, serviceTypeId: serviceType.id, count: 1 },
    ]);
    const { id } = await createSpecification(commissioner, {
      ...input,
      submissionKey: randomUUID(),
      fromNeeds: true,
    });
    const spec = await prisma.specification.findUniqueOrThrow({ where: { id: id! } });
    const snapshot = readNeedsSnapshot(spec.needsSnapshot);
    expect(snapshot?.takenAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(snapshot?.contracts).toEqual([{ district: "North", serviceType: "Test play scheme", count: 1 }]);
    expect(snapshot?.services).toEqual([{ district: "North", serviceType: "Test play scheme", count: 1 }]);
    expect(snapshot?.districts).toEqual([
      { district: "North", children: 0, ratePer1000: null },
      { district: "All districts", children: 0, ratePer1000: null },
    ]);
  });
});

describe("four-eyes approval", () => {
  async function awaiting(author: Actor, input: SpecificationInput) {
    const { id } = await createSpecification(author, { ...input, submissionKey: randomUUID() });
    await saveEqualityImpact(author, { specificationId: id!, ...eia });
    await changeSpecificationStatus(author, id!, "send-for-approval");
    return id!;
  }

  it("with two commissioners, the one who wrote a version cannot approve it; the other can", async () => {
    const { council, commissioner, input } = await setup();
    const second = await makeActor(council.id, "COMMISSIONER");
    const id = await awaiting(commissioner, input);
    await expect(changeSpecificationStatus(commissioner, id, "approve")).rejects.toMatchObject({
      code: "NOT_ALLOWED",
      message: expect.stringContaining("another commissioner must approve it"),
    });
    expect((await snapshotOf(id))[0].approvedAt).toBeNull();
    expect((await getSpecification(commissioner, id)).approvalByActor.ok).toBe(false);
    expect((await getSpecification(second, id)).approvalByActor.ok).toBe(true);

    await changeSpecificationStatus(second, id, "approve");
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "specification:approve" },
    });
    expect(audit).toMatchObject({
      actorUserId: second.userId,
      metadata: expect.objectContaining({ fourEyes: "applied" }),
    });
  });

  it("someone who changed the version, or sent it for approval, counts as its author", async () => {
    const { council, commissioner, input } = await setup();
    const editor = await makeActor(council.id, "COMMISSIONER");
    const sender = await makeActor(council.id, "COMMISSIONER");
    const { id } = await createSpecification(commissioner, { ...input, submissionKey: randomUUID() });
    await updateSpecification(editor, id!, { ...input, title: "Changed by a colleague" });
    await saveEqualityImpact(commissioner, { specificationId: id!, ...eia });
    await changeSpecificationStatus(sender, id!, "send-for-approval");
    for (const author of [commissioner, editor, sender]) {
      await expect(changeSpecificationStatus(author, id!, "approve")).rejects.toMatchObject({
        code: "NOT_ALLOWED",
      });
    }
    const fourth = await makeActor(council.id, "COMMISSIONER");
    await changeSpecificationStatus(fourth, id!, "approve");
    expect((await snapshotOf(id!))[0].approvedById).toBe(fourth.userId);
  });

  it("a council can switch it off, and a council with one commissioner is not stuck", async () => {
    const { council, commissioner, input } = await setup();
    const only = await awaiting(commissioner, input);
    await changeSpecificationStatus(commissioner, only, "approve"); // one active commissioner
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: only, action: "specification:approve" },
    });
    expect(audit.metadata).toMatchObject({ fourEyes: "not required" });

    const second = await makeActor(council.id, "COMMISSIONER");
    await prisma.council.update({ where: { id: council.id }, data: { specificationFourEyes: false } });
    const id = await awaiting(second, input);
    await changeSpecificationStatus(second, id, "approve");
    expect((await snapshotOf(id))[0].approvedById).toBe(second.userId);
  });

  it("a disabled commissioner does not count as the second pair of eyes", async () => {
    const { council, commissioner, input } = await setup();
    const gone = await makeActor(council.id, "COMMISSIONER");
    await prisma.membership.update({ where: { id: gone.membershipId }, data: { disabledAt: new Date() } });
    const id = await awaiting(commissioner, input);
    await changeSpecificationStatus(commissioner, id, "approve");
    expect((await snapshotOf(id))[0].approvedById).toBe(commissioner.userId);
  });
});
