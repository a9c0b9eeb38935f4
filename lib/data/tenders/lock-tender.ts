import type { Tx } from "../../db";
import { NotFoundError } from "../../errors";

/**
 * Locks one council's tender row until the transaction ends, so the state read after it is the
 * state the write depends on. Every change of a tender's or its award's state takes `update`;
 * writes that only need the state to hold still (bids, scores, moderation) take `share`, which
 * lets them run side by side but never beside a change of state. Missing or another council's
 * tender: not found.
 */
export async function lockTender(
  tx: Tx,
  councilId: string,
  tenderId: string,
  mode: "update" | "share" = "update",
): Promise<void> {
  const rows =
    mode === "update"
      ? await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Tender" WHERE id = ${tenderId} AND "councilId" = ${councilId} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Tender" WHERE id = ${tenderId} AND "councilId" = ${councilId} FOR SHARE`;
  if (rows.length !== 1) throw new NotFoundError("The tender");
}
