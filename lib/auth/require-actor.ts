import "server-only";
import { getActor } from "./session";
import { requirePermission, type ActorFor, type Permission } from "./permissions";

/**
 * The second wall: every server action and route handler starts here. Reads this request's actor
 * from the session and throws NotAllowedError unless it holds `permission`. The actor comes back
 * typed non-null, except for permissions the public holds (signed out is then null).
 */
export async function requireActor<P extends Permission>(permission: P): Promise<ActorFor<P>> {
  const actor = await getActor();
  requirePermission(actor, permission);
  // requirePermission refuses null for every permission the public does not hold.
  return actor as ActorFor<P>;
}
