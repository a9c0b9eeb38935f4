import type { Actor } from "../../auth/actor";
import { openSecret, sealSecret } from "../../auth/secret-box";
import { prisma, type Tx } from "../../db";
import { AppError } from "../../errors";
import {
  checkTotpCode,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  totpUri,
} from "../../domain/totp";
import { recordAudit } from "../audit/record-audit";

export type SecondFactorState =
  | { status: "off" }
  /** Set up started: the secret is shown (as a QR code and as text) until a first code confirms it. */
  | { status: "pending"; secret: string; uri: string }
  | { status: "on"; enabledAt: Date; recoveryCodesLeft: number };

/** The actor's own second factor, for /account. */
export async function getSecondFactorState(actor: Actor): Promise<SecondFactorState> {
  const row = await prisma.secondFactor.findUnique({
    where: { userId: actor.userId },
    select: {
      secret: true,
      enabledAt: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  if (!row) return { status: "off" };
  if (row.enabledAt)
    return { status: "on", enabledAt: row.enabledAt, recoveryCodesLeft: row._count.recoveryCodes };
  const secret = openSecret(row.secret, "totp");
  return {
    status: "pending",
    secret,
    uri: totpUri(secret, actor.email, `Short breaks: ${actor.councilName}`),
  };
}

/** Starts (or starts again) setting up an authenticator app: a new secret, not yet used at sign-in. */
export async function startSecondFactorSetup(actor: Actor) {
  const secret = sealSecret(newTotpSecret(), "totp");
  await prisma.$transaction(async (tx) => {
    const existing = await tx.secondFactor.findUnique({
      where: { userId: actor.userId },
      select: { enabledAt: true },
    });
    if (existing?.enabledAt)
      throw new AppError(
        "CONFLICT",
        "A second factor is already on. Turn it off first to set up another app.",
      );
    await tx.secondFactor.upsert({
      where: { userId: actor.userId },
      create: { userId: actor.userId, secret },
      update: { secret, lastUsedStep: null, createdAt: new Date() },
    });
  });
}

async function replaceRecoveryCodes(tx: Tx, userId: string) {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(normaliseRecoveryCode(code)!) })),
  });
  return codes;
}

/**
 * Confirms set-up with a first code from the app: from now on sign-in asks for a code. Returns the
 * recovery codes, shown once and stored only as hashes.
 */
export async function confirmSecondFactor(actor: Actor, code: string, now = new Date()): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ secret: string; enabledAt: Date | null }[]>`
      SELECT "secret", "enabledAt" FROM "SecondFactor" WHERE "userId" = ${actor.userId} FOR UPDATE`;
    if (!row) throw new AppError("CONFLICT", "Start setting up your authenticator app again.");
    if (row.enabledAt) throw new AppError("CONFLICT", "Your second factor is already on.");
    const check = checkTotpCode(openSecret(row.secret, "totp"), code, now, null);
    if (!check.ok)
      throw new AppError("INVALID", "The code is not right", {
        code: "The code is not right. Enter the 6-digit code your authenticator app shows now",
      });
    await tx.secondFactor.update({
      where: { userId: actor.userId },
      data: { enabledAt: now, lastUsedStep: check.step },
    });
    const codes = await replaceRecoveryCodes(tx, actor.userId);
    await recordAudit(tx, actor, {
      action: "user:second-factor-on",
      entityType: "User",
      entityId: actor.userId,
      summary: "Turned on a second factor (authenticator app)",
    });
    return codes;
  });
}

/** New recovery codes: the old ones stop working. */
export async function renewRecoveryCodes(actor: Actor): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.secondFactor.findUnique({
      where: { userId: actor.userId },
      select: { enabledAt: true },
    });
    if (!row?.enabledAt) throw new AppError("CONFLICT", "Turn on a second factor first.");
    const codes = await replaceRecoveryCodes(tx, actor.userId);
    await recordAudit(tx, actor, {
      action: "user:recovery-codes-renewed",
      entityType: "User",
      entityId: actor.userId,
      summary: "Made new recovery codes for the second factor",
    });
    return codes;
  });
}
