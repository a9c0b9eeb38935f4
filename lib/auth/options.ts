import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "../db";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { safeRedirectUrl } from "./safe-redirect";
import { revokeSession, SESSION_HOURS } from "./user-session";
import { councilSlugOfProvider } from "./oidc-providers";
import { oidcSignIn } from "../data/sign-on/oidc-sign-in";
import { authCookies } from "./cookies";

const credentials = CredentialsProvider({
  name: "E-mail and password",
  credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
  async authorize(credentials, req) {
    const result = await authenticate(credentials, clientAddress(req?.headers));
    if (!result.ok) throw new Error(result.message);
    return { id: result.userId, sid: result.sessionId };
  },
});

/**
 * The options with the providers of this request: e-mail and password always, and each council's
 * single sign-on that is turned on (read by the route handler, app/api/auth/[...nextauth]/route.ts).
 * Reading a session needs no provider, so `authOptions` (password only) serves getServerSession.
 */
export function authOptionsWith(extra: Provider[]): NextAuthOptions {
  return { ...authOptions, cookies: authCookies(), providers: [credentials, ...extra] };
}

/**
 * next-auth with e-mail and password, JWT sessions. The token carries only the user's id and the
 * id of a server-side session (UserSession); getActor() checks that session against the database
 * on every request, so signing out, signing out everywhere, disabling a membership or changing its
 * role ends the session at once, even for a copied cookie (docs/decisions/0003, 0016).
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // HTTP-only, SameSite and, over HTTPS, Secure with the __Host- prefix (lib/auth/cookies.ts).
  cookies: authCookies(),
  providers: [credentials],
  callbacks: {
    /**
     * Single sign-on (docs/decisions/0035): the council's provider said who this is; link them to an
     * invited staff account and start a server-side session, or send them back to sign-in with why.
     * Without an adapter next-auth hands this same `user` object to the jwt callback.
     */
    async signIn({ user, account, profile }) {
      const slug = account ? councilSlugOfProvider(account.provider) : null;
      if (!slug || account?.type !== "oauth") return true;
      const claims = (profile ?? {}) as { iss?: string; sub?: string };
      const result = await oidcSignIn({
        councilSlug: slug,
        issuer: claims.iss ?? "",
        subject: claims.sub ?? account.providerAccountId,
        email: user.email,
      });
      if (!result.ok) return `/sign-in?error=${result.refusal}`;
      const u = user as unknown as { id: string; sid: string };
      u.id = result.userId;
      u.sid = result.sessionId;
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; sid: string };
        token.uid = u.id;
        token.sid = u.sid;
      }
      return token;
    },
    async session({ session, token }) {
      // Only ids reach the session; names, roles and councils come from the database per request.
      return { expires: session.expires, user: { id: token.uid ?? "", sid: token.sid ?? "" } };
    },
    async redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
  },
  events: {
    // Sign-out ends the session on the server too, so a copy of the cookie stops working.
    async signOut({ token }) {
      const sid = (token as { sid?: unknown } | null)?.sid;
      if (typeof sid === "string" && sid) await revokeSession(prisma, sid);
    },
  },
};

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sid?: string;
  }
}

declare module "next-auth" {
  interface Session {
    user: { id: string; sid: string };
  }
}
