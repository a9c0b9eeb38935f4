import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { saveRegistrationDraft } from "@/lib/data/register/registration-draft";
import { registerChild } from "@/lib/data/register/register-child";
import { updateChild } from "@/lib/data/register/update-child";
import { withdrawChild } from "@/lib/data/register/withdraw-child";
import { runRegisterHousekeeping } from "@/lib/data/register/register-housekeeping";
import { makeActor, makeCouncil } from "./factories";
import { registrationDraft } from "./register-fixtures";

async function ready(retentionDays: number) {
  const council = await makeCouncil();
  await prisma.council.update({ where: { id: council.id }, data: { retentionDays } });
  const district = await prisma.district.create({
    data: { councilId: council.id, code: "N", name: "North", postcodePrefixes: ["NS1"] },
  });
  const need = await prisma.needType.create({ data: { councilId: council.id, code: "AUT", name: "Autism" } });
  await prisma.consentStatement.create({ data: { councilId: council.id, version: 1, text: "I agree." } });
  const family = await makeActor(council.id, "FAMILY");
  return { council, district, need, family };
}

async function register(family: Actor, districtId: string, needTypeIds: string[], dob?: string, now?: Date) {
  await saveRegistrationDraft(family, {
    ...registrationDraft(districtId, needTypeIds),
    dateOfBirth: dob ?? "2016-04-12",
  });
  return registerChild(family, { submissionKey: randomUUID(), consentVersion: 1 }, now);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("an edit racing a withdrawal", () => {
  it("an edit that lands after the child was withdrawn and erased writes nothing back", async () => {
    const { district, need, family } = await ready(0);
    const id = await register(family, district.id, [need.id]);

    // Another request withdraws and erases the child, and has not committed yet.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(
        `UPDATE "Child" SET status = 'ERASED', "erasedAt" = now(), "firstName" = NULL, "lastName" = NULL,
           "dateOfBirth" = NULL, postcode = NULL, "parentName" = NULL, "parentEmail" = NULL WHERE id = $1`,
        [id],
      );
      await other.query(`DELETE FROM "ChildNeed" WHERE "childId" = $1`, [id]);
      const edit = updateChild(family, id, {
        ...registrationDraft(district.id, [need.id]),
        dateOfBirth: new Date("2015-01-01T00:00:00Z"),
        firstName: "Written back",
        editVersion: 1,
      }).then(
        () => "saved",
        (e: { code?: string }) => e.code ?? "error",
      );
      await sleep(300); // the edit has read the child and is waiting for the row
      await other.query("COMMIT");
      expect(await edit).toBe("NOT_FOUND"); // erased: gone for the family too
    } finally {
      await other.end();
    }
    const child = await prisma.child.findUniqueOrThrow({ where: { id } });
    expect(child).toMatchObject({ status: "ERASED", firstName: null, parentEmail: null });
    expect(await prisma.childNeed.count({ where: { childId: id } })).toBe(0);
  });

  it("an edit and a withdrawal at once: whichever goes second sees the first", async () => {
    const { district, need, family } = await ready(0);
    for (let i = 0; i < 5; i++) {
      const id = await register(family, district.id, [need.id]);
      await Promise.allSettled([
        updateChild(family, id, {
          ...registrationDraft(district.id, [need.id]),
          dateOfBirth: new Date("2015-01-01T00:00:00Z"),
          firstName: "Changed",
          editVersion: 1,
        }),
        withdrawChild(family, id),
      ]);
      const child = await prisma.child.findUniqueOrThrow({ where: { id } });
      expect(child).toMatchObject({ status: "ERASED", firstName: null });
      expect(await prisma.childNeed.count({ where: { childId: id } })).toBe(0);
    }
  });
});

describe("no lost updates (issue 19)", () => {
  it("50 edits opened from the same copy at once: one is saved, 49 are told to reload, and the saved one is intact", async () => {
    const { district, need, family } = await ready(0);
    const id = await register(family, district.id, [need.id]);
    const edits = Array.from({ length: 50 }, (_, i) =>
      updateChild(family, id, {
        ...registrationDraft(district.id, [need.id]),
        dateOfBirth: new Date("2015-01-01T00:00:00Z"),
        firstName: `Edit${i}`,
        school: `School ${i}`,
        editVersion: 1,
      }).then(
        () => ({ i, ok: true as const }),
        (e: { code?: string; message?: string }) => ({
          i,
          ok: false as const,
          code: e.code,
          message: e.message,
        }),
      ),
    );
    const results = await Promise.all(edits);
    const saved = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(49);
    for (const r of refused) {
      expect(r).toMatchObject({ code: "CONFLICT" });
      expect(r.ok ? "" : r.message).toMatch(/changed by someone else.*Reload the page/);
    }
    const winner = saved[0].i;
    const child = await prisma.child.findUniqueOrThrow({ where: { id } });
    // The accepted change is whole: its name and its school, not a mix of two edits.
    expect(child).toMatchObject({ firstName: `Edit${winner}`, school: `School ${winner}`, editVersion: 2 });
    expect(await prisma.childNeed.count({ where: { childId: id } })).toBe(1);

    // One after another, each opened from the latest copy, every edit is saved.
    for (let v = 2; v < 12; v++)
      await updateChild(family, id, {
        ...registrationDraft(district.id, [need.id]),
        dateOfBirth: new Date("2015-01-01T00:00:00Z"),
        firstName: `Then${v}`,
        editVersion: v,
      });
    expect(await prisma.child.findUniqueOrThrow({ where: { id } })).toMatchObject({
      firstName: "Then11",
      editVersion: 12,
    });
  });
});

describe("the notice sent when a young person leaves at 20", () => {
  it("no longer names the child once the details are erased", async () => {
    const { district, need, family } = await ready(10);
    const id = await register(family, district.id, [need.id], "2006-12-01", new Date("2026-11-23T09:00:00Z"));
    await runRegisterHousekeeping(new Date("2026-12-01T03:00:00Z"));
    const [before] = await prisma.notification.findMany({ where: { membershipId: family.membershipId } });
    expect(before.title).toContain("Amara");

    await runRegisterHousekeeping(new Date("2026-12-11T03:00:00Z"));
    expect((await prisma.child.findUniqueOrThrow({ where: { id } })).status).toBe("ERASED");
    const after = await prisma.notification.findMany({ where: { membershipId: family.membershipId } });
    expect(after).toHaveLength(1);
    expect(`${after[0].title} ${after[0].body}`).not.toContain("Amara");
    expect(after[0].title).toBe("Your child has left the register");
  });
});
