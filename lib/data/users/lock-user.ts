import type { Tx } from "../../db";

/**
 * Locks a person's row until the transaction ends, so decisions about their account (add them to
 * a council, make a password link, use one) are taken one at a time on what is committed.
 */
export async function lockUser(tx: Tx, userId: string) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
}
