import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  inviteOrganisationStaff,
  isOrganisationAdmin,
  listOrganisationStaff,
  removeOrganisationStaff,
} from "@/lib/data/organisations/organisation-staff";
import { makeActor, makeCouncil, makeOrganisation } from "./factories";

async function organisationWithAdmin() {
  const council = await makeCouncil();
  const org = await makeOrganisation(council.id);
  const admin = await makeActor(council.id, "PROVIDER", { organisationId: org.id });
  await prisma.membership.update({ where: { id: admin.membershipId }, data: { isOrganisationAdmin: true } });
  return { council, org, admin };
}

describe("a provider's own administrator manages its staff", () => {
  it("invites staff by e-mail and removes them, ending their sessions", async () => {
    const { admin, org } = await organisationWithAdmin();
    const r = await inviteOrganisationStaff(admin, {
      submissionKey: randomUUID(),
      name: "Sam Staff",
      email: "sam.staff@provider.example",
    });
    expect(r).toMatchObject({ created: true, invited: true });
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: "sam.staff@provider.example" } });
    expect(mail.template).toBe("invitation");
    const staff = await listOrganisationStaff(admin);
    const sam = staff.items.find((m) => m.user.email === "sam.staff@provider.example")!;
    expect(sam).toMatchObject({ isOrganisationAdmin: false, disabledAt: null, user: { invited: true } });
    expect(await prisma.membership.findUniqueOrThrow({ where: { id: sam.id } })).toMatchObject({
      role: "PROVIDER",
      organisationId: org.id,
    });

    await removeOrganisationStaff(admin, sam.id);
    expect((await prisma.membership.findUniqueOrThrow({ where: { id: sam.id } })).disabledAt).not.toBeNull();
    await expect(removeOrganisationStaff(admin, admin.membershipId)).rejects.toMatchObject({
      code: "INVALID",
    });
  });

  it("never another organisation's staff, and not at all without the administrator flag", async () => {
    const { council, admin } = await organisationWithAdmin();
    const otherOrg = await makeOrganisation(council.id);
    const theirs = await makeActor(council.id, "PROVIDER", { organisationId: otherOrg.id });
    const commissioner = await makeActor(council.id, "COMMISSIONER");
    await expect(removeOrganisationStaff(admin, theirs.membershipId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(removeOrganisationStaff(admin, commissioner.membershipId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await prisma.membership.count({
        where: { id: { in: [theirs.membershipId, commissioner.membershipId] }, disabledAt: { not: null } },
      }),
    ).toBe(0);
    expect((await listOrganisationStaff(admin)).items.map((m) => m.id)).toEqual([admin.membershipId]);

    // Plain staff of the other organisation: no list, no invitations, no removals.
    expect(await isOrganisationAdmin(theirs)).toBe(false);
    await expect(listOrganisationStaff(theirs)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      inviteOrganisationStaff(theirs, {
        submissionKey: randomUUID(),
        name: "X",
        email: "x@provider.example",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeOrganisationStaff(theirs, admin.membershipId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await prisma.user.count({ where: { email: "x@provider.example" } })).toBe(0);
  });
});
