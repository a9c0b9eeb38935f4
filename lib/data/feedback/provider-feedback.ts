import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { pageOf } from "../paging";

/**
 * Feedback about the provider's own organisation. Words are included only where the person agreed
 * to be quoted (or the provider collected them); nothing about who gave it is ever selected.
 */
export async function listProviderFeedback(actor: Actor, page = 1, pageSize = 20) {
  if (!actor.organisationId) throw new NotFoundError();
  const where = { councilId: actor.councilId, organisationId: actor.organisationId };
  const [total, rows] = await Promise.all([
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
        createdAt: true,
        face: true,
        comment: true,
        liked: true,
        improve: true,
        consentToQuote: true,
        service: { select: { name: true } },
        contract: { select: { reference: true, title: true } },
        ratings: { select: { question: true, value: true } },
        replies: {
          orderBy: { createdAt: "asc" },
          select: { id: true, authorRole: true, body: true, createdAt: true },
        },
      },
    }),
  ]);
  const items = rows.map(({ comment, liked, improve, consentToQuote, ...rest }) => {
    const quotable = consentToQuote || rest.source === "PROVIDER_COLLECTED";
    return {
      ...rest,
      quotable,
      comment: quotable ? comment : null,
      liked: quotable ? liked : null,
      improve: quotable ? improve : null,
    };
  });
  return pageOf(items, total, page, pageSize);
}

/** The provider's own contracts in the council, for entering children's feedback against. */
export function listProviderContracts(actor: Actor) {
  if (!actor.organisationId) throw new NotFoundError();
  return prisma.contract.findMany({
    where: { councilId: actor.councilId, organisationId: actor.organisationId, terminatedAt: null },
    orderBy: { reference: "asc" },
    select: { id: true, reference: true, title: true },
  });
}
