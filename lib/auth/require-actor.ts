import "server-only";
import { getActor } from "./session";
import { requirePermission, type ActorFor, type Permission } from "./permissions";
import { AppError } from "../errors";

/** What staff may still do before setting up a second factor their council requires. */
const BEFORE_SECOND_FACTOR: ReadonlySet<Permission> = new Set<Permission>([
  "update:second-factor:own",
  "update:session:own",
  "update:display-mode:own",
  "choose:membership:own",
]);

/**
 * The second wall: every server action and route handler starts here. Reads this request's actor
 * from the session and throws NotAllowedError unless it holds `permission`. The actor comes back
 * typed non-null, except for permissions the public holds (signed out is then null).
 */
export async function requireActor<P extends Permission>(permission: P): Promise<ActorFor<P>> {
  const actor = await getActor();
  requirePermission(actor, permission);
  if (actor?.mustSetUpSecondFactor && !BEFORE_SECOND_FACTOR.has(permission))
    throw new AppError(
      "NOT_ALLOWED",
      "Your council asks you to set up a second factor first, from Your account.",
    );
  // requirePermission refuses null for every permission the public does not hold.
  return actor as ActorFor<P>;
}
