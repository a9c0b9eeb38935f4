import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

/**
 * The first wall, and only a convenience: signed-out visitors to portal pages go to sign-in.
 * Real authorization happens in every action and data function (lib/auth, lib/data).
 */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: [
    "/dashboard",
    "/account",
    "/choose-council",
    "/notifications/:path*",
    "/family/:path*",
    "/young-commissioner/:path*",
    "/provider/:path*",
    "/commissioner/:path*",
    "/social-worker/:path*",
    "/admin/:path*",
  ],
};
