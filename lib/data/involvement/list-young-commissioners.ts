import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { consentStanding, englandToday } from "../../domain/involvement/consent";
import { pageOf } from "../paging";
import { membershipScope } from "../scopes";

export const YOUNG_COMMISSIONERS_PAGE_SIZE = 25;

/** The council's young commissioners, by name, with whether each may take part today and their counts. */
export async function listYoungCommissioners(actor: Actor, query: { page: number }, now = new Date()) {
  const today = englandToday(now);
  const where: Prisma.MembershipWhereInput = {
    AND: [membershipScope(actor), { role: "YOUNG_COMMISSIONER", disabledAt: null }],
  };
  const [rows, total] = await Promise.all([
    prisma.membership.findMany({
      where,
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      skip: (query.page - 1) * YOUNG_COMMISSIONERS_PAGE_SIZE,
      take: YOUNG_COMMISSIONERS_PAGE_SIZE,
      select: {
        id: true,
        user: { select: { name: true } },
        youngCommissionerProfile: { select: { dateOfBirth: true, consentGivenOn: true } },
        _count: { select: { trainingRecords: true, panelSeats: true, venueReviews: true } },
      },
    }),
    prisma.membership.count({ where }),
  ]);
  return pageOf(
    rows.map((m) => ({
      id: m.id,
      name: m.user.name,
      standing: consentStanding(m.youngCommissionerProfile, today),
      modules: m._count.trainingRecords,
      panels: m._count.panelSeats,
      reviews: m._count.venueReviews,
    })),
    total,
    query.page,
    YOUNG_COMMISSIONERS_PAGE_SIZE,
  );
}
