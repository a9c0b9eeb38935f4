import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";
import { refuseForDatabase } from "@/lib/db-availability";
import { servedOverHttps, sessionCookieName } from "@/lib/auth/cookies";

/** While the database cannot be reached: a plain page, no scripts, no database needed. */
const UNAVAILABLE = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sorry, the service is unavailable – Short Breaks Portal</title>
<style>body{font-family:system-ui,sans-serif;color:#0b0c0c;margin:0;padding:2rem 1rem;font-size:1.1875rem;line-height:1.5}main{max-width:40rem;margin:0 auto}h1{font-size:2rem}a{color:#1d70b8}</style></head>
<body><main><h1>Sorry, the service is unavailable</h1>
<p>The portal cannot reach its records at the moment. Please try again in a minute or two.</p>
<p>Nothing you have already saved is lost. If you were sending a form, check whether it was saved before you send it again.</p></main></body></html>`;

/** The portal's own areas: signed-out visitors go to sign-in (a convenience, not the security). */
const SIGNED_IN_ONLY =
  /^\/(dashboard|account|choose-council|notifications|family|young-commissioner|provider|commissioner|social-worker|admin|platform)(\/|$)/;

/**
 * Every page: a fresh nonce and the Content Security Policy that allows only scripts carrying it
 * (docs/decisions/0041); Next.js reads the nonce from the request's policy and puts it on its own
 * scripts. Portal pages also send signed-out visitors to sign-in. Real authorization happens in
 * every action and data function (lib/auth, lib/data).
 */
export async function proxy(request: NextRequest) {
  // The database is down: answer at once with a 503 (a probe goes through every few seconds).
  if (await refuseForDatabase())
    return new NextResponse(UNAVAILABLE, {
      status: 503,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Retry-After": "5",
        "Cache-Control": "no-store",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      },
    });
  if (SIGNED_IN_ONLY.test(request.nextUrl.pathname)) {
    const https = servedOverHttps();
    const token = await getToken({
      req: request,
      secret: process.env.NEXTAUTH_SECRET,
      cookieName: sessionCookieName(https),
      secureCookie: https,
    });
    if (!token) {
      const url = request.nextUrl.clone();
      url.pathname = "/sign-in";
      url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
      return NextResponse.redirect(url);
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce, {
    development: process.env.NODE_ENV === "development",
    https: servedOverHttps(),
  });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not static files, not route handlers (which set their own headers), not prefetches.
      source: "/((?!api|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
