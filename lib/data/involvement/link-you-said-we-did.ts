import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { recordAudit } from "../audit/record-audit";

/**
 * Sets which of the council's "You said, we did" actions came from an activity: the chosen ones
 * replace the others. An activity or an action of another council is "not found", and then
 * nothing changes.
 */
export async function setActivityYouSaidWeDid(
  actor: Actor,
  input: { activityId: string; youSaidWeDidIds: readonly string[] },
) {
  const ids = [...new Set(input.youSaidWeDidIds)];
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "InvolvementActivity" WHERE id = ${input.activityId} AND "councilId" = ${actor.councilId} FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError("The involvement activity");
    const found = await tx.youSaidWeDid.count({ where: { councilId: actor.councilId, id: { in: ids } } });
    if (found !== ids.length)
      throw new AppError(
        "NOT_FOUND",
        'One of those "You said, we did" actions could not be found. Reload the page and choose again.',
        { youSaidWeDidIds: 'Choose from your council\'s "You said, we did" actions' },
      );
    const before = await tx.involvementActivity.findUniqueOrThrow({
      where: { id: input.activityId },
      select: { title: true, youSaidWeDid: { select: { id: true } } },
    });
    await tx.involvementActivity.update({
      where: { id: input.activityId },
      data: { youSaidWeDid: { set: ids.map((id) => ({ id })) } },
    });
    const old = before.youSaidWeDid.map((y) => y.id);
    await recordAudit(tx, actor, {
      action: "involvement-activity:link-you-said-we-did",
      entityType: "InvolvementActivity",
      entityId: input.activityId,
      summary: `Linked ${ids.length} "You said, we did" ${ids.length === 1 ? "action" : "actions"} to the involvement activity "${before.title}"`,
      metadata: {
        added: ids.filter((id) => !old.includes(id)),
        removed: old.filter((id) => !ids.includes(id)),
      },
    });
  });
}

/** The actor's council's activities a "You said, we did" action came from (for its page). */
export async function activitiesOfYouSaidWeDid(actor: Actor, youSaidWeDidId: string) {
  return prisma.involvementActivity.findMany({
    where: {
      councilId: actor.councilId,
      youSaidWeDid: { some: { id: youSaidWeDidId, councilId: actor.councilId } },
    },
    orderBy: { heldOn: "desc" },
    select: { id: true, title: true, heldOn: true },
  });
}
