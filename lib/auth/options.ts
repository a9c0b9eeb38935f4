import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";

function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
  const real = headers?.["x-real-ip"];
  return first || (Array.isArray(real) ? real[0] : real) || "unknown";
}

/**
 * next-auth with e-mail and password, JWT sessions. The token carries the user, the membership
 * and the user's session version; getActor() checks them against the database on every request,
 * so signing out everywhere, disabling a user or changing their role ends their sessions at once.
 */
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "E-mail and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticate(credentials, clientAddress(req?.headers));
        if (!result.ok) throw new Error(result.message);
        return {
          id: result.userId,
          membershipId: result.membershipId,
          sessionVersion: result.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; membershipId: string; sessionVersion: number };
        token.uid = u.id;
        token.mid = u.membershipId;
        token.sv = u.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      // Only ids reach the session; names, roles and councils come from the database per request.
      return {
        expires: session.expires,
        user: { id: token.uid ?? "", membershipId: token.mid ?? "", sessionVersion: token.sv ?? -1 },
      };
    },
  },
};

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    mid?: string;
    sv?: number;
  }
}

declare module "next-auth" {
  interface Session {
    user: { id: string; membershipId: string; sessionVersion: number };
  }
}
