import "server-only";
import { cookies } from "next/headers";
import { DISPLAY_COOKIE, parseDisplayMode, type DisplayMode } from "./display-mode";

/** The visitor's chosen presentation (Easy Read, large print), remembered in a cookie. */
export async function getDisplayMode(): Promise<DisplayMode> {
  return parseDisplayMode((await cookies()).get(DISPLAY_COOKIE)?.value);
}
