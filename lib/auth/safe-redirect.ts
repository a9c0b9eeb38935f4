/** Where people go after signing in when no (acceptable) page was asked for. */
export const DEFAULT_AFTER_SIGN_IN = "/dashboard";

// Any valid origin will do: only whether the value stays on it matters.
const PROBE_ORIGIN = "https://portal.invalid";
const MAX_LENGTH = 2000;

/**
 * A user-given place to go back to (`callbackUrl`), as a path on this site, or `fallback`.
 * The value is resolved the way a browser would (backslashes as slashes, tabs and new lines
 * dropped, dot segments removed) and kept only when it stays on our origin and, written out
 * again, is a plain path, not a protocol-relative `//host`. Never an open redirect.
 */
export function safeRedirectPath(value: unknown, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  // Only a path: no scheme, no `//host`, no backslash or control character (which browsers tidy away).
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(value))
    return fallback;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PROBE_ORIGIN) return fallback;
  const path = url.pathname + url.search + url.hash;
  // "/.//evil" resolves to the path "//evil", which a browser would read as another host.
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}

/**
 * next-auth's `redirect` callback: an absolute address on exactly our origin, or a safe path on it;
 * anything else goes to the default page.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  try {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      const target = new URL(url);
      if (target.origin === base.origin) {
        const path = safeRedirectPath(target.pathname + target.search + target.hash);
        return base.origin + path;
      }
      return base.origin + DEFAULT_AFTER_SIGN_IN;
    }
  } catch {
    return base.origin + DEFAULT_AFTER_SIGN_IN;
  }
  return base.origin + safeRedirectPath(url);
}
