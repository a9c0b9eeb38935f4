import { randomUUID } from "node:crypto";
import { prisma, type Role } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";

let passwordHash: Promise<string> | undefined;
export const TEST_PASSWORD = "integration-test-password";

export async function makeCouncil(name = `Council ${randomUUID().slice(0, 8)}`) {
  return prisma.council.create({ data: { name, slug: name.toLowerCase().replace(/[^a-z0-9]+/g, "-") } });
}

export async function makeOrganisation(councilId: string, name = `Org ${randomUUID().slice(0, 6)}`) {
  return prisma.organisation.create({
    data: { name, councils: { create: { councilId, status: "APPROVED" } } },
  });
}

/** A user with a password and a membership of the council; returns the Actor they would be. */
export async function makeActor(
  councilId: string,
  role: Role,
  extra: { organisationId?: string; familyId?: string; email?: string; withPassword?: boolean } = {},
): Promise<Actor> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const council = await prisma.council.findUniqueOrThrow({ where: { id: councilId } });
  let familyId = extra.familyId ?? null;
  if (role === "FAMILY" && !familyId) {
    familyId = (await prisma.family.create({ data: { councilId, name: "Test family" } })).id;
  }
  let organisationId = extra.organisationId ?? null;
  if (role === "PROVIDER" && !organisationId) organisationId = (await makeOrganisation(councilId)).id;
  const user = await prisma.user.create({
    data: {
      email: extra.email ?? `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.org`,
      name: `Test ${role.toLowerCase()}`,
      passwordHash: extra.withPassword === false ? null : await passwordHash,
    },
  });
  const m = await prisma.membership.create({
    data: { userId: user.id, councilId, role, organisationId, familyId },
  });
  return {
    userId: user.id,
    membershipId: m.id,
    name: user.name,
    email: user.email,
    role,
    councilId,
    councilSlug: council.slug,
    councilName: council.name,
    organisationId,
    familyId,
  };
}
