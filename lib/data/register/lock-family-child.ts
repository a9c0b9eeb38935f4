import type { Actor } from "../../auth/actor";
import type { Tx } from "../../db";
import type { RegisterStatus } from "../../generated/prisma/enums";
import { NotFoundError } from "../../errors";

/**
 * Locks one of the family's own children for the rest of the transaction and returns its status
 * as it is now, so an edit and a withdrawal (or erasure) happen one after the other: the second
 * sees what the first did. Another family's child, or an erased one, is not found.
 */
export async function lockFamilyChild(tx: Tx, actor: Actor, childId: string): Promise<RegisterStatus> {
  const rows = await tx.$queryRaw<{ status: RegisterStatus }[]>`
    SELECT status::text AS status FROM "Child"
    WHERE id = ${childId} AND "councilId" = ${actor.councilId} AND "familyId" = ${actor.familyId ?? "__no-family__"}
    FOR UPDATE`;
  const status = rows[0]?.status;
  if (!status || status === "ERASED") throw new NotFoundError("The child's record");
  return status;
}
