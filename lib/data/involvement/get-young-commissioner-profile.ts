import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { ageOn, consentStanding, englandToday } from "../../domain/involvement/consent";
import { membershipScope } from "../scopes";

/**
 * A young commissioner's profile as staff see it: date of birth and consent, training completed
 * (and the council's modules not yet done), the panels they have sat on and the reviews they did.
 */
export async function getYoungCommissionerProfile(actor: Actor, membershipId: string, now = new Date()) {
  const today = englandToday(now);
  const m = await prisma.membership.findFirst({
    where: { AND: [membershipScope(actor), { id: membershipId, role: "YOUNG_COMMISSIONER" }] },
    select: {
      id: true,
      disabledAt: true,
      user: { select: { name: true } },
      youngCommissionerProfile: {
        select: { dateOfBirth: true, consentGivenBy: true, consentRelationship: true, consentGivenOn: true },
      },
      trainingRecords: {
        orderBy: [{ completedOn: "desc" }, { id: "asc" }],
        select: { id: true, moduleId: true, course: true, completedOn: true, deliveredBy: true },
      },
      panelSeats: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          role: true,
          panel: { select: { tender: { select: { id: true, reference: true, title: true, status: true } } } },
        },
      },
      venueReviews: {
        orderBy: [{ plannedFor: "desc" }, { id: "asc" }],
        select: { id: true, venueName: true, status: true, plannedFor: true, visitedOn: true },
      },
    },
  });
  if (!m) throw new NotFoundError("The young commissioner");
  const modules = await prisma.trainingModule.findMany({
    where: { councilId: actor.councilId },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
  const done = new Set(m.trainingRecords.map((t) => t.moduleId));
  const profile = m.youngCommissionerProfile;
  return {
    id: m.id,
    name: m.user.name,
    disabled: m.disabledAt !== null,
    profile,
    age: profile?.dateOfBirth ? ageOn(profile.dateOfBirth, today) : null,
    standing: consentStanding(profile, today),
    training: m.trainingRecords,
    modulesToDo: modules.filter((x) => !done.has(x.id)),
    panels: m.panelSeats.map((s) => ({ id: s.id, role: s.role, tender: s.panel.tender })),
    reviews: m.venueReviews,
  };
}
