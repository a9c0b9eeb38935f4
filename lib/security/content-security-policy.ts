/**
 * The portal's Content Security Policy for one response (docs/decisions/0041): scripts and styles
 * only from the portal itself and carrying this response's nonce ('strict-dynamic' lets Next.js's
 * own scripts load its chunks), images from the portal (the files route included) and data URLs,
 * nothing framed, no plugins, no other base. `development` allows eval for Next.js's dev tools;
 * `https` asks browsers to upgrade any plain-http subresource.
 */
export function contentSecurityPolicy(nonce: string, opts: { development: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
