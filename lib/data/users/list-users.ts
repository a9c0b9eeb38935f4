import type { Actor } from "../../auth/actor";
import { prisma, type Prisma, type Role } from "../../db";
import { pageOf } from "../paging";
import { membershipScope } from "../scopes";
import { acrossCouncils } from "../../db-scope";

export interface UserFilters {
  q?: string;
  role?: Role;
  status?: "active" | "disabled";
}

export async function listUsers(actor: Actor, filters: UserFilters, page: number, pageSize = 25) {
  const filterWhere: Prisma.MembershipWhereInput = {
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.status === "active"
      ? { disabledAt: null }
      : filters.status === "disabled"
        ? { disabledAt: { not: null } }
        : {}),
    ...(filters.q
      ? {
          user: {
            OR: [
              { name: { contains: filters.q, mode: "insensitive" } },
              { email: { contains: filters.q, mode: "insensitive" } },
            ],
          },
        }
      : {}),
  };
  // The council's scope is its own clause, so no filter can replace it.
  const where: Prisma.MembershipWhereInput = { AND: [membershipScope(actor), filterWhere] };
  const [total, rows] = await Promise.all([
    prisma.membership.count({ where }),
    prisma.membership.findMany({
      where,
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        role: true,
        disabledAt: true,
        organisation: { select: { name: true } },
        user: { select: { id: true, name: true, email: true, lastSignInAt: true, passwordHash: true } },
      },
    }),
  ]);
  const items = rows.map((r) => ({
    id: r.user.id,
    name: r.user.name,
    email: r.user.email,
    role: r.role,
    organisation: r.organisation?.name ?? null,
    disabled: !!r.disabledAt,
    hasPassword: !!r.user.passwordHash,
    lastSignInAt: r.user.lastSignInAt,
  }));
  return pageOf(items, total, page, pageSize);
}

export async function getCouncilUser(actor: Actor, userId: string) {
  // Across councils on purpose, for the count of the person's other councils (decision 0045): the
  // membership itself is found by this council's id.
  const m = await acrossCouncils(prisma, (db) =>
    db.membership.findUnique({
      where: { userId_councilId: { userId, councilId: actor.councilId } },
      select: {
        role: true,
        disabledAt: true,
        createdAt: true,
        organisationId: true,
        organisation: { select: { name: true } },
        family: { select: { name: true } },
        user: {
          select: {
            id: true,
            name: true,
            email: true,
            lastSignInAt: true,
            passwordHash: true,
            secondFactor: { select: { enabledAt: true } },
            _count: { select: { memberships: { where: { councilId: { not: actor.councilId } } } } },
          },
        },
      },
    }),
  );
  // The platform administrator's membership is not the council's (decision 0034).
  if (!m || m.role === "PLATFORM_ADMIN") return null;
  return {
    id: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    organisationId: m.organisationId,
    organisation: m.organisation?.name ?? null,
    family: m.family?.name ?? null,
    disabled: !!m.disabledAt,
    hasPassword: !!m.user.passwordHash,
    /** They sign in with a code from an authenticator app too. */
    hasSecondFactor: !!m.user.secondFactor?.enabledAt,
    lastSignInAt: m.user.lastSignInAt,
    addedAt: m.createdAt,
    /** They also belong to another council: this council may not make them a password link. */
    inOtherCouncils: m.user._count.memberships > 0,
  };
}

/** Organisations that work with the actor's council, for choosing a provider user's organisation. */
export function listCouncilOrganisations(actor: Actor) {
  return prisma.organisation.findMany({
    where: { councils: { some: { councilId: actor.councilId } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
