import type { OAuthConfig } from "next-auth/providers/oauth";
import { prisma } from "../db";
import { openSecret } from "./secret-box";

/** The next-auth provider id of a council's single sign-on. */
export const oidcProviderId = (slug: string) => `oidc-${slug}`;
export const councilSlugOfProvider = (providerId: string) =>
  providerId.startsWith("oidc-") ? providerId.slice("oidc-".length) : null;

interface OidcProfile {
  sub: string;
  email?: string;
  preferred_username?: string;
  upn?: string;
  name?: string;
}

/**
 * One OpenID Connect provider per council with single sign-on turned on, read from the database on
 * each request to next-auth's own endpoints (the route handler builds its options then), so a change
 * an administrator saves applies at once. Authorization code flow with PKCE, state and nonce; the
 * ID token is checked against the issuer's published keys by next-auth (openid-client).
 */
export async function councilOidcProviders(): Promise<OAuthConfig<OidcProfile>[]> {
  const rows = await prisma.councilSignOn.findMany({
    where: { enabled: true },
    select: {
      issuer: true,
      clientId: true,
      clientSecret: true,
      council: { select: { slug: true, name: true } },
    },
  });
  return rows.map((r) => ({
    id: oidcProviderId(r.council.slug),
    name: `${r.council.name} staff account`,
    type: "oauth",
    wellKnown: `${r.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    issuer: r.issuer,
    clientId: r.clientId,
    clientSecret: openSecret(r.clientSecret, "oidc-client-secret"),
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile(p) {
      // Entra ID puts the address in `email` when it has one, else `preferred_username` or `upn`.
      const email = p.email ?? p.preferred_username ?? p.upn ?? null;
      return { id: p.sub, email, name: p.name ?? email };
    },
  }));
}
