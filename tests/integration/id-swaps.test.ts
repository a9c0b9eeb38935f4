/**
 * Id swaps (issue 19, item 2): for every kind of record with an id in a page path or an action's
 * form, a user of one council opens and acts on the other council's record, a provider on another
 * provider's, a family on another family's: always "not found", and nothing in the database changes.
 *
 * The demo seed gives both councils the same cast and records of every kind (id-swap-records.ts).
 * Pages are rendered as server components (their loaders run; a 404 is Next's notFound()); each
 * is first opened with the actor's own record, so a page that 404s for some other reason fails.
 * Actions are called with an otherwise valid form; a write journal kept by triggers on every table
 * shows whether anything changed (decision 0043).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { notFound } from "next/navigation";
import { isValidElement } from "react";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { PAGES } from "@/lib/auth/access-matrix";
import { seed } from "@/prisma/seed";
import { actorFor, home, recordId, type Kind, type Side, type Slug } from "./id-swap-records";

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => current,
  getSessionState: async () => (current ? { kind: "acting", actor: current } : { kind: "signed-out" }),
  requireSignedIn: async () => (current ? { kind: "acting", actor: current } : notFound()),
  // As the real one, less the redirects the suite never needs (signed out, chooser, consent).
  requirePageActor: async (permission: Permission, options: { role?: Role } = {}) => {
    if (!current || !can(current, permission) || (options.role && current.role !== options.role)) notFound();
    return current;
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: <T>(f: T) => f }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {} }),
  headers: async () => new Headers(),
}));

const started = performance.now();
const counts = { pages: 0, actions: 0, swaps: 0 };

beforeAll(async () => {
  await seed({ quiet: true });
}, 60_000);

afterAll(() => {
  console.log(
    `[id-swaps] pages covered ${counts.pages}, actions covered ${counts.actions}, swaps tried ${counts.swaps}, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
});

// ---------------------------------------------------------------------------------------------
// Pages

type Swap = "council" | "provider" | "family";

interface PageCase {
  /** Record kind of each dynamic segment that names a record. */
  params: Record<string, Kind>;
  swaps: Swap[];
  /** The councils whose users try the swap (default both): where the other has no such record to open. */
  from?: Slug[];
}

/** Segments that do not name a record: filled the same for both sides. */
const FIXED_PARAMS: Record<string, (s: Side) => string> = {
  slug: (s) => s.slug,
  domain: () => "0",
};

