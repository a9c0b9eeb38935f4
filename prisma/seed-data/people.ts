/** Demo users and their memberships: one per role per council, plus a few extra. */
import type { Prisma } from "../../lib/db";
import type { SeededUser, Tx } from "./context";
import type { CouncilDef } from "./definitions";
import { addDays } from "./dates";
import { newId } from "./random";

export function demoEmail(local: string, slug: string): string {
  return `${local}@${slug}.example`;
}

export async function seedUsers(
  tx: Tx,
  def: CouncilDef,
  councilId: string,
  passwordHash: string,
  organisations: Record<string, string>,
  families: { demo: string; second: string },
  now: Date,
): Promise<Record<string, SeededUser>> {
  const users: Record<string, SeededUser> = {};
  const userRows: Prisma.UserCreateManyInput[] = [];
  const membershipRows: Prisma.MembershipCreateManyInput[] = [];

  def.users.forEach((u, index) => {
    const userId = newId();
    const membershipId = newId();
    const email = demoEmail(u.local, def.slug);
    // The second commissioner joined recently (the admin's audit log shows it); everyone else a while ago.
    const createdAt = u.local === "commissioner2" ? addDays(now, -20) : addDays(now, -400 + index);
    let organisationId: string | null = null;
    if (u.org) {
      organisationId = organisations[u.org] ?? null;
      if (!organisationId) throw new Error(`seed: no organisation "${u.org}" for ${email}`);
    }
    userRows.push({ id: userId, email, name: u.name, passwordHash, createdAt });
    membershipRows.push({
      id: membershipId,
      userId,
      councilId,
      role: u.role,
      organisationId,
      familyId: u.family ? families[u.family] : null,
      // The demo provider runs their organisation's staff list (provider2 is staff only).
      isOrganisationAdmin: u.local === "provider",
      createdAt,
    });
    users[u.local] = { userId, membershipId, email, name: u.name };
  });

  await tx.user.createMany({ data: userRows });
  await tx.membership.createMany({ data: membershipRows });
  return users;
}

/** The demo's only platform administrator (above councils; docs/decisions/0034). */
export const PLATFORM_ADMIN_EMAIL = "platform@example.example";

/**
 * The platform administrator: their membership is in one council only because a session acts
 * through a membership; the role reads and changes nothing of that council.
 */
export async function seedPlatformAdmin(tx: Tx, passwordHash: string, councilId: string, now: Date) {
  const user = await tx.user.create({
    data: { email: PLATFORM_ADMIN_EMAIL, name: "Pat Platform", passwordHash, createdAt: addDays(now, -400) },
  });
  await tx.membership.create({
    data: { userId: user.id, councilId, role: "PLATFORM_ADMIN", createdAt: addDays(now, -400) },
  });
}

/** A demo person who works for both councils, to show choosing (and switching) who you act for. */
export const MULTI_COUNCIL_EMAIL = "multi@example.example";

export async function seedMultiCouncilUser(
  tx: Tx,
  passwordHash: string,
  councilIds: string[],
  now: Date,
): Promise<void> {
  const user = await tx.user.create({
    data: { email: MULTI_COUNCIL_EMAIL, name: "Sam Adeyemi", passwordHash, createdAt: addDays(now, -300) },
  });
  await tx.membership.createMany({
    data: councilIds.map((councilId) => ({
      userId: user.id,
      councilId,
      role: "SOCIAL_WORKER" as const,
      createdAt: addDays(now, -300),
    })),
  });
}
