import type { Actor } from "../auth/actor";
import type { Tx } from "../db";

export type Claim = { first: true } | { first: false; resultId: string | null };

/**
 * Makes a form submit happen once. Call inside the transaction that does the work, with the
 * form's hidden `submissionKey`: a repeat (double click, resubmit after a timeout) finds the key
 * taken and gets the first result's id instead of creating anything again. Concurrent repeats
 * wait on the primary key until the first transaction commits or rolls back.
 */
export async function claimSubmission(tx: Tx, key: string, actor: Actor, action: string): Promise<Claim> {
  const { count } = await tx.formSubmission.createMany({
    data: [{ key, councilId: actor.councilId, userId: actor.userId, action }],
    skipDuplicates: true,
  });
  if (count === 1) return { first: true };
  const existing = await tx.formSubmission.findUnique({ where: { key } });
  return { first: false, resultId: existing?.userId === actor.userId ? existing.resultId : null };
}

export async function completeSubmission(tx: Tx, key: string, resultId: string) {
  await tx.formSubmission.update({ where: { key }, data: { resultId } });
}