/** Route → the records its segments name, and the swaps that apply to its role. */
export const PAGE_CASES: Record<string, PageCase> = {
  "/admin/users/[id]": { params: { id: "user" }, swaps: ["council"] },
  "/admin/districts/[id]": { params: { id: "district" }, swaps: ["council"] },
  "/admin/need-types/[id]": { params: { id: "needType" }, swaps: ["council"] },
  "/admin/service-types/[id]": { params: { id: "councilServiceType" }, swaps: ["council"] },
  "/admin/providers/[id]": { params: { id: "providerLink" }, swaps: ["council"] },
  "/commissioner/providers/[id]": { params: { id: "providerLink" }, swaps: ["council"] },
  "/social-worker/children/[id]": { params: { id: "child" }, swaps: ["council"] },
  "/social-worker/assessments/[id]": { params: { id: "assessment" }, swaps: ["council"] },
  "/social-worker/assessments/[id]/summary": { params: { id: "assessment" }, swaps: ["council"] },
  "/social-worker/assessments/[id]/domains/[domain]": { params: { id: "assessment" }, swaps: ["council"] },
  "/social-worker/assessments/[id]/budget": { params: { id: "assessment" }, swaps: ["council"] },
  "/social-worker/budgets/[id]": { params: { id: "budget" }, swaps: ["council"] },
  "/social-worker/budgets/[id]/plan": { params: { id: "budget" }, swaps: ["council"] },
  "/family/budgets/[id]": { params: { id: "budget" }, swaps: ["council", "family"] },
  "/family/budgets/[id]/evidence/new": { params: { id: "budget" }, swaps: ["council", "family"] },
  "/family/budgets/[id]/evidence/[evidenceId]": {
    params: { id: "budget", evidenceId: "evidence" },
    swaps: ["council", "family"],
  },
  "/social-worker/budgets/[id]/evidence/[evidenceId]": {
    params: { id: "budget", evidenceId: "evidence" },
    swaps: ["council"],
  },
  "/councils/[slug]/directory/services/[id]": { params: { id: "listing" }, swaps: ["council"] },
  "/councils/[slug]/directory/providers/[id]": { params: { id: "organisation" }, swaps: ["council"] },
  "/provider/services/[id]": { params: { id: "listing" }, swaps: ["council", "provider"] },
  "/provider/services/[id]/edit": { params: { id: "listing" }, swaps: ["council", "provider"] },
  "/commissioner/listings/[id]": { params: { id: "listingRevision" }, swaps: ["council"] },
  "/family/children/[id]": { params: { id: "child" }, swaps: ["council", "family"] },
  "/family/children/[id]/edit": { params: { id: "child" }, swaps: ["council", "family"] },
  "/family/children/[id]/withdraw": { params: { id: "child" }, swaps: ["council", "family"] },
  "/commissioner/register/[id]": { params: { id: "child" }, swaps: ["council"] },
  "/commissioner/tenders/[id]": { params: { id: "tender" }, swaps: ["council"] },
  "/commissioner/tenders/[id]/edit": { params: { id: "tender" }, swaps: ["council"] },
  "/commissioner/tenders/[id]/panel": { params: { id: "tender" }, swaps: ["council"] },
  // Only Northshire's demo tender is in evaluation, with its commissioner and young commissioner on the panel.
  "/commissioner/tenders/[id]/score": { params: { id: "tender" }, swaps: ["council"], from: ["northshire"] },
  "/commissioner/tenders/[id]/moderation": { params: { id: "tender" }, swaps: ["council"] },
  "/commissioner/tenders/[id]/award": { params: { id: "tender" }, swaps: ["council"] },
  // Every provider of the council may read a published tender: only the council swap applies.
  "/provider/tenders/[id]": { params: { id: "tender" }, swaps: ["council"] },
  "/provider/tenders/[id]/bid": { params: { id: "tender" }, swaps: ["council"] },
  "/young-commissioner/panels/[id]": { params: { id: "tender" }, swaps: ["council"], from: ["northshire"] },
  "/commissioner/contracts/[id]": { params: { id: "contract" }, swaps: ["council"] },
  "/provider/contracts/[id]": { params: { id: "contract" }, swaps: ["council", "provider"] },
  "/provider/contracts/[id]/returns/[periodId]": {
    params: { id: "contract", periodId: "returnPeriod" },
    swaps: ["council", "provider"],
  },
  "/commissioner/contracts/[id]/returns/[periodId]": {
    params: { id: "contract", periodId: "returnPeriod" },
    swaps: ["council"],
  },
  "/commissioner/specifications/[id]": { params: { id: "specification" }, swaps: ["council"] },
  "/commissioner/specifications/[id]/edit": { params: { id: "specification" }, swaps: ["council"] },
  "/commissioner/specifications/[id]/equality-impact": { params: { id: "specification" }, swaps: ["council"] },
  "/commissioner/specifications/[id]/compare": { params: { id: "specification" }, swaps: ["council"] },
  "/family/feedback/[id]": { params: { id: "feedback" }, swaps: ["council", "family"] },
  "/commissioner/feedback/[id]": { params: { id: "feedback" }, swaps: ["council"] },
  "/commissioner/you-said-we-did/[id]": { params: { id: "youSaidWeDid" }, swaps: ["council"] },
  "/commissioner/forums/[id]": { params: { id: "announcement" }, swaps: ["council"] },
  "/provider/announcements/[id]": { params: { id: "announcement" }, swaps: ["council"] },
  "/commissioner/young-commissioners/[id]": { params: { id: "youngCommissioner" }, swaps: ["council"] },
  "/admin/young-commissioners/[id]": { params: { id: "youngCommissioner" }, swaps: ["council"] },
  "/commissioner/involvement/[id]": { params: { id: "involvementPlan" }, swaps: ["council"] },
  "/commissioner/venue-reviews/[id]": { params: { id: "venueReview" }, swaps: ["council"] },
  "/young-commissioner/reviews/[id]": { params: { id: "venueReview" }, swaps: ["council"] },
  "/provider/venue-reviews/[id]": { params: { id: "venueReview" }, swaps: ["council", "provider"] },
  "/commissioner/priorities/[id]": { params: { id: "priorityRound" }, swaps: ["council"] },
  "/young-commissioner/priorities/[id]": { params: { id: "priorityRound" }, swaps: ["council"] },
};

