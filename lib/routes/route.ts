import type { Route } from "next";

export type { Route };

/**
 * A link to one of the app's pages, checked by the compiler against its routes (typed routes):
 * `route(\`/commissioner/contracts/${id}\`)` compiles only if that page exists. Components take
 * `Route` props, so every path handed to them has passed through this check or is a literal.
 */
export function route<T extends string>(href: Route<T>): Route {
  return href as Route;
}

/**
 * A path known only at run time, so not checkable by the compiler: a notification's stored link,
 * or a `callbackUrl` that `safeRedirectPath` has already kept on this site.
 */
export function uncheckedRoute(href: string): Route {
  return href as Route;
}
