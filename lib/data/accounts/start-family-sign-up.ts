import { randomBytes } from "node:crypto";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { queueEmail } from "../mail/queue-email";
import { requestOutboxSend } from "../mail/send-outbox";
import { accountExistsEmail, confirmAccountEmail } from "../../mail/templates/account-emails";
import { hashToken } from "../users/password-link";

export const SIGN_UP_LINK_HOURS = 24;
/** However the request goes, the answer takes at least this long, so timing tells nothing either. */
export const SIGN_UP_MIN_MS = 400;
/** One e-mail per address in this time: a stranger cannot flood someone's inbox. */
const GAP_MS = 2 * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A parent or carer asks to create an account with a council. A new address gets a single-use link
 * to confirm it (valid SIGN_UP_LINK_HOURS); an address that already has an account gets an e-mail
 * saying so, with the sign-in and reset links. The caller shows the same page either way and this
 * takes at least SIGN_UP_MIN_MS either way, so nothing tells a stranger whether an account exists.
 */
export async function startFamilySignUp(councilSlug: string, email: string, now = new Date()): Promise<void> {
  const started = performance.now();
  const council = await prisma.council.findUnique({
    where: { slug: councilSlug },
    select: { id: true, name: true },
  });
  if (!council) throw new NotFoundError("The council");
  const since = new Date(now.getTime() - GAP_MS);

  const queued = await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { name: true } });
    if (user) {
      const recent = await tx.outboxMessage.count({
        where: { to: email, template: "account-exists", createdAt: { gt: since } },
      });
      if (recent > 0) return false;
      await queueEmail(tx, {
        to: email,
        councilId: council.id,
        template: "account-exists",
        email: accountExistsEmail({ name: user.name, councilName: council.name }),
      });
      return true;
    }
    const recent = await tx.accountRequest.count({ where: { email, createdAt: { gt: since } } });
    if (recent > 0) return false;
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + SIGN_UP_LINK_HOURS * 3_600_000);
    await tx.accountRequest.create({
      data: { councilId: council.id, email, tokenHash: hashToken(token), expiresAt, createdAt: now },
    });
    await queueEmail(tx, {
      to: email,
      councilId: council.id,
      template: "confirm-account",
      email: confirmAccountEmail({
        councilName: council.name,
        linkPath: `/create-account/${token}`,
        expiresAt,
      }),
    });
    return true;
  });
  if (queued) await requestOutboxSend();
  const left = SIGN_UP_MIN_MS - (performance.now() - started);
  if (left > 0) await sleep(left);
}
