import type { Tx } from "../../db";
import { NotFoundError } from "../../errors";

/**
 * Locks a young commissioner's membership row of the council until the transaction ends, so
 * their profile and training change one at a time. Another council's, another role's or a
 * missing membership: not found.
 */
export async function lockYoungCommissioner(tx: Tx, councilId: string, membershipId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership"
    WHERE id = ${membershipId} AND "councilId" = ${councilId} AND role = 'YOUNG_COMMISSIONER'
    FOR UPDATE`;
  if (rows.length !== 1) throw new NotFoundError("The young commissioner");
  const person = await tx.membership.findFirstOrThrow({
    where: { id: membershipId, councilId },
    select: { id: true, user: { select: { name: true } } },
  });
  return { id: person.id, name: person.user.name };
}
