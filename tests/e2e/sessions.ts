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
import { E2E_BASE_URL, E2E_SECRET } from "./server";

/** next-auth's cookie name on plain http (https would add the __Secure- prefix). */
const SESSION_COOKIE = "next-auth.session-token";
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

/** A new session of the person with this e-mail, acting for their only active membership. */
export async function mintSession(email: string): Promise<StorageState> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, memberships: { where: { disabledAt: null }, select: { id: true } } },
  });
  // With several memberships sign-in leaves the choice open (null): the same here.
  const membershipId = user.memberships.length === 1 ? user.memberships[0].id : null;
  const sid = await startSession(prisma, user.id, membershipId);
  // The claims the jwt callback in lib/auth/options.ts puts in the token.
  const value = await encode({
    token: { sub: user.id, uid: user.id, sid },
    secret: E2E_SECRET,
    maxAge: MAX_AGE,
  });
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

/** Signs a browser context in as this person (for the journeys' second users). */
export async function signInWithSession(context: BrowserContext, email: string): Promise<void> {
  await context.addCookies((await mintSession(email)).cookies);
}
