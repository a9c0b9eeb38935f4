import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { authOptions } from "./options";
import { loadActor } from "./load-actor";
import type { Actor } from "./actor";
import { can, type Permission } from "./permissions";
import type { Role } from "../generated/prisma/enums";

/** The signed-in actor for this request, or null. Checked against the database once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return loadActor(session.user);
});

/**
 * For pages: signed out → sign-in; signed in without the permission, or outside the role's own
 * area (/admin, /family, …) → 404, so nothing can be probed.
 */
export async function requirePageActor(
  permission: Permission,
  options: { role?: Role } = {},
): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (!can(actor, permission) || (options.role && actor.role !== options.role)) notFound();
  return actor;
}
