/**
 * Signed in without the sign-in form (docs/decisions/0021): a server-side session made by the
 * function sign-in itself uses (startSession), and the cookie next-auth would set for it, a JWT
 * encoded with the e2e server's secret. The form is still used for real in
 * tests/e2e/public/public-pages.spec.ts, account.spec.ts and choose-council.spec.ts.
 */
import type { BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { prisma } from "@/lib/db";
import { SESSION_HOURS, startSession } from "@/lib/auth/user-session";
import { sessionCookieName } from "@/lib/auth/cookies";
import { E2E_BASE_URL, E2E_SECRET } from "./server";

/** The session cookie's name on plain http (https adds the __Host- prefix: lib/auth/cookies.ts). */
export const SESSION_COOKIE = sessionCookieName(false);
const MAX_AGE = SESSION_HOURS * 60 * 60;

export interface StorageState {
  cookies: {
    name: string;
    value: string;
    domain: string;
    path: string;
    expires: number;
    httpOnly: boolean;
    secure: boolean;
    sameSite: "Lax";
  }[];
  origins: [];
}

/**
 * A new session of the person with this e-mail, acting for their only active membership, or for
 * their membership in `council` (as if chosen at /choose-council: other specs may add a person to a
 * second council). With several memberships and no council, the choice stays open, as at sign-in.
 */
export async function mintSession(email: string, council?: string): Promise<StorageState> {
  const value = await mintSessionToken(email, E2E_SECRET, council);
  return {
    cookies: [
      {
        name: SESSION_COOKIE,
        value,
        domain: new URL(E2E_BASE_URL).hostname,
        path: "/",
        expires: Math.floor(Date.now() / 1000) + MAX_AGE,
        httpOnly: true,
        secure: false,
        sameSite: "Lax",
      },
    ],
    origins: [],
  };
}

/**
 * The session cookie's value (a next-auth JWT signed with `secret`) for a new server-side session of
 * this person, chosen as `mintSession` says. The benchmark (scripts/bench.ts) signs in with it too.
 */
export async function mintSessionToken(email: string, secret: string, council?: string): Promise<string> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { email },
    select: {
      id: true,
      memberships: { where: { disabledAt: null }, select: { id: true, council: { select: { slug: true } } } },
    },
  });
  const candidates = council ? user.memberships.filter((m) => m.council.slug === council) : user.memberships;
  if (council && candidates.length !== 1) throw new Error(`${email} has no single membership in ${council}`);
  const membershipId = candidates.length === 1 ? candidates[0].id : null;
  const sid = await startSession(prisma, user.id, membershipId);
  // The claims the jwt callback in lib/auth/options.ts puts in the token.
  return encode({ token: { sub: user.id, uid: user.id, sid }, secret, maxAge: MAX_AGE });
}

/** Signs a browser context in as this person (for the journeys' second users), acting for `council`. */
export async function signInWithSession(context: BrowserContext, email: string, council = "northshire") {
  await context.addCookies((await mintSession(email, council)).cookies);
}
