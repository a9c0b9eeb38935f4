import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "../db";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { safeRedirectUrl } from "./safe-redirect";
import { revokeSession, SESSION_HOURS } from "./user-session";

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
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
      async authorize(credentials, req) {
        const result = await authenticate(credentials, clientAddress(req?.headers));
        if (!result.ok) throw new Error(result.message);
        return { id: result.userId, sid: result.sessionId };
      },
    }),
  ],
  callbacks: {
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
