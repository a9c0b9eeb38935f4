import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";

/**
 * One feedback item for council staff. The submitter's e-mail is included only when they asked to
 * be contacted; otherwise staff see the words, not the person.
 */
export async function getCouncilFeedback(actor: Actor, feedbackId: string) {
  const f = await prisma.feedback.findFirst({
    where: { id: feedbackId, councilId: actor.councilId },
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
      submittedByUserId: true,
      organisationId: true,
      service: { select: { id: true, name: true } },
      contract: { select: { id: true, reference: true, title: true } },
      ratings: { select: { question: true, value: true } },
      tags: { select: { themeId: true } },
      replies: {
        orderBy: { createdAt: "asc" },
        select: { id: true, authorRole: true, body: true, createdAt: true },
      },
      actions: {
        orderBy: { createdAt: "desc" },
        select: { id: true, youSaid: true, status: true, publishedAt: true },
      },
    },
  });
  if (!f) throw new NotFoundError("The feedback");
  const [provider, contact] = await Promise.all([
    f.organisationId
      ? prisma.organisation.findUnique({ where: { id: f.organisationId }, select: { name: true } })
      : null,
    f.contactRequested && f.submittedByUserId
      ? prisma.user.findUnique({ where: { id: f.submittedByUserId }, select: { email: true } })
      : null,
  ]);
  const { submittedByUserId: _omit, ...rest } = f;
  void _omit;
  return { ...rest, providerName: provider?.name ?? null, contactEmail: contact?.email ?? null };
}
