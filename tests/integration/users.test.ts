import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/lib/data/users/create-user";
import { changeUserRole, resetUserPasswordLink, setUserDisabled } from "@/lib/data/users/update-user-access";
import { findPasswordLink, setPasswordWithToken } from "@/lib/data/users/set-password-with-token";
import { getCouncilUser, listUsers } from "@/lib/data/users/list-users";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events";
import { updateCouncilSettings } from "@/lib/data/council/council-settings";
import { authenticate } from "@/lib/auth/authenticate";
import { makeActor, makeCouncil, makeOrganisation } from "./factories";
import { tokenFromOutbox } from "../support/outbox";

describe("adding users", () => {
  it("adds a user and e-mails them a one-time link that sets their password once", async () => {
    const council = await makeCouncil();
    const admin = await makeActor(council.id, "ADMIN");
    const r = await createUser(admin, {
      submissionKey: randomUUID(),
      name: "Ola Commissioner",
      email: "ola@example.org",
      role: "COMMISSIONER",
    });
    expect(r).toMatchObject({ created: true, invited: true });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: "ola@example.org" } });
    expect(mail).toMatchObject({ councilId: council.id, template: "invitation", sentAt: null });
    expect(mail.subject).toContain("Set up your account");
    const token = await tokenFromOutbox("ola@example.org");
    expect(await prisma.passwordToken.count({ where: { tokenHash: token } })).toBe(0); // only the hash is kept
    expect(await findPasswordLink(token)).toEqual({ email: "ola@example.org", name: "Ola Commissioner" });

    await setPasswordWithToken(token, "a long enough password");
    await expect(setPasswordWithToken(token, "another long password")).rejects.toMatchObject({
      code: "INVALID",
    });
    expect(
      await authenticate({ email: "ola@example.org", password: "a long enough password" }, "t"),
    ).toMatchObject({
      ok: true,
    });
    const audit = await prisma.auditEvent.findMany({
      where: { councilId: council.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["user:create", "user:set-password"]);
  });

  it("creates nothing twice for a repeated submit", async () => {
    const council = await makeCouncil();
    const admin = await makeActor(council.id, "ADMIN");
    const input = {
      submissionKey: randomUUID(),
      name: "Twice",
      email: "twice@example.org",
      role: "FAMILY" as const,
    };
    const [a, b] = await Promise.all([createUser(admin, input), createUser(admin, input)]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await prisma.user.count({ where: { email: "twice@example.org" } })).toBe(1);
    expect(await prisma.family.count({ where: { councilId: council.id } })).toBe(1);
  });

  it("refuses an e-mail already in the council, and an organisation that does not work with it", async () => {
    const council = await makeCouncil();
    const other = await makeCouncil();
    const admin = await makeActor(council.id, "ADMIN");
    const existing = await makeActor(council.id, "COMMISSIONER");
    await expect(
      createUser(admin, { submissionKey: randomUUID(), name: "X", email: existing.email, role: "ADMIN" }),
    ).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { email: expect.any(String) } });

    const foreignOrg = await makeOrganisation(other.id);
    await expect(
      createUser(admin, {
        submissionKey: randomUUID(),
        name: "Y",
        email: "y@example.org",
        role: "PROVIDER",
        organisationId: foreignOrg.id,
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
    expect(await prisma.user.count({ where: { email: "y@example.org" } })).toBe(0);
  });

  it("gives a person who already works for another council a membership here", async () => {
    const a = await makeCouncil();
    const b = await makeCouncil();
    const adminB = await makeActor(b.id, "ADMIN");
    const person = await makeActor(a.id, "PROVIDER");
    const org = await makeOrganisation(b.id);
    const r = await createUser(adminB, {
      submissionKey: randomUUID(),
      name: person.name,
      email: person.email,
      role: "PROVIDER",
      organisationId: org.id,
    });
    // A membership only: no link, since they already have their own password (issue 12).
    expect(r).toMatchObject({ created: true, userId: person.userId, invited: false });
    expect(await prisma.outboxMessage.count({ where: { to: person.email } })).toBe(0);
    expect(await prisma.membership.count({ where: { userId: person.userId } })).toBe(2);
  });
});

