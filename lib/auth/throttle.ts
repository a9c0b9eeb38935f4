import { createHash } from "node:crypto";
import type { Tx } from "../db";

/** Failed sign-ins allowed in the window, per account and per address, before sign-in is refused. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;

/** Only hashes are stored: the attempts table holds no e-mail addresses or IP addresses. */
export function throttleKey(kind: "account" | "address", value: string): string {
  return createHash("sha256").update(`${kind}:${value.trim().toLowerCase()}`).digest("hex");
}

export async function isThrottled(db: Tx, accountKey: string, addressKey: string, now = new Date()) {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [account, address] = await Promise.all([
    db.signInAttempt.count({ where: { accountKey, succeeded: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { addressKey, succeeded: false, createdAt: { gte: since } } }),
  ]);
  return account >= THROTTLE.perAccount || address >= THROTTLE.perAddress;
}

export async function recordAttempt(db: Tx, accountKey: string, addressKey: string, succeeded: boolean) {
  await db.signInAttempt.create({ data: { accountKey, addressKey, succeeded } });
  // A successful sign-in clears the account's failures; the address keeps its count.
  if (succeeded) await db.signInAttempt.deleteMany({ where: { accountKey, succeeded: false } });
}
