import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { startOfUtcDay } from "../../domain/dates";
import { unknownValue } from "../../domain/exhaustive";
import { pageOf } from "../paging";
import { RETURNS_VIEWS, type ReturnsView } from "../../schemas/contract-search";
import { returnPeriodScope } from "../scopes";

export type { ReturnsView };
export const RETURNS_PAGE_SIZE = 25;

/**
 * The where-clause of each view, inside the council's scope (`AND: [scope, view]`, so no view can
 * drop it); the commissioner's dashboard counts with the same rules. An unknown view throws.
 */
export function returnsViewWhere(
  actor: Actor,
  view: ReturnsView,
  now = new Date(),
): Prisma.ReturnPeriodWhereInput {
  return { AND: [returnPeriodScope(actor), viewFilter(view, now)] };
}

function viewFilter(view: ReturnsView, now: Date): Prisma.ReturnPeriodWhereInput {
  switch (view) {
    case "review":
      return { outcomeReturn: { status: "SUBMITTED" } };
    case "queried":
      return { outcomeReturn: { status: "QUERIED" } };
    case "overdue":
      return {
        dueDate: { lt: startOfUtcDay(now) },
        OR: [{ outcomeReturn: null }, { outcomeReturn: { status: "DRAFT" } }],
      };
    default:
      return unknownValue(view, "view");
  }
}

/** A page of the council's return periods in one view: to review, overdue or queried; oldest due first. */
export async function listReturns(actor: Actor, view: ReturnsView, page: number, now = new Date()) {
  const where = returnsViewWhere(actor, view, now);
  const [items, total, counts] = await Promise.all([
    prisma.returnPeriod.findMany({
      where,
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      skip: (page - 1) * RETURNS_PAGE_SIZE,
      take: RETURNS_PAGE_SIZE,
      select: {
        id: true,
        label: true,
        dueDate: true,
        outcomeReturn: { select: { status: true, submittedAt: true } },
        contract: {
          select: { id: true, reference: true, title: true, organisation: { select: { name: true } } },
        },
      },
    }),
    prisma.returnPeriod.count({ where }),
    Promise.all(
      RETURNS_VIEWS.map((v) => prisma.returnPeriod.count({ where: returnsViewWhere(actor, v, now) })),
    ),
  ]);
  return {
    ...pageOf(items, total, page, RETURNS_PAGE_SIZE),
    counts: { review: counts[0], overdue: counts[1], queried: counts[2] },
  };
}
