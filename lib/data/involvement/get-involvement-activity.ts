import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { countOptions } from "./involvement-activity-options";

/**
 * One activity of the actor's council with its counts (labelled by the council's lists, retired
 * ones included), its plan and the "You said, we did" actions that came from it.
 */
export async function getInvolvementActivity(actor: Actor, id: string) {
  const activity = await prisma.involvementActivity.findFirst({
    where: { id, councilId: actor.councilId },
    include: {
      plan: { select: { id: true, title: true } },
      counts: { select: { dimension: true, key: true, count: true } },
      youSaidWeDid: {
        where: { councilId: actor.councilId },
        orderBy: { createdAt: "desc" },
        select: { id: true, youSaid: true, status: true, publishedAt: true },
      },
    },
  });
  if (!activity) throw new NotFoundError("The involvement activity");
  const options = await countOptions(prisma, actor.councilId, activity.counts);
  const rows = options.map((o) => ({
    ...o,
    count: activity.counts.find((c) => c.dimension === o.dimension && c.key === o.key)?.count ?? 0,
  }));
  return { ...activity, rows };
}

/** The council's "You said, we did" actions an activity can be linked to, newest first. */
export async function youSaidWeDidChoices(actor: Actor) {
  return prisma.youSaidWeDid.findMany({
    where: { councilId: actor.councilId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, youSaid: true, status: true },
  });
}
