import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { consentStanding, englandToday, mayTakePart } from "../../domain/involvement/consent";

/** What the scheduling form offers: the council's services, its young commissioners (and whether each may take part), its staff. */
export async function venueReviewOptions(actor: Actor, now = new Date()) {
  const today = englandToday(now);
  const [services, young, staff] = await Promise.all([
    prisma.service.findMany({
      where: { councilId: actor.councilId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, organisation: { select: { name: true } } },
    }),
    prisma.membership.findMany({
      where: { councilId: actor.councilId, role: "YOUNG_COMMISSIONER", disabledAt: null },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        user: { select: { name: true } },
        youngCommissionerProfile: { select: { dateOfBirth: true, consentGivenOn: true } },
      },
    }),
    prisma.membership.findMany({
      where: { councilId: actor.councilId, role: { in: ["COMMISSIONER", "ADMIN"] }, disabledAt: null },
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      select: { id: true, user: { select: { name: true } } },
    }),
  ]);
  return {
    services: services.map((s) => ({ id: s.id, label: `${s.name} (${s.organisation.name})` })),
    youngCommissioners: young.map((m) => {
      const standing = consentStanding(m.youngCommissionerProfile, today);
      return { id: m.id, name: m.user.name, standing, mayTakePart: mayTakePart(standing) };
    }),
    staff: staff.map((m) => ({ id: m.id, name: m.user.name })),
  };
}
