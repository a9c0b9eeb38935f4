import { AppError } from "../errors";

/**
 * The default branch of an exhaustive switch: TypeScript fails to compile when a case is missing,
 * and a value that got past the types (a crafted query string) is an INVALID error, never a
 * fall-through to `undefined` that would drop a where-clause.
 */
export function unknownValue(value: never, what: string): never {
  throw new AppError("INVALID", `That is not a ${what} we know.`, { [what]: String(value).slice(0, 40) });
}
