import type { Tx } from "../../db";
import { NotFoundError } from "../../errors";

/**
 * Reads a specification of the actor's council with its current version, holding a row lock until
 * the transaction ends, so two changes at once happen one after the other. Others' → not found.
 */
export async function lockSpecification(tx: Tx, councilId: string, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Specification" WHERE id = ${id} AND "councilId" = ${councilId} FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError("The specification");
  const spec = await tx.specification.findUniqueOrThrow({ where: { id } });
  const version = await tx.specificationVersion.findUniqueOrThrow({
    where: { specificationId_version: { specificationId: id, version: spec.currentVersion } },
    include: { districts: { select: { id: true } }, outputs: { orderBy: { position: "asc" } } },
  });
  return { spec, version };
}
