import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptionsWith } from "@/lib/auth/options";
import { councilOidcProviders } from "@/lib/auth/oidc-providers";
import { refuseMalformedAuthRequest } from "@/lib/auth/next-auth-request";

// next-auth's own endpoints (sign-in, callbacks, sign-out, session, csrf). Public by nature: the
// credentials check, throttling, single sign-on linking and session revocation live in lib/auth.
// The options are built per request, with each council's single sign-on as saved now.
async function handler(request: NextRequest, context: { params: Promise<{ nextauth: string[] }> }) {
  const refused = await refuseMalformedAuthRequest(request, (await context.params).nextauth ?? []);
  if (refused) return refused;
  return NextAuth(request, context, authOptionsWith(await councilOidcProviders())) as Promise<Response>;
}

export { handler as GET, handler as POST };
