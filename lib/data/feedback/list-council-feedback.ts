import type { Actor } from "../../auth/actor";
import { prisma, type FeedbackSource, type FeedbackStatus, type Prisma } from "../../db";
import { pageOf } from "../paging";
import { councilFeedbackScope } from "../scopes";

export interface CouncilFeedbackFilters {
  serviceId?: string;
  contractId?: string;
  organisationId?: string;
  themeId?: string;
  /** A "supported to care at home" rating, 1–5. */
  rating?: number;
  source?: FeedbackSource;
  status?: FeedbackStatus;
  /** Inclusive calendar dates, YYYY-MM-DD (UTC). */
  from?: string;
  to?: string;
  untagged?: boolean;
}

/** The inbox filters, each narrowing, inside the council's scope (`AND: [scope, filters]`, never merged). */
export function councilFeedbackWhere(actor: Actor, f: CouncilFeedbackFilters): Prisma.FeedbackWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (f.from) createdAt.gte = new Date(`${f.from}T00:00:00Z`);
  if (f.to) createdAt.lt = new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000);
  const filters: Prisma.FeedbackWhereInput = {
    ...(f.serviceId ? { serviceId: f.serviceId } : {}),
    ...(f.contractId ? { contractId: f.contractId } : {}),
    ...(f.organisationId ? { organisationId: f.organisationId } : {}),
    ...(f.source ? { source: f.source } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.from || f.to ? { createdAt } : {}),
    ...(f.themeId ? { tags: { some: { themeId: f.themeId } } } : f.untagged ? { tags: { none: {} } } : {}),
    ...(f.rating ? { ratings: { some: { question: "supported-at-home", value: f.rating } } } : {}),
  };
  return { AND: [councilFeedbackScope(actor), filters] };
}

/** The council's feedback inbox, newest first. */
export async function listCouncilFeedback(
  actor: Actor,
  filters: CouncilFeedbackFilters,
  page: number,
  pageSize = 25,
) {
  const where = councilFeedbackWhere(actor, filters);
  const [total, items] = await Promise.all([
    prisma.feedback.count({ where }),
    prisma.feedback.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        receiptCode: true,
        source: true,
        status: true,
        createdAt: true,
        face: true,
        comment: true,
        liked: true,
        service: { select: { name: true } },
        contract: { select: { reference: true } },
        ratings: { where: { question: "supported-at-home" }, select: { value: true } },
        tags: { select: { theme: { select: { name: true } } } },
      },
    }),
  ]);
  return pageOf(items, total, page, pageSize);
}

/** Choices for the inbox filters: the council's services, contracts, providers and themes. */
export async function councilFeedbackFilterOptions(actor: Actor) {
  const councilId = actor.councilId;
  const [services, contracts, organisations, themes] = await Promise.all([
    prisma.service.findMany({
      where: { councilId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.contract.findMany({
      where: { councilId },
      orderBy: { reference: "asc" },
      select: { id: true, reference: true, title: true },
    }),
    prisma.organisation.findMany({
      where: { councils: { some: { councilId } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    listFeedbackThemes(actor),
  ]);
  return { services, contracts, organisations, themes };
}

export function listFeedbackThemes(actor: Actor) {
  return prisma.feedbackTheme.findMany({
    where: { councilId: actor.councilId },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true },
  });
}
