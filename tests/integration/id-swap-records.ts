/**
 * The records of the id-swap suite (tests/integration/id-swaps.test.ts): one of every kind that has
 * an id in a page path or an action's form, found in the demo seed, which gives both councils
 * (Northshire and Eastbrook) the same cast: a commissioner, social worker, admin, young commissioner,
 * two providers of different organisations and two families.
 */
import { prisma } from "@/lib/db";
import { fileStorage, newStorageKey } from "@/lib/files/storage";
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
  return once(
    `council:${slug}`,
    async () => (await prisma.council.findUniqueOrThrow({ where: { slug } })).id,
  );
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
          councils: {
            none: { councilId: await councilId(s.slug === "northshire" ? "eastbrook" : "northshire") },
          },
        },
        orderBy: { name: "asc" },
      }),
    ),
  child: async (s: Side) =>
    id(
      "child",
      s,
      await prisma.child.findFirst({
        where: { familyId: await familyOf(s) },
        orderBy: { dateOfBirth: "asc" },
      }),
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
        where: {
          councilId: await councilId(s.slug),
          personalBudget: { child: { familyId: await familyOf(s) } },
        },
        // One order, so the evidence given a receipt (storeDemoFiles) is the one found later.
        orderBy: { id: "asc" },
      }),
    ),
  listing: async (s: Side) =>
    id(
      "listing",
      s,
      await prisma.service.findFirst({
        where: {
          councilId: await councilId(s.slug),
          organisationId: await organisationOf(s),
          status: "PUBLISHED",
        },
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
      await prisma.tender.findFirst({
        where: { councilId: await councilId(s.slug) },
        orderBy: { status: "desc" },
      }),
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
  returnPeriod: async (s: Side): Promise<string> =>
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
      await prisma.feedback.findFirst({
        where: { familyId: await familyOf(s) },
        orderBy: { createdAt: "asc" },
      }),
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
  // Parts of the records above, found by council (any one will do: the swap is across councils).
  notification: (s: Side) => first("notification", s),
  staffMembership: async (s: Side) => (await actorFor(s.slug, "commissioner")).membershipId,
  budgetPayment: (s: Side) => first("budgetPayment", s),
  planItem: (s: Side) => first("supportPlanItem", s),
  // Parts of a provider's contract or review, so a provider swap reaches the other provider's.
  kpi: async (s: Side): Promise<string> =>
    id("KPI", s, await prisma.kpi.findFirst({ where: { contractId: await RECORDS.contract(s) } })),
  meeting: async (s: Side): Promise<string> =>
    id(
      "meeting",
      s,
      await prisma.contractMeeting.findFirst({ where: { contractId: await RECORDS.contract(s) } }),
    ),
  meetingAction: async (s: Side): Promise<string> =>
    id(
      "meeting action",
      s,
      await prisma.meetingAction.findFirst({
        where: {
          contractId: {
            in: (
              await prisma.contract.findMany({
                where: { councilId: await councilId(s.slug), organisationId: await organisationOf(s) },
                select: { id: true },
              })
            ).map((c) => c.id),
          },
        },
      }),
    ),
  providerFeedback: async (s: Side): Promise<string> =>
    id(
      "feedback about a provider",
      s,
      await prisma.feedback.findFirst({
        where: { councilId: await councilId(s.slug), organisationId: await organisationOf(s) },
      }),
    ),
  forumAttendance: (s: Side) => first("forumAttendance", s),
  feedbackTheme: (s: Side) => first("feedbackTheme", s),
  bid: (s: Side) => first("bid", s),
  panelMember: (s: Side) => first("panelMember", s),
  recommendation: async (s: Side): Promise<string> =>
    id(
      "recommendation",
      s,
      await prisma.venueRecommendation.findFirst({ where: { reviewId: await RECORDS.venueReview(s) } }),
    ),
  trainingModule: (s: Side) => first("trainingModule", s),
  photo: async (s: Side): Promise<string> =>
    id(
      "photo",
      s,
      await prisma.venueReviewPhoto.findFirst({ where: { review: { id: await RECORDS.venueReview(s) } } }),
    ),
  receiptFile: async (s: Side): Promise<string> =>
    need(
      "receipt",
      s,
      (await prisma.spendEvidence.findUnique({ where: { id: await RECORDS.evidence(s) } }))?.receiptFileId,
    ),
  photoFile: async (s: Side): Promise<string> =>
    (await prisma.venueReviewPhoto.findUniqueOrThrow({ where: { id: await RECORDS.photo(s) } })).fileId,
  question: (s: Side) => first("clarificationQuestion", s),
  criterion: (s: Side) => first("tenderCriterion", s),
  involvementAction: (s: Side) => first("involvementPlanAction", s),
  involvementActivity: (s: Side) => first("involvementActivity", s),
  involvementGroup: (s: Side) => first("involvementGroup", s),
} satisfies Record<string, (s: Side) => Promise<string>>;

/** The models the generic finder reads: each has a councilId. */
type CouncilModel =
  | "notification"
  | "budgetPayment"
  | "supportPlanItem"
  | "forumAttendance"
  | "feedbackTheme"
  | "bid"
  | "panelMember"
  | "trainingModule"
  | "clarificationQuestion"
  | "tenderCriterion"
  | "involvementPlanAction"
  | "involvementActivity"
  | "involvementGroup";

async function first(model: CouncilModel, s: Side): Promise<string> {
  // Each delegate's findFirst takes its own where type; all of these models have councilId.
  const delegate = prisma[model] as unknown as {
    findFirst(args: { where: { councilId: string }; select: { id: true } }): Promise<{ id: string } | null>;
  };
  return id(
    model,
    s,
    await delegate.findFirst({ where: { councilId: await councilId(s.slug) }, select: { id: true } }),
  );
}

export type Kind = keyof typeof RECORDS;

export function recordId(kind: Kind, s: Side): Promise<string> {
  return once(`${kind}:${s.slug}:${s.provider}:${s.family}`, () => RECORDS[kind](s));
}

/**
 * What the demo seed lacks for a provider swap: the second provider's contract has no meeting
 * actions for the provider to mark, so each council gets one.
 */
export async function addMeetingActions(): Promise<void> {
  for (const slug of ["northshire", "eastbrook"] as Slug[]) {
    const side: Side = { slug, provider: "provider2", family: "family" };
    const contractId = await RECORDS.contract(side);
    const council = await councilId(slug);
    await prisma.contractMeeting.create({
      data: {
        councilId: council,
        contractId,
        heldAt: new Date(),
        attendees: "Both sides",
        notes: "Quarterly review",
        createdById: (await actorFor(slug, "commissioner")).userId,
        actions: {
          create: {
            councilId: council,
            contractId,
            description: "Send the new rota",
            ownerName: "Martin",
            ownerSide: "PROVIDER",
            dueDate: new Date(Date.UTC(2027, 0, 15)),
          },
        },
      },
    });
  }
}

/**
 * The demo seed stores no files: a receipt on each family's first evidence of spend and a photo on
 * each provider's first venue review, in both councils, with their bytes in the file storage.
 */
export async function storeDemoFiles(): Promise<void> {
  const storage = await fileStorage();
  const bytes = new Uint8Array(Buffer.from("%PDF-1.4 id swap receipt"));
  for (const slug of ["northshire", "eastbrook"] as Slug[]) {
    const council = await councilId(slug);
    const commissioner = await actorFor(slug, "commissioner");
    const store = async (purpose: "RECEIPT" | "PHOTO") => {
      const storageKey = newStorageKey(council);
      await storage.put(storageKey, bytes, "application/pdf");
      return prisma.storedFile.create({
        data: {
          councilId: council,
          purpose,
          storageKey,
          contentType: purpose === "PHOTO" ? "image/png" : "application/pdf",
          sizeBytes: bytes.byteLength,
          sha256: "0".repeat(64),
          originalName: purpose === "PHOTO" ? "photo.png" : "receipt.pdf",
          uploadedById: commissioner.userId,
        },
      });
    };
    for (const family of ["family", "family2"] as const) {
      const side: Side = { slug, provider: "provider", family };
      const evidence = await prisma.spendEvidence.findUnique({ where: { id: await RECORDS.evidence(side) } });
      if (evidence && !evidence.receiptFileId)
        await prisma.spendEvidence.update({
          where: { id: evidence.id },
          data: { receiptFileId: (await store("RECEIPT")).id },
        });
    }
    for (const provider of ["provider", "provider2"] as const) {
      const side: Side = { slug, provider, family: "family" };
      // Not every provider has a review: those without are not the swaps' photo owners.
      const reviewId = await RECORDS.venueReview(side).catch(() => null);
      if (!reviewId) continue;
      await prisma.venueReviewPhoto.create({
        data: {
          councilId: council,
          reviewId,
          fileId: (await store("PHOTO")).id,
          caption: "The front door",
          createdById: commissioner.userId,
        },
      });
    }
  }
}
