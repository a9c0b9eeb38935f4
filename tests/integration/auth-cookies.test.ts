/**
 * Secure, HTTP-only, same-site cookies (issue 19, item 6; docs/decisions/0046): next-auth's cookie
 * configuration over plain HTTP and over HTTPS, and the Set-Cookie headers the real sign-in route
 * answers with, in both modes.
 */
import { createRequire } from "node:module";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";

/** What next/headers gives next-auth's route handler: this request's cookies and headers. */
let request = { cookies: new Map<string, string>(), headers: new Headers() };
let setByAction: { name: string; value: string; options: object }[] = [];
const cookieStore = () => ({
  get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
  getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
  has: (name: string) => request.cookies.has(name),
  set: (name: string, value: string, options: object) => setByAction.push({ name, value, options }),
});
// next-auth reads them through a CommonJS require of next/headers, outside vitest's mocks (as in fuzz-routes.ts).
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
nextHeaders.headers = async () => request.headers;
nextHeaders.cookies = async () => cookieStore();
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => cookieStore(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

const { authCookies, displayModeCookieOptions, servedOverHttps, sessionCookieName } =
  await import("@/lib/auth/cookies");
const { authOptions } = await import("@/lib/auth/options");
const { GET, POST } = await import("@/app/api/auth/[...nextauth]/route");
const { setDisplayMode } = await import("@/app/actions/display-mode");
const { makeActor, makeCouncil, TEST_PASSWORD } = await import("./factories");

const originalUrl = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (originalUrl === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = originalUrl;
});

const NAMES = ["sessionToken", "callbackUrl", "csrfToken", "pkceCodeVerifier", "state", "nonce"] as const;

describe("cookie configuration", () => {
  it("over plain HTTP: HTTP-only, SameSite, path /, not Secure, no prefix", () => {
    const cookies = authCookies(false);
    for (const n of NAMES) {
      expect(cookies[n].name, n).toMatch(/^next-auth\./);
      expect(cookies[n].options, n).toMatchObject({ httpOnly: true, path: "/", secure: false });
      expect(["lax", "strict"], n).toContain(cookies[n].options.sameSite);
    }
  });

  it("over HTTPS: every cookie Secure with the __Host- prefix (Path=/, no Domain)", () => {
    const cookies = authCookies(true);
    for (const n of NAMES) {
      expect(cookies[n].name, n).toMatch(/^__Host-next-auth\./);
      expect(cookies[n].options, n).toMatchObject({ httpOnly: true, path: "/", secure: true });
      expect(cookies[n].options, n).not.toHaveProperty("domain");
    }
  });

  it("Lax where the single sign-on's redirect back needs the cookie, Strict for the CSRF token", () => {
    const cookies = authCookies(true);
    for (const n of ["sessionToken", "callbackUrl", "pkceCodeVerifier", "state", "nonce"] as const)
      expect(cookies[n].options.sameSite, n).toBe("lax");
    expect(cookies.csrfToken.options.sameSite).toBe("strict");
  });

  it("follows NEXTAUTH_URL, and the options next-auth is given carry it", () => {
    expect(servedOverHttps("https://portal.example.gov.uk")).toBe(true);
    expect(servedOverHttps("http://localhost:3000")).toBe(false);
    expect(servedOverHttps("")).toBe(false);
    expect(sessionCookieName(true)).toBe("__Host-next-auth.session-token");
    expect(authOptions.cookies).toEqual(authCookies(servedOverHttps()));
    expect(displayModeCookieOptions(true)).toMatchObject({ httpOnly: true, secure: true, sameSite: "lax" });
    expect(displayModeCookieOptions(false)).toMatchObject({ httpOnly: true, secure: false, sameSite: "lax" });
  });
});

/** Set-Cookie lines of a response, by cookie name. */
function setCookies(response: Response): Map<string, string> {
  return new Map(response.headers.getSetCookie().map((line) => [line.split("=")[0], line]));
}

async function call(
  handler: typeof GET,
  method: string,
  action: string[],
  init: { body?: URLSearchParams; cookies?: Map<string, string> } = {},
) {
  const base = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  request = {
    cookies: init.cookies ?? new Map(),
    headers: new Headers({
      host: new URL(base).host,
      ...(init.body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      cookie: [...(init.cookies ?? [])].map(([n, v]) => `${n}=${encodeURIComponent(v)}`).join("; "),
    }),
  };
  const req = new NextRequest(new URL(`/api/auth/${action.join("/")}`, base), {
    method,
    body: init.body,
    headers: request.headers,
  });
  return handler(req, { params: Promise.resolve({ nextauth: action }) });
}

/** Signs in through next-auth's own endpoints, as the sign-in form does: CSRF token, then credentials. */
async function signIn() {
  const council = await makeCouncil();
  const person = await makeActor(council.id, "COMMISSIONER");
  const csrf = await call(GET, "GET", ["csrf"]);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = setCookies(csrf);
  const jar = new Map(
    [...csrfCookies].map(([name, line]) => [
      name,
      decodeURIComponent(line.split(";")[0].slice(name.length + 1)),
    ]),
  );
  const signedIn = await call(POST, "POST", ["callback", "credentials"], {
    body: new URLSearchParams({ csrfToken, email: person.email, password: TEST_PASSWORD, json: "true" }),
    cookies: jar,
  });
  expect(signedIn.status).toBe(200);
  return { csrfCookies, signedIn: setCookies(signedIn) };
}

describe("the Set-Cookie headers of a real sign-in", () => {
  it("over plain HTTP: HttpOnly, SameSite and Path=/ on each", async () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    const { csrfCookies, signedIn } = await signIn();
    const csrf = csrfCookies.get("next-auth.csrf-token");
    expect(csrf).toMatch(/; HttpOnly/i);
    expect(csrf).toMatch(/; SameSite=Strict/i);
    const session = signedIn.get("next-auth.session-token");
    expect(session, [...signedIn.keys()].join(", ")).toBeDefined();
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    expect(session).toMatch(/; Path=\//i);
    expect(session).not.toMatch(/; Secure/i);
    for (const line of [...csrfCookies.values(), ...signedIn.values()]) expect(line).toMatch(/; HttpOnly/i);
  });

  it("over HTTPS: Secure and __Host- on each as well", async () => {
    process.env.NEXTAUTH_URL = "https://portal.example.test";
    const { csrfCookies, signedIn } = await signIn();
    expect(csrfCookies.get("__Host-next-auth.csrf-token")).toMatch(/; Secure/i);
    const session = signedIn.get("__Host-next-auth.session-token");
    expect(session, [...signedIn.keys()].join(", ")).toBeDefined();
    for (const line of [...csrfCookies.values(), ...signedIn.values()]) {
      expect(line).toMatch(/^__Host-/);
      expect(line).toMatch(/; HttpOnly/i);
      expect(line).toMatch(/; Secure/i);
      expect(line).toMatch(/; SameSite=(Lax|Strict)/i);
      expect(line).toMatch(/; Path=\//i);
      expect(line).not.toMatch(/; Domain=/i);
    }
  });
});

describe("the display-mode cookie", () => {
  it("is set HTTP-only, SameSite=Lax, and Secure over HTTPS", async () => {
    process.env.NEXTAUTH_URL = "https://portal.example.test";
    setByAction = [];
    const form = new FormData();
    form.set("mode", "easy-read");
    await setDisplayMode(form);
    expect(setByAction).toEqual([
      {
        name: "display-mode",
        value: "easy-read",
        options: expect.objectContaining({ httpOnly: true, sameSite: "lax", secure: true, path: "/" }),
      },
    ]);
  });
});
