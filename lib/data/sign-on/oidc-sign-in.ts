import { prisma } from "../../db";
import { startSession } from "../../auth/user-session";
import { STAFF_ROLES } from "../../auth/load-actor";
import { recordAccountAudit } from "../audit/record-audit";

/** Why an OpenID sign-in was refused: the sign-in page shows the matching message. */
export type OidcRefusal = "OidcNotSetUp" | "OidcDomain" | "OidcUnknown";

export const OIDC_REFUSAL_MESSAGE: Record<OidcRefusal, string> = {
  OidcNotSetUp:
    "Signing in with your council account is not set up for this council. Use your e-mail and password.",
  OidcDomain:
    "That account's e-mail address is not one this council accepts. Sign in through your own council, or with your e-mail and password.",
  OidcUnknown:
    "There is no portal account for that person at this council. Ask an administrator at your council to invite you, then sign in again.",
};

export type OidcSignInResult =
  { ok: true; userId: string; sessionId: string; linked: boolean } | { ok: false; refusal: OidcRefusal };

/** The e-mail address's domain, lower case, or null when it has none. */
function domainOf(email: string): string | null {
  const at = email.lastIndexOf("@");
  return at > 0
    ? email
        .slice(at + 1)
        .trim()
        .toLowerCase()
    : null;
}

/**
 * A staff member signed in at their council's OpenID provider (Entra ID). Their identity there (issuer
 * and `sub`) is linked to an account the council's administrators made, at the first sign-in, by
 * e-mail address: it must be an active commissioner, social worker or administrator of this council,
 * with an address in one of the council's allowed domains. Later sign-ins match by `sub`, so a
 * renamed address still works. Unknown people, other roles and other councils' domains are refused.
 * Starts a session acting for this council. No second factor is asked: the council's provider does
 * its own (docs/decisions/0035).
 */
export async function oidcSignIn(
  input: { councilSlug: string; issuer: string; subject: string; email: string | null | undefined },
  now = new Date(),
): Promise<OidcSignInResult> {
  const council = await prisma.council.findUnique({
    where: { slug: input.councilSlug },
    select: { id: true, signOn: { select: { issuer: true, enabled: true, allowedDomains: true } } },
  });
  const config = council?.signOn;
  if (!council || !config?.enabled || config.issuer !== input.issuer)
    return { ok: false, refusal: "OidcNotSetUp" };
  const email = input.email?.trim().toLowerCase() ?? "";
  const domain = domainOf(email);
  if (!domain || !config.allowedDomains.includes(domain)) return { ok: false, refusal: "OidcDomain" };

  return prisma.$transaction(async (tx) => {
    const identity = await tx.oidcIdentity.findUnique({
      where: { issuer_subject: { issuer: input.issuer, subject: input.subject } },
      select: { userId: true, councilId: true },
    });
    const userId =
      identity?.councilId === council.id
        ? identity.userId
        : identity
          ? null
          : ((await tx.user.findUnique({ where: { email }, select: { id: true } }))?.id ?? null);
    if (!userId) return { ok: false, refusal: "OidcUnknown" } as const;
    const membership = await tx.membership.findFirst({
      where: { userId, councilId: council.id, disabledAt: null },
      select: { id: true, role: true },
    });
    if (!membership || !STAFF_ROLES.has(membership.role))
      return { ok: false, refusal: "OidcUnknown" } as const;
    if (!identity) {
      await tx.oidcIdentity.create({
        data: { councilId: council.id, userId, issuer: input.issuer, subject: input.subject },
      });
      await recordAccountAudit(tx, null, userId, {
        action: "user:link-single-sign-on",
        entityType: "User",
        entityId: userId,
        summary: "Signed in with a council's single sign-on for the first time (account linked)",
        actorUserId: userId,
      });
    }
    await tx.user.update({ where: { id: userId }, data: { lastSignInAt: now } });
    const sessionId = await startSession(tx, userId, membership.id, now);
    return { ok: true, userId, sessionId, linked: !identity } as const;
  });
}
