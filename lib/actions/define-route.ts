import { unstable_rethrow } from "next/navigation";
import type { NextRequest } from "next/server";
import type { ActorFor, Permission } from "../auth/permissions";
import { requireActor } from "../auth/require-actor";
import { runInCouncilScope } from "../db-scope";
import { isAppError } from "../errors";
import { errorResponse, PAGE_NOT_FOUND, plainText } from "./route-response";

/** A route handler built by `defineRoute`: the permission it checks rides along for the tests. */
export type DefinedRoute<Ctx, P extends Permission = Permission> = ((
  request: NextRequest,
  context: Ctx,
) => Promise<Response>) & { readonly permission: P };

/**
 * A path param with a NUL (sent as %00): nothing is named so, and PostgreSQL refuses the character in
 * a comparison, which would otherwise come back as a 500.
 */
async function hasNulParam(context: unknown): Promise<boolean> {
  const params = await (context as { params?: Promise<Record<string, unknown>> } | undefined)?.params;
  return Object.values(params ?? {}).some((v) =>
    (Array.isArray(v) ? v : [v]).some((s) => typeof s === "string" && s.includes("\u0000")),
  );
}

/**
 * The one way to write a route handler (next-auth's excepted). Checks the permission first:
 * without it the answer is 404, as for pages, so nothing can be probed. Then each AppError becomes
 * its status (NOT_FOUND 404, NOT_ALLOWED 403, INVALID 400, CONFLICT 409, THROTTLED 429) with a
 * plain-text message; anything unexpected is a plain 500 with no details.
 */
export function defineRoute<P extends Permission, Ctx = unknown>(
  permission: P,
  handler: (actor: ActorFor<P>, request: NextRequest, context: Ctx) => Promise<Response>,
): DefinedRoute<Ctx, P> {
  const route = async (request: NextRequest, context: Ctx): Promise<Response> => {
    let actor: ActorFor<P>;
    try {
      actor = await requireActor(permission);
    } catch (e) {
      unstable_rethrow(e);
      if (isAppError(e) && e.code === "NOT_ALLOWED") return plainText(404, PAGE_NOT_FOUND);
      return errorResponse(e);
    }
    try {
      if (await hasNulParam(context)) return plainText(404, PAGE_NOT_FOUND);
      // Every query of the handler is confined to the actor's council by row-level security (0045).
      return await runInCouncilScope(actor, () => handler(actor, request, context), permission);
    } catch (e) {
      unstable_rethrow(e);
      return errorResponse(e);
    }
  };
  return Object.assign(route, { permission });
}