describe("the council wall", () => {
  it("an administrator cannot see or change users of another council", async () => {
    const a = await makeCouncil();
    const b = await makeCouncil();
    const adminA = await makeActor(a.id, "ADMIN");
    const userB = await makeActor(b.id, "COMMISSIONER");
    expect(await getCouncilUser(adminA, userB.userId)).toBeNull();
    await expect(setUserDisabled(adminA, userB.userId, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeUserRole(adminA, { userId: userB.userId, role: "ADMIN" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(resetUserPasswordLink(adminA, userB.userId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const list = await listUsers(adminA, {}, 1);
    expect(list.items.map((u) => u.id)).not.toContain(userB.userId);
    const m = await prisma.membership.findFirstOrThrow({ where: { userId: userB.userId } });
    expect(m.disabledAt).toBeNull();
    expect(m.role).toBe("COMMISSIONER");
  });

  it("an administrator cannot lock themselves out", async () => {
    const c = await makeCouncil();
    const admin = await makeActor(c.id, "ADMIN");
    await expect(setUserDisabled(admin, admin.userId, true)).rejects.toMatchObject({ code: "INVALID" });
    await expect(changeUserRole(admin, { userId: admin.userId, role: "FAMILY" })).rejects.toMatchObject({
      code: "INVALID",
    });
  });
});

describe("users list", () => {
  it("filters by role, status and text, and pages", async () => {
    const c = await makeCouncil();
    const admin = await makeActor(c.id, "ADMIN");
    for (let i = 0; i < 30; i++) await makeActor(c.id, "FAMILY", { email: `fam${i}@example.org` });
    const fam = await listUsers(admin, { role: "FAMILY" }, 2, 25);
    expect(fam.total).toBe(30);
    expect(fam.pageCount).toBe(2);
    expect(fam.items).toHaveLength(5);
    expect((await listUsers(admin, { q: "FAM1" }, 1)).total).toBe(11); // fam1, fam10..fam19
    await setUserDisabled(admin, fam.items[0].id, true);
    expect((await listUsers(admin, { status: "disabled" }, 1)).total).toBe(1);
  });
});

describe("settings and audit", () => {
  it("records what changed, and the audit log filters by action and actor", async () => {
    const c = await makeCouncil();
    const admin = await makeActor(c.id, "ADMIN");
    const other = await makeCouncil();
    const otherAdmin = await makeActor(other.id, "ADMIN");
    await updateCouncilSettings(admin, {
      statisticsThreshold: 12,
      retentionDays: 20,
      returnDueDays: 20,
      standstillDays: 10,
    });
    await updateCouncilSettings(otherAdmin, {
      statisticsThreshold: 5,
      retentionDays: 0,
      returnDueDays: 20,
      standstillDays: 10,
    });
    const log = await listAuditEvents(admin, { action: "council:update-settings" }, 1);
    expect(log.total).toBe(1);
    expect(log.items[0].summary).toBe("Changed settings: statisticsThreshold, retentionDays");
    expect(log.items[0].actor?.email).toBe(admin.email);
    expect((await listAuditEvents(admin, { actorEmail: otherAdmin.email }, 1)).total).toBe(0);
    const future = new Date(Date.now() + 86_400_000);
    expect((await listAuditEvents(admin, { from: future }, 1)).total).toBe(0);
  });

  it("keeps the contracts budget as an exact decimal and audits its change", async () => {
    const c = await makeCouncil();
    const admin = await makeActor(c.id, "ADMIN");
    const settings = { statisticsThreshold: 10, retentionDays: 30, returnDueDays: 20, standstillDays: 10 };
    await updateCouncilSettings(admin, { ...settings, annualBudget: "17500000.10" });
    const council = await prisma.council.findUniqueOrThrow({ where: { id: c.id } });
    expect(council.annualBudget?.toFixed(2)).toBe("17500000.10");
    const log = await listAuditEvents(admin, { action: "council:update-settings" }, 1);
    expect(log.items[0].summary).toBe("Changed settings: annualBudget");
    await updateCouncilSettings(admin, { ...settings, annualBudget: "17500000.1" });
    expect((await listAuditEvents(admin, { action: "council:update-settings" }, 1)).items[0].summary).toBe(
      "Saved settings with no changes",
    );
  });
});
