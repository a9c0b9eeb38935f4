import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { pageOf } from "../paging";

/** The council's "You said, we did" actions, published or not, for commissioners. */
export async function listCouncilYouSaidWeDid(actor: Actor, page = 1, pageSize = 25) {
  const where = { councilId: actor.councilId };
  const [total, items] = await Promise.all([
    prisma.youSaidWeDid.count({ where }),
    prisma.youSaidWeDid.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        youSaid: true,
        status: true,
        publishedAt: true,
        updatedAt: true,
        themes: { select: { name: true } },
        _count: { select: { feedback: true } },
      },
    }),
  ]);
  return pageOf(items, total, page, pageSize);
}

export async function getCouncilYouSaidWeDid(actor: Actor, id: string) {
  const action = await prisma.youSaidWeDid.findFirst({
    where: { id, councilId: actor.councilId },
    select: {
      id: true,
      youSaid: true,
      weDid: true,
      status: true,
      startedOn: true,
      completedOn: true,
      publishedAt: true,
      themes: { select: { id: true } },
      feedback: { select: { id: true } },
    },
  });
  if (!action) throw new NotFoundError("The action");
  return action;
}

/** Themed feedback a commissioner can link to an action (newest first), plus any already linked. */
export function listLinkableFeedback(actor: Actor, alsoIds: string[] = [], take = 150) {
  return prisma.feedback.findMany({
    where: { councilId: actor.councilId, OR: [{ tags: { some: {} } }, { id: { in: alsoIds } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      receiptCode: true,
      source: true,
      createdAt: true,
      comment: true,
      liked: true,
      improve: true,
      tags: { select: { theme: { select: { name: true } } } },
    },
  });
}