/** Segments that never name a record of one council, provider or family (tokens, steps, numbers within the actor's own council). */
const NOT_RECORD_SEGMENTS = new Set(["slug", "token", "step", "index", "version", "domain"]);

/** Every page route of the access matrix with a segment that names a record. */
const pagesWithIds = Object.keys(PAGES).filter((route) =>
  [...route.matchAll(/\[([^\]]+)\]/g)].some(([, p]) => !NOT_RECORD_SEGMENTS.has(p)),
);

const LOCAL_FOR_ROLE: Partial<Record<Role, string>> = {
  ADMIN: "admin",
  COMMISSIONER: "commissioner",
  SOCIAL_WORKER: "social-worker",
  YOUNG_COMMISSIONER: "young-commissioner",
  PROVIDER: "provider",
  FAMILY: "family",
};

/** app/**\/page.tsx by route (route groups dropped). */
function pageFiles(): Map<string, string> {
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

/** The other side of a swap: the other council, or the other provider or family of the same one. */
function other(swap: Swap, s: Side): Side {
  if (swap === "council") return { ...s, slug: s.slug === "northshire" ? "eastbrook" : "northshire" };
  if (swap === "provider") return { ...s, provider: s.provider === "provider" ? "provider2" : "provider" };
  return { ...s, family: s.family === "family" ? "family2" : "family" };
}

async function paramsFor(route: string, c: PageCase, mine: Side, theirs: Side) {
  const params: Record<string, string> = {};
  for (const [, p] of route.matchAll(/\[([^\]]+)\]/g)) {
    if (FIXED_PARAMS[p]) params[p] = FIXED_PARAMS[p](mine);
    else if (c.params[p]) params[p] = await recordId(c.params[p], theirs);
    else throw new Error(`id-swaps: ${route} has a segment [${p}] with no record kind`);
  }
  return params;
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

/** "ok", "not found", or what else the page did (a redirect, an error). */
async function open(file: string, params: Record<string, string>): Promise<string> {
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

async function actorForRoute(route: string, s: Side): Promise<Actor | null> {
  const rule = PAGES[route];
  if (!rule.permission) return null;
  const local = LOCAL_FOR_ROLE[rule.role!];
  if (!local) throw new Error(`id-swaps: no demo user for ${route}`);
  return actorFor(s.slug, local === "provider" ? s.provider : local === "family" ? s.family : local);
}

describe("pages", () => {
  it("has a case for every page route whose path names a record", () => {
    expect(pagesWithIds.filter((r) => !PAGE_CASES[r])).toEqual([]);
    expect(Object.keys(PAGE_CASES).filter((r) => !PAGES[r])).toEqual([]);
  });

  const files = pageFiles();
  const rows = pagesWithIds.flatMap((route) =>
    (PAGE_CASES[route]?.swaps ?? []).flatMap((swap) =>
      (PAGE_CASES[route].from ?? (["northshire", "eastbrook"] as Slug[])).map((slug) => ({ route, swap, slug })),
    ),
  );

  it.each(rows)("$route: $swap swap from $slug", async ({ route, swap, slug }) => {
    const c = PAGE_CASES[route];
    const file = files.get(route);
    if (!file) throw new Error(`no page file for ${route}`);
    const mine: Side = { ...home, slug };
    current = await actorForRoute(route, mine);
    // The actor's own record opens: the 404 below is the swap's, not the role's or the seed's.
    expect(await open(file, await paramsFor(route, c, mine, mine))).toBe("ok");
    const theirs = other(swap, mine);
    expect(await open(file, await paramsFor(route, c, mine, theirs))).toBe("not found");
    if (swap === "council" && slug === "northshire") counts.pages++;
    counts.swaps++;
  });
});
