import { prisma } from "../../db";
import { AppError } from "../../errors";
import { hashPassword } from "../../auth/password";
import { recordAccountAudit } from "../audit/record-audit";
import { hashToken } from "../users/password-link";

export const SIGN_UP_LINK_INVALID =
  "This link has expired or has already been used. Start again from your council’s ‘Join the register’ page.";
const ALREADY_HAS_ACCOUNT =
  "This e-mail address already has an account. Sign in, or use ‘Forgot your password?’ on the sign-in page.";

/** Looks up a confirmation link without using it, for the page that finishes the account. */
export async function findAccountRequest(token: string, now = new Date()) {
  const row = await prisma.accountRequest.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, usedAt: true, expiresAt: true, councilId: true },
  });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  const council = await prisma.council.findUniqueOrThrow({
    where: { id: row.councilId },
    select: { name: true },
  });
  return { email: row.email, councilName: council.name };
}

/**
 * Finishes a family's own account from the confirmation link: uses the link up, and makes the user
 * (with their password), a family and a parent-or-carer membership of the council. Returns the
 * address, so the page can send them on to sign in and register their child.
 */
export async function completeFamilySignUp(
  token: string,
  input: { name: string; password: string },
  now = new Date(),
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.accountRequest.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) throw new AppError("INVALID", SIGN_UP_LINK_INVALID);
    const request = await tx.accountRequest.findUniqueOrThrow({
      where: { tokenHash: hashToken(token) },
      select: { email: true, councilId: true },
    });
    // Only the holder of the address reaches this, so saying the account exists reveals nothing.
    if (await tx.user.findUnique({ where: { email: request.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", ALREADY_HAS_ACCOUNT);
    }
    const user = await tx.user.create({ data: { email: request.email, name: input.name, passwordHash } });
    const family = await tx.family.create({
      data: { councilId: request.councilId, name: `${input.name}'s family` },
    });
    await tx.membership.create({
      data: { userId: user.id, councilId: request.councilId, role: "FAMILY", familyId: family.id },
    });
    await recordAccountAudit(tx, null, user.id, {
      action: "user:sign-up",
      entityType: "User",
      entityId: user.id,
      summary: "Created their own account as a parent or carer",
      actorUserId: user.id,
    });
    return { email: request.email };
  });
}
