/**
 * The records of the id-swap suite (tests/integration/id-swaps.test.ts): one of every kind that has
 * an id in a page path or an action's form, found in the demo seed, which gives both councils
 * (Northshire and Eastbrook) the same cast: a commissioner, social worker, admin, young commissioner,
 * two providers of different organisations and two families.
 */
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export type Slug = "northshire" | "eastbrook";

/**
 * Whose record: a council, and within it the provider and family it belongs to (the demo seed's
 * `provider`/`provider2` staff and `family`/`family2` parents).
 */
export interface Side {
  slug: Slug;
  provider: "provider" | "provider2";
  family: "family" | "family2";
}

export const home: Side = { slug: "northshire", provider: "provider", family: "family" };

const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, f: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, f());
  return memo.get(key) as Promise<T>;
}

export function councilId(slug: Slug): Promise<string> {
  return once(`council:${slug}`, async () => (await prisma.council.findUniqueOrThrow({ where: { slug } })).id);
}

/** The Actor a demo user of a council would be (no session: the suite mocks it). */
export function actorFor(slug: Slug, local: string): Promise<Actor> {
  return once(`actor:${slug}:${local}`, async () => {
    const email = `${local}@${slug}.example`;
    const m = await prisma.membership.findFirstOrThrow({
      where: { user: { email }, council: { slug } },
      include: { user: true, council: true },
    });
    return {
      userId: m.userId,
      membershipId: m.id,
      name: m.user.name,
      email,
      role: m.role,
      councilId: m.councilId,
      councilSlug: m.council.slug,
      councilName: m.council.name,
      organisationId: m.organisationId,
      familyId: m.familyId,
    };
  });
}

const organisationOf = async (s: Side) => (await actorFor(s.slug, s.provider)).organisationId!;
const familyOf = async (s: Side) => (await actorFor(s.slug, s.family)).familyId!;

/** Throws when the seed lacks a record the suite needs, so a missing case is never a silent pass. */
function need<T>(what: string, s: Side, row: T | null | undefined): T {
  if (row == null) throw new Error(`id-swap: no ${what} for ${JSON.stringify(s)} in the demo seed`);
  return row;
}

const id = (what: string, s: Side, row: { id: string } | null | undefined) => need(what, s, row).id;

