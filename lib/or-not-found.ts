import { notFound } from "next/navigation";
import { isAppError } from "./errors";

/** For pages: a data function's NOT_FOUND becomes the 404 page; other errors pass through. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}
