import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { authOptions } from "./options";
import { loadSession, type SessionState } from "./load-actor";
import type { Actor } from "./actor";
import { can, type Permission } from "./permissions";
import type { Role } from "../generated/prisma/enums";
import { childrenAwaitingConsent } from "../data/register/agree-to-consent";
import { enterPageCouncilScope } from "../db-scope";

/** This request's session, checked against the database once per request. */
export const getSessionState = cache(async (): Promise<SessionState> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return { kind: "signed-out" };
  return loadSession(session.user);
});

/** The signed-in actor for this request, or null (signed out, or not yet chosen who to act for). */
export const getActor = cache(async (): Promise<Actor | null> => {
  const state = await getSessionState();
  return state.kind === "acting" ? state.actor : null;
});

/**
 * For pages: signed out → sign-in; signed in but not yet chosen who to act for → the chooser;
 * without the permission, or outside the role's own area (/admin, /family, …) → 404, so nothing
 * can be probed.
 */
export async function requirePageActor(
  permission: Permission,
  options: {
    role?: Role;
    /** Open before a required second factor is set up (the account pages). */
    beforeSecondFactor?: boolean;
    /** False on the pages a family may open before agreeing to new consent wording (the wording, a withdrawal). */
    consentCheck?: false;
  } = {},
): Promise<Actor> {
  const state = await getSessionState();
  if (state.kind === "signed-out") redirect("/sign-in");
  if (state.kind === "choosing") redirect("/choose-council");
  // The council requires a second factor and this person has none yet: setting one up comes first.
  const actor = state.actor;
  if (actor.mustSetUpSecondFactor && !options.beforeSecondFactor) redirect("/account/second-factor");
  if (!can(actor, permission) || (options.role && actor.role !== options.role)) notFound();
  // From here on this render's queries see the actor's council only (row-level security, 0045).
  enterPageCouncilScope(actor, permission);
  // New consent wording: the family's area waits until they agree again (issue 18, decision 0034).
  if (actor.role === "FAMILY" && options.role === "FAMILY" && options.consentCheck !== false) {
    const { children } = await childrenAwaitingConsent(actor);
    if (children.length) redirect("/family/consent");
  }
  return actor;
}

/** For the chooser: any signed-in session, acting or not yet; signed out → sign-in. */
export async function requireSignedIn(): Promise<Exclude<SessionState, { kind: "signed-out" }>> {
  const state = await getSessionState();
  if (state.kind === "signed-out") redirect("/sign-in");
  return state;
}
