import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { saveRegistrationDraft } from "@/lib/data/register/registration-draft";
import { registerChild } from "@/lib/data/register/register-child";
import { getFamilyChild, listFamilyChildren } from "@/lib/data/register/family-children";
import { updateChild } from "@/lib/data/register/update-child";
import { withdrawChild } from "@/lib/data/register/withdraw-child";
import { runRegisterHousekeeping } from "@/lib/data/register/register-housekeeping";
import { viewChildRecord } from "@/lib/data/register/view-child-record";
import { getFamilyDataExport } from "@/lib/data/register/family-data-export";
import { exportRegister } from "@/lib/data/register/export-register";
import { writeExportTable } from "@/lib/spreadsheets/export-table";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { listRegister } from "@/lib/data/register/list-register";
import { districtForPostcode } from "@/lib/data/register/registration-options";
import { makeActor, makeCouncil } from "./factories";
import { registrationDraft } from "./register-fixtures";

async function registerReady(retentionDays = 30) {
  const council = await makeCouncil();
  await prisma.council.update({ where: { id: council.id }, data: { retentionDays } });
  const north = await prisma.district.create({
    data: { councilId: council.id, code: "N", name: "North", postcodePrefixes: ["NS1", "NS2"] },
  });
  const autism = await prisma.needType.create({
    data: { councilId: council.id, code: "AUTISM", name: "Autism" },
  });
  const sensory = await prisma.needType.create({
    data: { councilId: council.id, code: "SENSORY", name: "Sensory" },
  });
  await prisma.consentStatement.create({ data: { councilId: council.id, version: 1, text: "I agree." } });
  await prisma.consentStatement.create({
    data: { councilId: council.id, version: 2, text: "I agree (v2)." },
  });
  return { council, north, autism, sensory };
}

async function registered(family: Actor, districtId: string, needs: string[], dob?: string, now?: Date) {
  await saveRegistrationDraft(family, registrationDraft(districtId, needs, dob));
  return registerChild(family, { submissionKey: randomUUID(), consentVersion: 2 }, now);
}

