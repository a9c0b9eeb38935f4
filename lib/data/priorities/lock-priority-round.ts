import type { Tx } from "../../db";
import { NotFoundError } from "../../errors";

/**
 * Locks a priority round of the council until the transaction ends: `update` to close it, `share`
 * to rank in it (so a ranking and the close happen one after the other). Another council's or a
 * missing round: not found.
 */
export async function lockPriorityRound(
  tx: Tx,
  councilId: string,
  roundId: string,
  mode: "update" | "share",
) {
  const rows =
    mode === "update"
      ? await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "PriorityRound" WHERE id = ${roundId} AND "councilId" = ${councilId} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "PriorityRound" WHERE id = ${roundId} AND "councilId" = ${councilId} FOR SHARE`;
  if (rows.length !== 1) throw new NotFoundError("The priority round");
  return tx.priorityRound.findUniqueOrThrow({
    where: { id: roundId },
    include: { items: { orderBy: { position: "asc" }, select: { id: true, name: true, needTypeId: true } } },
  });
}
