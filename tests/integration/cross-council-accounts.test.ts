import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/lib/data/users/create-user";
import { changeUserRole, resetUserPasswordLink, setUserDisabled } from "@/lib/data/users/update-user-access";
import { authenticate } from "@/lib/auth/authenticate";
import { makeActor, makeCouncil, TEST_PASSWORD } from "./factories";

/** Issue 12: one council must never be able to set the password of a person another council knows. */
describe("a person who belongs to another council", () => {
  it("is added to a second council without a password link, keeps their password, and is told", async () => {
    const northshire = await makeCouncil();
    const eastbrook = await makeCouncil();
    const eastAdmin = await makeActor(eastbrook.id, "ADMIN");
    const person = await makeActor(northshire.id, "COMMISSIONER");
    const hashBefore = (await prisma.user.findUniqueOrThrow({ where: { id: person.userId } })).passwordHash;

    const r = await createUser(eastAdmin, {
      submissionKey: randomUUID(),
      name: "Anything",
      email: person.email,
      role: "FAMILY",
    });
    expect(r).toMatchObject({ created: true, userId: person.userId, invited: false, existingAccount: true });
    // No one-time link exists for them, and their password is unchanged.
    expect(await prisma.passwordToken.count({ where: { userId: person.userId } })).toBe(0);
    const after = await prisma.user.findUniqueOrThrow({ where: { id: person.userId } });
    expect(after.passwordHash).toBe(hashBefore);
    expect(await prisma.membership.count({ where: { userId: person.userId } })).toBe(2);
    // Their own password still works.
    expect(await authenticate({ email: person.email, password: TEST_PASSWORD }, "10.3.0.1")).toMatchObject({
      ok: true,
    });
    // They are told, where they act now (Northshire) and in the new council.
    const notes = await prisma.notification.findMany({ where: { membership: { userId: person.userId } } });
    expect(notes.map((n) => n.councilId).sort()).toEqual([northshire.id, eastbrook.id].sort());
    expect(notes[0].body).toContain(eastbrook.name);
  });

  it("refuses a person invited by another council who has not set a password yet", async () => {
    const a = await makeCouncil();
    const b = await makeCouncil();
    const adminB = await makeActor(b.id, "ADMIN");
    const invited = await makeActor(a.id, "COMMISSIONER", { withPassword: false });
    await expect(
      createUser(adminB, { submissionKey: randomUUID(), name: "X", email: invited.email, role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: expect.any(String) } });
    expect(await prisma.passwordToken.count({ where: { userId: invited.userId } })).toBe(0);
    expect(await prisma.membership.count({ where: { userId: invited.userId } })).toBe(1);
  });

  it("cannot be given a new password link by either council", async () => {
    const a = await makeCouncil();
    const b = await makeCouncil();
    const adminA = await makeActor(a.id, "ADMIN");
    const adminB = await makeActor(b.id, "ADMIN");
    const person = await makeActor(a.id, "COMMISSIONER");
    await createUser(adminB, {
      submissionKey: randomUUID(),
      name: "P",
      email: person.email,
      role: "SOCIAL_WORKER",
    });
    await expect(resetUserPasswordLink(adminB, person.userId)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(resetUserPasswordLink(adminA, person.userId)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.passwordToken.count({ where: { userId: person.userId } })).toBe(0);
    // A person who belongs to one council only still gets a link from it.
    const single = await makeActor(a.id, "FAMILY");
    await expect(resetUserPasswordLink(adminA, single.userId)).resolves.toEqual({ email: single.email });
    expect(
      await prisma.outboxMessage.count({ where: { to: single.email, template: "new-password-link" } }),
    ).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { to: person.email } })).toBe(0);
  });

  it("has every change to their account audited in every council they belong to", async () => {
    const a = await makeCouncil();
    const b = await makeCouncil();
    const adminB = await makeActor(b.id, "ADMIN");
    const person = await makeActor(a.id, "PROVIDER");
    await createUser(adminB, {
      submissionKey: randomUUID(),
      name: "P",
      email: person.email,
      role: "SOCIAL_WORKER",
    });
    await changeUserRole(adminB, { userId: person.userId, role: "COMMISSIONER" });
    await setUserDisabled(adminB, person.userId, true);
    for (const council of [a, b]) {
      const rows = await prisma.auditEvent.findMany({
        where: { councilId: council.id, entityId: person.userId },
        orderBy: { createdAt: "asc" },
      });
      expect(rows.map((r) => r.action)).toEqual(["user:create", "user:change-role", "user:disable"]);
      expect(rows.every((r) => r.actorUserId === adminB.userId)).toBe(true);
    }
    // The other council's copy says who did it and does not repeat the role given elsewhere.
    const elsewhere = await prisma.auditEvent.findFirstOrThrow({
      where: { councilId: a.id, action: "user:create", entityId: person.userId },
    });
    expect(elsewhere.summary).toContain(b.name);
    expect(elsewhere.summary).not.toContain("Social worker");
  });
});
