import { createHash } from "node:crypto";
import { prisma, type Tx } from "../db";

/**
 * Failed sign-ins allowed in the window before sign-in is refused (docs/decisions/0016):
 * - per account and address together: stops guessing at one account without letting an attacker
 *   lock its owner out, who signs in from another address;
 * - per address: stops one address trying many accounts;
 * - per account from anywhere: a much higher ceiling against guessing spread over many addresses.
 * When the address cannot be known (`next dev`, see client-address.ts), the per-address limit is not
 * applied (it would be one bucket shared by everyone) and the account-and-address limit becomes
 * a per-account limit.
 */
export const THROTTLE = {
  windowMinutes: 15,
  perAccountAndAddress: 5,
  perAddress: 20,
  perAccount: 100,
  /** Attempts are kept this long, then pruned by the scheduled jobs. */
  keepHours: 24,
} as const;

/** Only hashes are stored: the attempts table holds no e-mail addresses or IP addresses. */
export function throttleKey(kind: "account" | "address", value: string): string {
  return createHash("sha256").update(`${kind}:${value.trim().toLowerCase()}`).digest("hex");
}

export interface ThrottleKeys {
  accountKey: string;
  addressKey: string;
  addressKnown: boolean;
}

export function throttleKeys(email: string, address: string | null): ThrottleKeys {
  return {
    accountKey: throttleKey("account", email),
    addressKey: throttleKey("address", address ?? "unknown"),
    addressKnown: address !== null,
  };
}

/** Serialises attempts on the same key; held until the transaction ends. */
async function lockKey(tx: Tx, key: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/**
 * Counts recent failures and, if the attempt may go on, records it as a failure, in one step:
 * concurrent attempts on the same account or address queue on an advisory lock, so each sees the
 * ones before it and no more than the limit reach the password check. Returns the attempt's id
 * (mark it succeeded if the password is right) or null when throttled.
 */
export async function beginAttempt(keys: ThrottleKeys, now = new Date()): Promise<string | null> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const failed = { succeeded: false, createdAt: { gte: since } };
  return prisma.$transaction(
    async (tx) => {
      // Always the account first, then the address: one order for everyone, so no deadlock.
      await lockKey(tx, `account:${keys.accountKey}`);
      if (keys.addressKnown) await lockKey(tx, `address:${keys.addressKey}`);
      const pair = await tx.signInAttempt.count({
        where: { accountKey: keys.accountKey, addressKey: keys.addressKey, ...failed },
      });
      if (pair >= THROTTLE.perAccountAndAddress) return null;
      const account = await tx.signInAttempt.count({ where: { accountKey: keys.accountKey, ...failed } });
      if (account >= THROTTLE.perAccount) return null;
      if (keys.addressKnown) {
        const address = await tx.signInAttempt.count({ where: { addressKey: keys.addressKey, ...failed } });
        if (address >= THROTTLE.perAddress) return null;
      }
      const attempt = await tx.signInAttempt.create({
        data: { accountKey: keys.accountKey, addressKey: keys.addressKey, succeeded: false, createdAt: now },
        select: { id: true },
      });
      return attempt.id;
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/** The password was right: the attempt counts as a success and this address's failures on the account are forgiven. */
export async function markAttemptSucceeded(db: Tx, attemptId: string, keys: ThrottleKeys) {
  await db.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
  await db.signInAttempt.deleteMany({
    where: { accountKey: keys.accountKey, addressKey: keys.addressKey, succeeded: false },
  });
}

/** A step that is neither a success nor a failure (a right password, the code still to come): as if it never was. */
export async function forgetAttempt(db: Tx, attemptId: string) {
  await db.signInAttempt.delete({ where: { id: attemptId } });
}
