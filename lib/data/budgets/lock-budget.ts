import type { Actor } from "../../auth/actor";
import type { Tx } from "../../db";
import { NotFoundError } from "../../errors";
import { budgetScope } from "../scopes";

/** Locks a personal budget in the actor's scope for the rest of the transaction and reads it again. */
export async function lockBudget(tx: Tx, actor: Actor, id: string) {
  await tx.$queryRaw`SELECT id FROM "PersonalBudget" WHERE id = ${id} AND "councilId" = ${actor.councilId} FOR UPDATE`;
  const b = await tx.personalBudget.findFirst({ where: { AND: [budgetScope(actor), { id }] } });
  if (!b) throw new NotFoundError("The personal budget");
  return b;
}
