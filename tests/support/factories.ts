/**
 * Records for tests, made through Prisma (so the schema, not hand-written column names, decides
 * what a row needs). Shared by the integration tests (a private database per file) and the
 * end-to-end helpers (tests/e2e/db.ts, the e2e database): both set DATABASE_URL before lib/db loads.
 */
import { randomUUID } from "node:crypto";
import {
  prisma,
  type Prisma,
  type KpiUnit,
  type OutputPeriod,
  type OutputUnit,
  type Rag,
  type Role,
} from "@/lib/db";
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

/**
 * The council uses this national service type (decision 0038): under the national name unless
 * `label`, at the end of its list, retired when `retired`. Data functions offer and accept only the
 * types a council uses; a test council made with makeCouncil uses none until told.
 */
export async function adoptServiceType(
  councilId: string,
  serviceTypeId: string,
  input: { label?: string; retired?: boolean } = {},
) {
  const type = await prisma.serviceType.findUniqueOrThrow({ where: { id: serviceTypeId } });
  const position = (await prisma.councilServiceType.count({ where: { councilId } })) + 1;
  const data = { label: input.label ?? type.name, retiredAt: input.retired ? new Date() : null };
  return prisma.councilServiceType.upsert({
    where: { councilId_serviceTypeId: { councilId, serviceTypeId } },
    update: data,
    create: { councilId, serviceTypeId, position, ...data },
  });
}

/** A calendar date (yyyy-mm-dd) as the UTC midnight the schema stores. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The first service type, made if the database has none (a fresh test database has none). */
async function defaultServiceType() {
  return (
    (await prisma.serviceType.findFirst({ orderBy: { position: "asc" } })) ??
    prisma.serviceType.upsert({
      where: { code: "test-short-breaks" },
      update: {},
      create: { code: "test-short-breaks", name: "Short breaks (test)" },
    })
  );
}

/** A contract of an organisation in a council, live between two dates unless terminated (yyyy-mm-dd). */
export async function makeContract(input: {
  councilId: string;
  organisationId: string;
  serviceTypeId?: string;
  reference?: string;
  title?: string;
  start: string;
  end: string;
  annualValue?: string;
  totalValue?: string;
  terminated?: string | null;
  currentRag?: Rag | null;
}) {
  const serviceTypeId = input.serviceTypeId ?? (await defaultServiceType()).id;
  const reference = input.reference ?? `C-${randomUUID().slice(0, 8)}`;
  return prisma.contract.create({
    data: {
      councilId: input.councilId,
      reference,
      title: input.title ?? reference,
      organisationId: input.organisationId,
      serviceTypeId,
      annualValue: input.annualValue ?? "40000.00",
      totalValue: input.totalValue ?? "120000.00",
      startDate: day(input.start),
      endDate: day(input.end),
      originalEndDate: day(input.end),
      terminatedAt: input.terminated ? day(input.terminated) : null,
      currentRag: input.currentRag ?? null,
    },
  });
}

/** A KPI of a contract (in the contract's council). */
export async function makeKpi(
  contract: { id: string; councilId: string },
  input: { name?: string; unit?: KpiUnit; targetPerPeriod?: string; position?: number } = {},
) {
  return prisma.kpi.create({
    data: {
      councilId: contract.councilId,
      contractId: contract.id,
      name: input.name ?? "Play days",
      unit: input.unit ?? "DAYS",
      targetPerPeriod: input.targetPerPeriod ?? "10",
      position: input.position ?? 0,
    },
  });
}

/** A return period of a contract: its dates and when the return is due (yyyy-mm-dd). */
export async function makeReturnPeriod(
  contract: { id: string; councilId: string },
  input: { label: string; start: string; end: string; due: string },
) {
  return prisma.returnPeriod.create({
    data: {
      councilId: contract.councilId,
      contractId: contract.id,
      label: input.label,
      startDate: day(input.start),
      endDate: day(input.end),
      dueDate: day(input.due),
    },
  });
}

/**
 * An approved specification (version 1: holiday play schemes for ages 5 to 15, at most £120,000 a
 * year for 36 months plus 12), with a service type of its own, written and approved by `author`.
 */
export async function makeApprovedSpecification(input: {
  councilId: string;
  author: Actor;
  approvedAt?: Date;
  districtIds?: string[];
  outputs?: { measure: string; unit: OutputUnit; quantity: string; period: OutputPeriod }[];
}) {
  const { councilId, author } = input;
  const serviceType = await prisma.serviceType.create({
    data: { code: `play-${randomUUID().slice(0, 6)}`, name: "Play scheme" },
  });
  return prisma.specification.create({
    data: {
      councilId,
      reference: `SPEC-${randomUUID().slice(0, 6)}`,
      serviceTypeId: serviceType.id,
      status: "APPROVED",
      createdById: author.userId,
      versions: {
        create: {
          councilId,
          version: 1,
          title: "Play schemes",
          summary: "Holiday play",
          ageMin: 5,
          ageMax: 15,
          needTypeCodes: [],
          outcomes: ["Children enjoy their holidays"],
          maxAnnualValue: "120000",
          termMonths: 36,
          extensionMonths: 12,
          approvedAt: input.approvedAt ?? new Date(),
          approvedById: author.userId,
          createdById: author.userId,
          districts: { connect: (input.districtIds ?? []).map((id) => ({ id })) },
          outputs: {
            create: (input.outputs ?? []).map((o, position) => ({ councilId, ...o, position })),
          },
        },
      },
    },
    include: { versions: { select: { id: true } } },
  });
}

/** A child on the council's register (with a family and a district of their own). */
export async function makeChild(councilId: string, input: { firstName?: string; familyId?: string } = {}) {
  const familyId =
    input.familyId ?? (await prisma.family.create({ data: { councilId, name: "Test family" } })).id;
  const district = await prisma.district.create({
    data: { councilId, code: `D${randomUUID().slice(0, 6)}`, name: "Test district" },
  });
  return prisma.child.create({
    data: {
      councilId,
      familyId,
      districtId: district.id,
      firstName: input.firstName ?? "Sam",
      lastName: "Tester",
      dateOfBirth: day("2016-04-12"),
    },
  });
}

/** A published RAS version (definition as lib/domain/ras/ras-definition.ts), numbered after the last. */
export async function makeRasVersion(councilId: string, definition: object) {
  const last = await prisma.rasConfiguration.findFirst({
    where: { councilId },
    orderBy: { version: "desc" },
  });
  return prisma.rasConfiguration.create({
    data: {
      councilId,
      version: (last?.version ?? 0) + 1,
      name: "Test RAS",
      definition: definition as Prisma.InputJsonValue,
    },
  });
}
