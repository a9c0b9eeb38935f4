import type { CookiesOptions } from "next-auth";

/**
 * The portal is served over HTTPS when its public address (NEXTAUTH_URL) says so; then every cookie
 * is `Secure` and carries the `__Host-` prefix, which browsers accept only from HTTPS, with
 * `Path=/` and no `Domain`, so no other host (a sibling subdomain) can set or overwrite it
 * (docs/decisions/0046).
 */
export function servedOverHttps(publicUrl = process.env.NEXTAUTH_URL): boolean {
  return (publicUrl ?? "").startsWith("https://");
}

const prefix = (https: boolean) => (https ? "__Host-" : "");

/** The session cookie's name: the proxy's getToken must read the same one. */
export function sessionCookieName(https = servedOverHttps()): string {
  return `${prefix(https)}next-auth.session-token`;
}

/** The callback-URL cookie's names to check on any request, whichever mode set them. */
export const CALLBACK_URL_COOKIES = [
  "next-auth.callback-url",
  "__Host-next-auth.callback-url",
  "__Secure-next-auth.callback-url",
];

/**
 * next-auth's cookies, each set out rather than left to its defaults. All are HTTP-only: nothing in
 * the browser reads them (next-auth's client asks /api/auth/csrf for the CSRF token).
 * - `SameSite=Lax` for those the single sign-on needs back on the provider's redirect to
 *   /api/auth/callback/<council> (a cross-site top-level GET): the session (set there and then
 *   needed on the page it redirects to), the callback URL, and the state, nonce and PKCE checks.
 *   `Strict` would drop them on that redirect and on every link from an e-mail.
 * - `SameSite=Strict` for the CSRF token: only same-site POSTs (sign-in, sign-out) use it.
 */
export function authCookies(https = servedOverHttps()): CookiesOptions {
  const options = (sameSite: "lax" | "strict", maxAge?: number) => ({
    httpOnly: true,
    sameSite,
    path: "/",
    secure: https,
    ...(maxAge ? { maxAge } : {}),
  });
  const p = prefix(https);
  const fifteenMinutes = 15 * 60;
  return {
    sessionToken: { name: sessionCookieName(https), options: options("lax") },
    callbackUrl: { name: `${p}next-auth.callback-url`, options: options("lax") },
    csrfToken: { name: `${p}next-auth.csrf-token`, options: options("strict") },
    pkceCodeVerifier: { name: `${p}next-auth.pkce.code_verifier`, options: options("lax", fifteenMinutes) },
    state: { name: `${p}next-auth.state`, options: options("lax", fifteenMinutes) },
    nonce: { name: `${p}next-auth.nonce`, options: options("lax", fifteenMinutes) },
  };
}

/** The display-mode cookie (Standard, Easy Read, Large print): read by the server only. */
export function displayModeCookieOptions(https = servedOverHttps()) {
  return { maxAge: 60 * 60 * 24 * 365, sameSite: "lax" as const, httpOnly: true, secure: https, path: "/" };
}
