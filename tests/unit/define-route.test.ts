import { beforeEach, describe, expect, it, vi } from "vitest";
import type { NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { AppError, NotAllowedError, NotFoundError, type AppErrorCode } from "@/lib/errors";
import { errorResponse, STATUS_FOR } from "@/lib/actions/route-response";
import { defineRoute } from "@/lib/actions/define-route";

// Route handlers read the signed-in actor from the session; here it is whoever the test says.
let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current }));

const commissioner: Actor = {
  userId: "u1",
  membershipId: "m1",
  name: "Casey Commissioner",
  email: "casey@example.org",
  role: "COMMISSIONER",
  councilId: "c1",
  councilSlug: "northshire",
  councilName: "Northshire",
  organisationId: null,
  familyId: null,
};
const request = new Request("http://localhost/x") as unknown as NextRequest;

beforeEach(() => {
  current = commissioner;
});

describe("errorResponse", () => {
  it.each<[AppErrorCode, number]>([
    ["NOT_FOUND", 404],
    ["NOT_ALLOWED", 403],
    ["INVALID", 400],
    ["CONFLICT", 409],
    ["THROTTLED", 429],
  ])("%s is %i with its message as plain text", async (code, status) => {
    const response = errorResponse(new AppError(code, "Choose a format: csv or xlsx"));
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    // A 404 says only that: it never confirms what was there.
    expect(await response.text()).toBe(status === 404 ? "Page not found" : "Choose a format: csv or xlsx");
  });

  it("has a status for every code", () => {
    expect(Object.keys(STATUS_FOR).sort()).toEqual([
      "CONFLICT",
      "INVALID",
      "NOT_ALLOWED",
      "NOT_FOUND",
      "THROTTLED",
    ]);
  });

  it("answers anything unexpected with a plain 500, no stack or message", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = errorResponse(new TypeError("secret detail at /srv/app/lib/x.ts:12"));
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(body).not.toMatch(/secret|\.ts|TypeError|at /);
    expect(error).toHaveBeenCalledWith("[route] unexpected TypeError");
    error.mockRestore();
  });
});

describe("defineRoute", () => {
  // Found by the fuzz suite (issue 19): /api/oruk/%00/services answered 500 (PostgreSQL refuses NUL).
  it("answers 404 to a path param with a NUL, without running the handler", async () => {
    const handler = vi.fn(async () => new Response("the feed"));
    const GET = defineRoute("read:listing:public", handler);
    for (const params of [{ slug: "north\u0000shire" }, { nextauth: ["signin", "\u0000"] }]) {
      const response = await GET(request, { params: Promise.resolve(params) });
      expect(response.status).toBe(404);
    }
    expect(handler).not.toHaveBeenCalled();
    expect((await GET(request, { params: Promise.resolve({ slug: "northshire" }) })).status).toBe(200);
  });

  it("runs the handler with the actor when the permission is held", async () => {
    const GET = defineRoute("export:feedback:council", async (actor) => new Response(actor.name));
    expect(GET.permission).toBe("export:feedback:council");
    const response = await GET(request, undefined);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("Casey Commissioner");
  });

  it("answers 404, never 403, to a role without the permission, and does not run the handler", async () => {
    const handler = vi.fn(async () => new Response("the register"));
    const GET = defineRoute("export:child:council", handler);
    const response = await GET(request, undefined);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Page not found");
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers 404 to someone signed out", async () => {
    current = null;
    const handler = vi.fn(async () => new Response("the register"));
    const response = await defineRoute("export:child:council", handler)(request, undefined);
    expect(response.status).toBe(404);
    expect(handler).not.toHaveBeenCalled();
  });

  it("lets the public through to a public route, with no actor", async () => {
    current = null;
    const GET = defineRoute(
      "read:tender:public",
      async (actor) => new Response(actor === null ? "anyone" : "?"),
    );
    expect(await (await GET(request, undefined)).text()).toBe("anyone");
  });

  it.each<[string, () => Error, number]>([
    ["a record outside the actor's scope", () => new NotFoundError("The contract"), 404],
    ["an action the actor may not take on a record in scope", () => new NotAllowedError(), 403],
    ["bad input", () => new AppError("INVALID", "Choose a format: csv or xlsx"), 400],
    ["a conflict", () => new AppError("CONFLICT", "This export is already being made."), 409],
    ["too many requests", () => new AppError("THROTTLED", "Too many exports. Try again later."), 429],
  ])("maps %s thrown by the handler to its status", async (_what, error, status) => {
    const GET = defineRoute("export:feedback:council", async () => {
      throw error();
    });
    expect((await GET(request, undefined)).status).toBe(status);
  });

  it("maps an unexpected failure in the handler to a plain 500", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const GET = defineRoute("export:feedback:council", async () => {
      throw new Error("connection string postgres://user:pw@db");
    });
    const response = await GET(request, undefined);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toMatch(/postgres|pw/);
    spy.mockRestore();
  });
});
