import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { pageOf } from "../paging";

/** The family's own feedback, newest first. */
export async function listFamilyFeedback(actor: Actor, page = 1, pageSize = 20) {
  if (!actor.familyId) throw new NotFoundError();
  const where = { councilId: actor.councilId, familyId: actor.familyId };
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
        service: { select: { name: true } },
        contract: { select: { title: true } },
        organisationId: true,
        _count: { select: { actions: { where: { publishedAt: { not: null } } } } },
      },
    }),
  ]);
  // Feedback about a provider (no service or contract) is shown with the provider's name: one query.
  const orgIds = [...new Set(items.flatMap((f) => (f.organisationId ? [f.organisationId] : [])))];
  const orgs = orgIds.length
    ? await prisma.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return pageOf(
    items.map(({ organisationId, ...f }) => ({
      ...f,
      about:
        f.service?.name ??
        f.contract?.title ??
        (organisationId ? names.get(organisationId) : undefined) ??
        null,
    })),
    total,
    page,
    pageSize,
  );
}

/** One of the family's own feedback items, with what happened to it (published actions only). */
export async function getFamilyFeedback(actor: Actor, feedbackId: string) {
  if (!actor.familyId) throw new NotFoundError();
  const feedback = await prisma.feedback.findFirst({
    where: { id: feedbackId, councilId: actor.councilId, familyId: actor.familyId },
    select: {
      id: true,
      receiptCode: true,
      source: true,
      status: true,
      createdAt: true,
      comment: true,
      face: true,
      liked: true,
      improve: true,
      helpedByAdult: true,
      consentToQuote: true,
      contactRequested: true,
      organisationId: true,
      service: { select: { name: true } },
      contract: { select: { title: true } },
      ratings: { select: { question: true, value: true } },
      replies: {
        orderBy: { createdAt: "asc" },
        select: { id: true, authorRole: true, body: true, createdAt: true },
      },
      actions: {
        where: { publishedAt: { not: null } },
        orderBy: { publishedAt: "desc" },
        select: {
          id: true,
          youSaid: true,
          weDid: true,
          status: true,
          startedOn: true,
          completedOn: true,
          updatedAt: true,
          themes: { select: { name: true } },
        },
      },
    },
  });
  if (!feedback) throw new NotFoundError("The feedback");
  const provider = feedback.organisationId
    ? await prisma.organisation.findUnique({ where: { id: feedback.organisationId }, select: { name: true } })
    : null;
  return { ...feedback, providerName: provider?.name ?? null };
}