describe("registering a child", () => {
  it("records the child, their needs and consent to the current wording, once", async () => {
    const { council, north, autism, sensory } = await registerReady();
    const family = await makeActor(council.id, "FAMILY");
    await saveRegistrationDraft(family, registrationDraft(north.id, [autism.id, sensory.id]));
    const key = randomUUID();
    const [a, b] = await Promise.all([
      registerChild(family, { submissionKey: key, consentVersion: 2 }),
      registerChild(family, { submissionKey: key, consentVersion: 2 }).catch((e) => e),
    ]);
    expect(typeof a).toBe("string");
    expect(b === a || b.code === "CONFLICT").toBe(true);
    expect(await prisma.child.count({ where: { councilId: council.id } })).toBe(1);

    const child = await getFamilyChild(family, a);
    expect(child.needs.map((n) => n.needType.name).sort()).toEqual(["Autism", "Sensory"]);
    expect(child.consents).toMatchObject([{ statement: { version: 2 } }]);
    const consent = await prisma.consent.findFirstOrThrow({ where: { childId: a } });
    expect(consent.agreedByUserId).toBe(family.userId);
    expect(await prisma.registrationDraft.count({ where: { councilId: council.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "child:register", entityId: a } })).toBe(1);
  });

  it("refuses consent to an old version, and a young person over 19", async () => {
    const { council, north, autism } = await registerReady();
    const family = await makeActor(council.id, "FAMILY");
    await saveRegistrationDraft(family, registrationDraft(north.id, [autism.id]));
    await expect(
      registerChild(family, { submissionKey: randomUUID(), consentVersion: 1 }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const now = new Date("2026-11-23T12:00:00Z");
    await saveRegistrationDraft(family, { dateOfBirth: "2006-11-23" }); // 20 today
    await expect(
      registerChild(family, { submissionKey: randomUUID(), consentVersion: 2 }, now),
    ).rejects.toMatchObject({
      code: "INVALID",
    });
    await saveRegistrationDraft(family, { dateOfBirth: "2006-11-24" }); // 19 until tomorrow
    await expect(
      registerChild(family, { submissionKey: randomUUID(), consentVersion: 2 }, now),
    ).resolves.toEqual(expect.any(String));
  });

  it("refuses a district or need type of another council", async () => {
    const { council, autism } = await registerReady();
    const other = await registerReady();
    const family = await makeActor(council.id, "FAMILY");
    await saveRegistrationDraft(family, registrationDraft(other.north.id, [autism.id]));
    await expect(
      registerChild(family, { submissionKey: randomUUID(), consentVersion: 2 }),
    ).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(await prisma.child.count({ where: { councilId: council.id } })).toBe(0);
  });

  it("maps a postcode's outward code to exactly one district", () => {
    const districts = [
      { id: "n", postcodePrefixes: ["NS1", "NS2"] },
      { id: "s", postcodePrefixes: ["NS3"] },
    ];
    expect(districtForPostcode(districts, "NS2 9ZZ")).toBe("n");
    expect(districtForPostcode(districts, "ZZ1 1AA")).toBeNull();
  });
});

describe("the family wall", () => {
  it("another family, and staff of another council, cannot reach the child; nothing changes", async () => {
    const { council, north, autism } = await registerReady();
    const family = await makeActor(council.id, "FAMILY");
    const otherFamily = await makeActor(council.id, "FAMILY");
    const childId = await registered(family, north.id, [autism.id]);
    await expect(getFamilyChild(otherFamily, childId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawChild(otherFamily, childId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listFamilyChildren(otherFamily)).toEqual([]);

    const elsewhere = await registerReady();
    const foreignCommissioner = await makeActor(elsewhere.council.id, "COMMISSIONER");
    await expect(viewChildRecord(foreignCommissioner, childId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listRegister(foreignCommissioner, {}, 1)).total).toBe(0);
    expect((await prisma.child.findUniqueOrThrow({ where: { id: childId } })).status).toBe("ACTIVE");
    expect(await prisma.auditEvent.count({ where: { action: "child:view", entityId: childId } })).toBe(0);
  });
});

describe("updating and withdrawing", () => {
  it("updates details and needs, and checks the age rule", async () => {
    const { council, north, autism, sensory } = await registerReady();
    const family = await makeActor(council.id, "FAMILY");
    const id = await registered(family, north.id, [autism.id]);
    const base = {
      ...registrationDraft(north.id, [sensory.id]),
      dateOfBirth: new Date("2015-01-01T00:00:00Z"),
      firstName: "Ama",
      editVersion: 1,
    };
    await updateChild(family, id, base);
    const child = await getFamilyChild(family, id);
    expect(child.firstName).toBe("Ama");
    expect(child.needs.map((n) => n.needType.name)).toEqual(["Sensory"]);
    await expect(
      updateChild(family, id, { ...base, editVersion: 2, dateOfBirth: new Date("1990-01-01T00:00:00Z") }),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { dateOfBirth: expect.any(String) } });
  });

  it("withdrawal takes the child off the register at once and erases details after the retention period", async () => {
    const { council, north, autism } = await registerReady(30);
    const family = await makeActor(council.id, "FAMILY");
    const commissioner = await makeActor(council.id, "COMMISSIONER");
    const id = await registered(family, north.id, [autism.id]);
    const t0 = new Date("2026-11-23T10:00:00Z");
    await withdrawChild(family, id, t0);
    await withdrawChild(family, id, t0); // twice changes nothing
    expect((await listRegister(commissioner, {}, 1)).total).toBe(0);
    expect((await prisma.consent.findFirstOrThrow({ where: { childId: id } })).withdrawnAt).toEqual(t0);

    expect(await runRegisterHousekeeping(new Date("2026-12-22T10:00:00Z"))).toMatchObject({ erased: 0 });
    expect((await prisma.child.findUniqueOrThrow({ where: { id } })).firstName).toBe("Amara");

    expect(await runRegisterHousekeeping(new Date("2026-12-23T10:00:01Z"))).toMatchObject({ erased: 1 });
    const erased = await prisma.child.findUniqueOrThrow({ where: { id } });
    expect(erased).toMatchObject({
      status: "ERASED",
      firstName: null,
      lastName: null,
      dateOfBirth: null,
      parentEmail: null,
    });
    expect(await prisma.childNeed.count({ where: { childId: id } })).toBe(0);
    await expect(getFamilyChild(family, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await prisma.auditEvent.findMany({
        where: { entityId: id },
        select: { action: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual([{ action: "child:register" }, { action: "child:withdraw" }, { action: "child:erase" }]);
  });

  it("with a retention of 0 days, erases at once", async () => {
    const { council, north, autism } = await registerReady(0);
    const family = await makeActor(council.id, "FAMILY");
    const id = await registered(family, north.id, [autism.id]);
    await withdrawChild(family, id);
    expect((await prisma.child.findUniqueOrThrow({ where: { id } })).status).toBe("ERASED");
  });
});

describe("leaving at 20", () => {
  it("the job takes a child off on their 20th birthday, tells the family, then erases after retention", async () => {
    const { council, north, autism } = await registerReady(10);
    const family = await makeActor(council.id, "FAMILY");
    const id = await registered(
      family,
      north.id,
      [autism.id],
      "2006-12-01",
      new Date("2026-11-23T09:00:00Z"),
    );
    expect(await runRegisterHousekeeping(new Date("2026-11-30T23:59:00Z"))).toEqual({
      agedOut: 0,
      erased: 0,
    });
    const birthday = new Date("2026-12-01T03:00:00Z");
    expect(await runRegisterHousekeeping(birthday)).toEqual({ agedOut: 1, erased: 0 });
    expect(await runRegisterHousekeeping(birthday)).toEqual({ agedOut: 0, erased: 0 });
    expect((await prisma.child.findUniqueOrThrow({ where: { id } })).status).toBe("AGED_OUT");
    const notes = await prisma.notification.findMany({ where: { membershipId: family.membershipId } });
    expect(notes).toHaveLength(1);
    expect(notes[0].title).toBe("Amara has left the register");
    expect(await runRegisterHousekeeping(new Date("2026-12-11T03:00:00Z"))).toEqual({
      agedOut: 0,
      erased: 1,
    });
  });
});

describe("audit and data download", () => {
  it("logs each staff view, and the family's download says who looked and when", async () => {
    const { council, north, autism } = await registerReady();
    const family = await makeActor(council.id, "FAMILY");
    const commissioner = await makeActor(council.id, "COMMISSIONER");
    const id = await registered(family, north.id, [autism.id]);
    await viewChildRecord(commissioner, id);
    await viewChildRecord(commissioner, id);
    const data = await getFamilyDataExport(family);
    expect(data.children).toHaveLength(1);
    expect(data.children[0]).toMatchObject({
      firstName: "Amara",
      needs: ["Autism"],
      consents: [{ statementVersion: 2 }],
    });
    expect(data.children[0].viewedByCouncilStaff).toHaveLength(2);
    expect(data.children[0].viewedByCouncilStaff[0]).toMatchObject({
      by: commissioner.name,
      role: "Commissioner",
    });
    const other = await makeActor(council.id, "FAMILY");
    expect((await getFamilyDataExport(other)).children).toEqual([]);
  });

  it("the administrator's CSV and XLSX exports have the same rows, are audited and safe to open in a spreadsheet", async () => {
    const { council, north, autism } = await registerReady();
    const family = await makeActor(council.id, "FAMILY");
    const admin = await makeActor(council.id, "ADMIN");
    await saveRegistrationDraft(family, {
      ...registrationDraft(north.id, [autism.id]),
      firstName: "=HYPERLINK(1)",
    });
    await registerChild(family, { submissionKey: randomUUID(), consentVersion: 2 });
    const { table, count } = await exportRegister(admin, "csv");
    expect(count).toBe(1);
    const csv = String(await writeExportTable(table, "csv"));
    expect(csv).toContain("'=HYPERLINK(1)");
    const xlsx = await exportRegister(admin, "xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeExportTable(xlsx.table, "xlsx")) as ArrayBuffer);
    const sheet = book.getWorksheet("Register")!;
    const cells = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(sheet.rowCount).toBe(parsed.length);
    expect(cells(1)).toEqual(parsed[0]);
    expect(cells(2)).toEqual(parsed[1]);
    // Formula-safe in both: a plain string with the apostrophe, never a formula cell.
    expect(cells(2)).toContain("'=HYPERLINK(1)");
    expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.String);
    const audits = await prisma.auditEvent.findMany({
      where: { action: "child:export", councilId: council.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => (a.metadata as { format: string }).format)).toEqual(["csv", "xlsx"]);
  });
});
