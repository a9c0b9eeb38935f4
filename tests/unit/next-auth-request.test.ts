import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { refuseMalformedAuthRequest } from "@/lib/auth/next-auth-request";

// Each of these made next-auth answer 500 with an error in the log (found by the fuzz suite, issue 19).
const request = (url: string, init: { method?: string; cookie?: string; json?: string } = {}) =>
  new NextRequest(new URL(url, "http://localhost"), {
    method: init.method ?? "GET",
    headers: {
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.json !== undefined ? { "content-type": "application/json" } : {}),
    },
    body: init.json,
  });

describe("requests next-auth would answer with a 500", () => {
  it.each([
    ["a callback URL that is not a URL", request("/api/auth/signin?callbackUrl=garbage"), ["signin"], 400],
    [
      "a javascript: callback URL",
      request("/api/auth/signin?callbackUrl=javascript:alert(1)"),
      ["signin"],
      400,
    ],
    [
      "a bad callback-URL cookie",
      request("/api/auth/session", { cookie: "next-auth.callback-url=garbage" }),
      ["session"],
      400,
    ],
    ["a NUL in the query", request("/api/auth/error?error=%00"), ["error"], 400],
    ["an emoji in the query", request("/api/auth/error?error=%F0%9F%91%A8"), ["error"], 400],
    ["a line break in the path", request("/api/auth/signin"), ["signin", "a\nb"], 400],
    [
      "a JSON POST that is not JSON",
      request("/api/auth/session", { method: "POST", json: "{" }),
      ["session"],
      400,
    ],
    ["no action", request("/api/auth//signin"), ["", "signin"], 404],
    [
      "a GET to the password callback",
      request("/api/auth/callback/credentials"),
      ["callback", "credentials"],
      404,
    ],
  ])("refuses %s", async (_what, req, segments, status) => {
    const response = await refuseMalformedAuthRequest(req, segments);
    expect(response?.status).toBe(status);
  });

  it.each([
    ["a path callback URL", request("/api/auth/signin?callbackUrl=%2Fdashboard"), ["signin"]],
    [
      "an absolute callback URL",
      request("/api/auth/signin?callbackUrl=https://portal.example/x"),
      ["signin"],
    ],
    ["a JSON POST", request("/api/auth/session", { method: "POST", json: '{"csrfToken":"x"}' }), ["session"]],
    [
      "the password sign-in",
      request("/api/auth/callback/credentials", { method: "POST" }),
      ["callback", "credentials"],
    ],
  ])("leaves %s to next-auth", async (_what, req, segments) => {
    expect(await refuseMalformedAuthRequest(req, segments)).toBeNull();
  });
});
