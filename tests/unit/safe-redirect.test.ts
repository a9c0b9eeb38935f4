import { describe, expect, it } from "vitest";
import { safeRedirectPath, safeRedirectUrl } from "@/lib/auth/safe-redirect";

const ORIGIN = "https://portal.example";

// Values as they reach the code: Next decodes the query string once, so "/%5Cevil" arrives as "/\evil".
const HOSTILE = [
  "//evil.example",
  "//evil.example/path",
  "/\\evil.example",
  "\\\\evil.example",
  "/\\/evil.example",
  "\\/evil.example",
  "https://evil.example",
  "http://evil.example/dashboard",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  " //evil.example",
  "\t//evil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "/a/..//evil.example",
  "/..//evil.example",
  "https:evil.example",
  "//evil.example@portal.example",
  "https://portal.example@evil.example",
  "//portal.example.evil.example",
  "evil.example",
  "",
  "   ",
  "/" + "a".repeat(3000),
  "/\u0000//evil.example",
];

describe("safeRedirectPath", () => {
  it.each(HOSTILE)("refuses %j", (value) => {
    const result = safeRedirectPath(value);
    expect(result).toBe("/dashboard");
  });

  it.each(HOSTILE.map((v) => encodeURIComponent(v)))(
    "refuses still-encoded %j or keeps it on the site",
    (value) => {
      const result = safeRedirectPath(value);
      expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
      expect(result.startsWith("/") && !result.startsWith("//") && !result.startsWith("/\\")).toBe(true);
    },
  );

  it.each([
    ["/commissioner/tenders?status=open", "/commissioner/tenders?status=open"],
    ["/admin/users/abc#disable", "/admin/users/abc#disable"],
    ["/%5Cevil.example", "/%5Cevil.example"],
    ["/family/children/../feedback", "/family/feedback"],
  ])("keeps the same-site path %j", (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it("uses the fallback for anything but a string", () => {
    for (const v of [undefined, null, 42, {}, ["//evil.example"], ["/ok", "/x"]])
      expect(safeRedirectPath(v, "/home")).toBe("/home");
  });
});

describe("safeRedirectUrl (the next-auth redirect callback)", () => {
  it("keeps same-origin addresses and paths", () => {
    expect(safeRedirectUrl(`${ORIGIN}/commissioner`, ORIGIN)).toBe(`${ORIGIN}/commissioner`);
    expect(safeRedirectUrl("/sign-in", ORIGIN)).toBe(`${ORIGIN}/sign-in`);
  });
  it.each(HOSTILE)("sends %j home instead", (value) => {
    expect(new URL(safeRedirectUrl(value, ORIGIN)).origin).toBe(ORIGIN);
  });
  it("refuses another port or scheme of the same host", () => {
    expect(safeRedirectUrl("https://portal.example:8443/x", ORIGIN)).toBe(`${ORIGIN}/dashboard`);
    expect(safeRedirectUrl("http://portal.example/x", ORIGIN)).toBe(`${ORIGIN}/dashboard`);
  });
});