/** Every kind of record, and where to find one of a side's. */
export const RECORDS = {
  user: async (s: Side) => (await actorFor(s.slug, s.family)).userId,
  membership: async (s: Side) => (await actorFor(s.slug, s.provider)).membershipId,
  youngCommissioner: async (s: Side) => (await actorFor(s.slug, "young-commissioner")).membershipId,
  district: async (s: Side) =>
    id("district", s, await prisma.district.findFirst({ where: { councilId: await councilId(s.slug) } })),
  needType: async (s: Side) =>
    id("need type", s, await prisma.needType.findFirst({ where: { councilId: await councilId(s.slug) } })),
  councilServiceType: async (s: Side) =>
    id(
      "service type",
      s,
      await prisma.councilServiceType.findFirst({ where: { councilId: await councilId(s.slug) } }),
    ),
  providerLink: async (s: Side) =>
    id(
      "provider link",
      s,
      await prisma.organisationCouncil.findFirst({
        where: { councilId: await councilId(s.slug), organisationId: await organisationOf(s) },
      }),
    ),
  /** An organisation with published listings in this council and no link to the other. */
  organisation: async (s: Side) =>
    id(
      "organisation",
      s,
      await prisma.organisation.findFirst({
        where: {
          services: { some: { councilId: await councilId(s.slug), status: "PUBLISHED" } },
          councils: { none: { councilId: await councilId(s.slug === "northshire" ? "eastbrook" : "northshire") } },
        },
        orderBy: { name: "asc" },
      }),
    ),
  child: async (s: Side) =>
    id(
      "child",
      s,
      await prisma.child.findFirst({ where: { familyId: await familyOf(s) }, orderBy: { dateOfBirth: "asc" } }),
    ),
  assessment: async (s: Side) =>
    id(
      "assessment",
      s,
      await prisma.assessment.findFirst({
        where: { councilId: await councilId(s.slug) },
        orderBy: [{ status: "asc" }, { createdAt: "asc" }],
      }),
    ),
  budget: async (s: Side) =>
    id(
      "budget",
      s,
      await prisma.personalBudget.findFirst({
        where: { councilId: await councilId(s.slug), child: { familyId: await familyOf(s) } },
        orderBy: [{ status: "asc" }, { createdAt: "asc" }],
      }),
    ),
  evidence: async (s: Side) =>
    id(
      "evidence",
      s,
      await prisma.spendEvidence.findFirst({
        where: { councilId: await councilId(s.slug), personalBudget: { child: { familyId: await familyOf(s) } } },
      }),
    ),
  listing: async (s: Side) =>
    id(
      "listing",
      s,
      await prisma.service.findFirst({
        where: { councilId: await councilId(s.slug), organisationId: await organisationOf(s), status: "PUBLISHED" },
        orderBy: { name: "asc" },
      }),
    ),
  listingRevision: async (s: Side) =>
    id(
      "listing revision",
      s,
      await prisma.serviceRevision.findFirst({ where: { councilId: await councilId(s.slug) } }),
    ),
  tender: async (s: Side) =>
    id(
      "tender",
      s,
      await prisma.tender.findFirst({ where: { councilId: await councilId(s.slug) }, orderBy: { status: "desc" } }),
    ),
  contract: async (s: Side) =>
    id(
      "contract",
      s,
      await prisma.contract.findFirst({
        where: { councilId: await councilId(s.slug), organisationId: await organisationOf(s) },
        orderBy: { reference: "asc" },
      }),
    ),
  returnPeriod: async (s: Side) =>
    id(
      "return period",
      s,
      await prisma.returnPeriod.findFirst({
        where: { contractId: await RECORDS.contract(s) },
        orderBy: { startDate: "asc" },
      }),
    ),
  specification: async (s: Side) =>
    id(
      "specification",
      s,
      await prisma.specification.findFirst({
        where: { councilId: await councilId(s.slug) },
        orderBy: { reference: "asc" },
      }),
    ),
  feedback: async (s: Side) =>
    id(
      "feedback",
      s,
      await prisma.feedback.findFirst({ where: { familyId: await familyOf(s) }, orderBy: { createdAt: "asc" } }),
    ),
  youSaidWeDid: async (s: Side) =>
    id(
      "you said, we did",
      s,
      await prisma.youSaidWeDid.findFirst({ where: { councilId: await councilId(s.slug) } }),
    ),
  announcement: async (s: Side) =>
    id(
      "announcement",
      s,
      await prisma.announcement.findFirst({ where: { councilId: await councilId(s.slug) } }),
    ),
  involvementPlan: async (s: Side) =>
    id(
      "involvement plan",
      s,
      await prisma.involvementPlan.findFirst({ where: { councilId: await councilId(s.slug) } }),
    ),
  venueReview: async (s: Side) =>
    id(
      "venue review",
      s,
      await prisma.venueReview.findFirst({
        where: { councilId: await councilId(s.slug), organisationId: await organisationOf(s) },
        orderBy: { status: "desc" },
      }),
    ),
  priorityRound: async (s: Side) =>
    id(
      "priority round",
      s,
      await prisma.priorityRound.findFirst({
        where: { councilId: await councilId(s.slug) },
        orderBy: { status: "desc" },
      }),
    ),
} satisfies Record<string, (s: Side) => Promise<string>>;

export type Kind = keyof typeof RECORDS;

export function recordId(kind: Kind, s: Side): Promise<string> {
  return once(`${kind}:${s.slug}:${s.provider}:${s.family}`, () => RECORDS[kind](s));
}
