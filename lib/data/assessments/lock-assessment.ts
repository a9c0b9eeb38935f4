import type { Actor } from "../../auth/actor";
import type { Tx } from "../../db";
import { NotFoundError } from "../../errors";

/** Locks an assessment of the actor's council for the rest of the transaction and reads it again. */
export async function lockAssessment(tx: Tx, actor: Actor, id: string) {
  await tx.$queryRaw`SELECT id FROM "Assessment" WHERE id = ${id} AND "councilId" = ${actor.councilId} FOR UPDATE`;
  const a = await tx.assessment.findFirst({
    where: { AND: [{ councilId: actor.councilId }, { id }] },
    include: { rasConfiguration: { select: { version: true, definition: true } } },
  });
  if (!a) throw new NotFoundError("The assessment");
  return a;
}
