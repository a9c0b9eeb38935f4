/**
 * Pages rendered as server components, for the suites that open pages without a browser (id-swaps,
 * audit-completeness): their loaders run, a 404 is Next's notFound(), a redirect is reported.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { isValidElement } from "react";

/** app/**\/page.tsx by route (route groups dropped). */
export function pageFiles(): Map<string, string> {
  const root = path.resolve(import.meta.dirname, "../../app");
  const out = new Map<string, string>();
  for (const rel of readdirSync(root, { recursive: true }) as string[]) {
    if (path.basename(rel) !== "page.tsx") continue;
    const route =
      "/" +
      path
        .dirname(rel)
        .split(path.sep)
        .filter((s) => s !== "." && !/^\(.*\)$/.test(s))
        .join("/");
    out.set(route === "/" ? "/" : route.replace(/\/$/, ""), path.join(root, rel));
  }
  return out;
}

/**
 * Runs the async server components a page returns (pages often hand the id to one, which loads
 * the record), as React would on the server; client components and markup are left alone.
 */
async function renderServerParts(node: unknown): Promise<void> {
  if (Array.isArray(node)) {
    for (const n of node) await renderServerParts(n);
    return;
  }
  if (!isValidElement(node)) return;
  const { type, props } = node as { type: unknown; props: { children?: unknown } };
  if (typeof type === "function" && type.constructor.name === "AsyncFunction") {
    await renderServerParts(await (type as (p: unknown) => Promise<unknown>)(props));
  } else {
    await renderServerParts(props.children);
  }
}

type PageFn = (props: { params: Promise<object>; searchParams: Promise<object> }) => Promise<unknown>;

/** Opens a page file: "ok", "not found", or what else the page did (a redirect, an error). */
export async function openPageFile(file: string, params: Record<string, string>): Promise<string> {
  const mod = (await import(file)) as { default: PageFn };
  try {
    await renderServerParts(
      await mod.default({ params: Promise.resolve(params), searchParams: Promise.resolve({}) }),
    );
    return "ok";
  } catch (e) {
    const digest = (e as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "not found";
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    return `error ${(e as Error).message}`;
  }
}
