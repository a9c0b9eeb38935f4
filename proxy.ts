import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { contentSecurityPolicy } from "@/lib/security/content-security-policy";

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
  if (SIGNED_IN_ONLY.test(request.nextUrl.pathname)) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
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
    https: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
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
