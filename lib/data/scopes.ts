import type { Actor } from "../auth/actor";
import type { Prisma } from "../db";

/**
 * The third wall, in one place: which rows of each kind an actor may see. Data functions put the
 * scope beside their filters as its own clause — `where: { AND: [scope, ...filters] }` — never
 * spread or merged, so no filter, default or crafted parameter can widen it. A record outside the
 * scope is "not found". Predicates for concepts (current, ending, overdue, open…) live beside the
 * data they describe (for example lib/data/contracts/contract-predicates.ts) and never carry scope.
 */

const NONE = "__none__";

/** Contracts: the council's; a provider's own organisation's only. */
export function contractScope(actor: Actor): Prisma.ContractWhereInput {
  return actor.role === "PROVIDER"
    ? { councilId: actor.councilId, organisationId: actor.organisationId ?? NONE }
    : { councilId: actor.councilId };
}

/** Return periods (and through them outcome returns): those of the contracts in scope. */
export function returnPeriodScope(actor: Actor): Prisma.ReturnPeriodWhereInput {
  return { councilId: actor.councilId, contract: contractScope(actor) };
}

/** Meeting actions: those of the meetings of contracts in scope. */
export function meetingActionScope(actor: Actor): Prisma.MeetingActionWhereInput {
  return { councilId: actor.councilId, meeting: { contract: contractScope(actor) } };
}

/** Tenders as the council sees them. Providers and the public see only published ones (publicly-visible.ts). */
export function councilTenderScope(actor: Actor): Prisma.TenderWhereInput {
  return { councilId: actor.councilId };
}

export function specificationScope(actor: Actor): Prisma.SpecificationWhereInput {
  return { councilId: actor.councilId };
}

/** The register as council staff see it (each view of a record is audited: view-child-record.ts). */
export function councilChildScope(actor: Actor): Prisma.ChildWhereInput {
  return { councilId: actor.councilId };
}

/** A family's own children, never erased ones; nobody else's, whatever the actor's role. */
export function familyChildScope(actor: Actor): Prisma.ChildWhereInput {
  return { councilId: actor.councilId, familyId: actor.familyId ?? NONE, status: { not: "ERASED" } };
}

/** Feedback as the council's inbox sees it. */
export function councilFeedbackScope(actor: Actor): Prisma.FeedbackWhereInput {
  return { councilId: actor.councilId };
}

/** Announcements and forums as the council sees them (providers: provider-announcements.ts). */
export function councilAnnouncementScope(actor: Actor): Prisma.AnnouncementWhereInput {
  return { councilId: actor.councilId };
}

export function auditEventScope(actor: Actor): Prisma.AuditEventWhereInput {
  return { councilId: actor.councilId };
}

/** People: the memberships of the actor's council. */
export function membershipScope(actor: Actor): Prisma.MembershipWhereInput {
  // The platform administrator's membership is not the council's to see or change (decision 0034).
  return { councilId: actor.councilId, role: { not: "PLATFORM_ADMIN" } };
}

/** Notifications: the actor's own, for the membership they act for. */
export function notificationScope(actor: Actor): Prisma.NotificationWhereInput {
  return { membershipId: actor.membershipId };
}

/** Directory listings a provider may see and change: its own organisation's, in the actor's council. */
export function ownListingScope(actor: Actor): Prisma.ServiceWhereInput {
  return { councilId: actor.councilId, organisationId: actor.organisationId ?? NONE };
}

/** Proposed listing changes as the council's review queue sees them. */
export function councilListingRevisionScope(actor: Actor): Prisma.ServiceRevisionWhereInput {
  return { councilId: actor.councilId };
}

/**
 * Personal budgets: social workers see the council's; a family sees its own children's only; no
 * other role sees any (providers and young commissioners never, even with a permission added).
 */
export function budgetScope(actor: Actor): Prisma.PersonalBudgetWhereInput {
  if (actor.role === "SOCIAL_WORKER") return { councilId: actor.councilId };
  if (actor.role === "FAMILY") return { councilId: actor.councilId, child: familyChildScope(actor) };
  return { councilId: actor.councilId, id: NONE };
}

/**
 * Venue reviews: the council's, for commissioners; a young commissioner's own team's; for provider
 * staff, the reviews of services their organisation runs once the team has submitted them. Other
 * roles see none.
 */
export function venueReviewScope(actor: Actor): Prisma.VenueReviewWhereInput {
  switch (actor.role) {
    case "COMMISSIONER":
      return { councilId: actor.councilId };
    case "YOUNG_COMMISSIONER":
      return { councilId: actor.councilId, reviewers: { some: { id: actor.membershipId } } };
    case "PROVIDER":
      return {
        councilId: actor.councilId,
        organisationId: actor.organisationId ?? NONE,
        status: { not: "PLANNED" },
      };
    default:
      return { councilId: actor.councilId, id: NONE };
  }
}

/** Priority rounds (young commissioners' priorities): the council's, for commissioners and young commissioners alike. */
export function priorityRoundScope(actor: Actor): Prisma.PriorityRoundWhereInput {
  return { councilId: actor.councilId };
}
