import { describe, expect, it } from "vitest";
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
const { prisma } = await import("@/lib/db");
const { oidcSignIn } = await import("@/lib/data/sign-on/oidc-sign-in");
const { saveCouncilSignOn, getCouncilSignOn, listSignOnCouncils } =
  await import("@/lib/data/sign-on/council-sign-on");
const { councilOidcProviders, oidcProviderId } = await import("@/lib/auth/oidc-providers");
const { loadSession } = await import("@/lib/auth/load-actor");
const { councilSignOnSchema } = await import("@/lib/schemas/sign-on");
const { makeActor, makeCouncil } = await import("./factories");

const ISSUER = "https://login.example.test/tenant-1/v2.0";

async function councilWithSignOn(domain: string) {
  const council = await makeCouncil();
  const admin = await makeActor(council.id, "ADMIN");
  await saveCouncilSignOn(admin, {
    issuer: ISSUER,
    clientId: "portal-client",
    clientSecret: "s3cret-value",
    allowedDomains: [domain],
    enabled: true,
  });
  return { council, admin };
}

describe("staff single sign-on (OpenID Connect)", () => {
  it("keeps the client secret sealed and never reads it back; an empty secret keeps the saved one", async () => {
    const { council, admin } = await councilWithSignOn("north.example.test");
    const row = await prisma.councilSignOn.findUniqueOrThrow({ where: { councilId: council.id } });
    expect(row.clientSecret).not.toContain("s3cret-value");
    expect(await getCouncilSignOn(admin)).not.toHaveProperty("clientSecret");
    await saveCouncilSignOn(admin, {
      issuer: ISSUER,
      clientId: "portal-client-2",
      clientSecret: "",
      allowedDomains: ["north.example.test"],
      enabled: true,
    });
    const providers = await councilOidcProviders();
    const mine = providers.find((p) => p.id === oidcProviderId(council.slug))!;
    expect(mine).toMatchObject({
      clientId: "portal-client-2",
      clientSecret: "s3cret-value",
      wellKnown: `${ISSUER}/.well-known/openid-configuration`,
      checks: ["pkce", "state", "nonce"],
    });
    expect((await listSignOnCouncils()).map((c) => c.slug)).toContain(council.slug);
    // A first save with no secret is refused.
    const other = await makeActor((await makeCouncil()).id, "ADMIN");
    await expect(
      saveCouncilSignOn(other, {
        issuer: ISSUER,
        clientId: "x",
        clientSecret: "",
        allowedDomains: ["a.test"],
        enabled: true,
      }),
    ).rejects.toMatchObject({ code: "INVALID" });
  });

  it("the first sign-in links an invited staff member by e-mail; later ones by subject", async () => {
    const { council } = await councilWithSignOn("north.example.test");
    const staff = await makeActor(council.id, "SOCIAL_WORKER", {
      email: `sw-${council.slug}@north.example.test`,
      withPassword: false,
    });
    const first = await oidcSignIn({
      councilSlug: council.slug,
      issuer: ISSUER,
      subject: "sub-1",
      email: staff.email.toUpperCase(),
    });
    expect(first).toMatchObject({ ok: true, userId: staff.userId, linked: true });
    if (first.ok) {
      const session = await loadSession({ id: staff.userId, sid: first.sessionId });
      expect(session).toMatchObject({
        kind: "acting",
        actor: { councilId: council.id, role: "SOCIAL_WORKER" },
      });
    }
    // Their address changed at the council: the subject still finds them.
    const again = await oidcSignIn({
      councilSlug: council.slug,
      issuer: ISSUER,
      subject: "sub-1",
      email: "new.name@north.example.test",
    });
    expect(again).toMatchObject({ ok: true, userId: staff.userId, linked: false });
    expect(await prisma.oidcIdentity.count({ where: { userId: staff.userId } })).toBe(1);
  });

  it("refuses unknown people, other roles, disabled access and another council's e-mail domain", async () => {
    const { council } = await councilWithSignOn("north.example.test");
    const sign = (email: string, subject = `sub-${email}`) =>
      oidcSignIn({ councilSlug: council.slug, issuer: ISSUER, subject, email });
    expect(await sign(`nobody-${council.slug}@north.example.test`)).toEqual({
      ok: false,
      refusal: "OidcUnknown",
    });
    const family = await makeActor(council.id, "FAMILY", { email: `fam-${council.slug}@north.example.test` });
    expect(await sign(family.email)).toEqual({ ok: false, refusal: "OidcUnknown" });
    const disabled = await makeActor(council.id, "COMMISSIONER", {
      email: `off-${council.slug}@north.example.test`,
    });
    await prisma.membership.update({
      where: { id: disabled.membershipId },
      data: { disabledAt: new Date() },
    });
    expect(await sign(disabled.email)).toEqual({ ok: false, refusal: "OidcUnknown" });
    // A commissioner of this council whose provider says an address of another council's domain.
    const staff = await makeActor(council.id, "COMMISSIONER", {
      email: `c-${council.slug}@east.example.test`,
    });
    expect(await sign(staff.email)).toEqual({ ok: false, refusal: "OidcDomain" });
    expect(await sign("no-at-sign")).toEqual({ ok: false, refusal: "OidcDomain" });
    // Another issuer, or a council with single sign-on off.
    expect(
      await oidcSignIn({
        councilSlug: council.slug,
        issuer: "https://evil.example.test",
        subject: "x",
        email: staff.email,
      }),
    ).toEqual({ ok: false, refusal: "OidcNotSetUp" });
    const plain = await makeCouncil();
    expect(
      await oidcSignIn({ councilSlug: plain.slug, issuer: ISSUER, subject: "x", email: staff.email }),
    ).toEqual({
      ok: false,
      refusal: "OidcNotSetUp",
    });
  });

  it("a subject linked at one council does not sign in at another", async () => {
    const a = await councilWithSignOn("shared.example.test");
    const b = await councilWithSignOn("shared.example.test");
    const person = await makeActor(a.council.id, "ADMIN", {
      email: `p-${a.council.slug}@shared.example.test`,
    });
    await prisma.membership.create({
      data: { userId: person.userId, councilId: b.council.id, role: "ADMIN" },
    });
    expect(
      await oidcSignIn({ councilSlug: a.council.slug, issuer: ISSUER, subject: "same", email: person.email }),
    ).toMatchObject({ ok: true });
    expect(
      await oidcSignIn({ councilSlug: b.council.slug, issuer: ISSUER, subject: "same", email: person.email }),
    ).toEqual({
      ok: false,
      refusal: "OidcUnknown",
    });
  });

  it("the settings form: https issuers only (http only on this machine), domains read from a list", () => {
    const base = {
      issuer: ISSUER,
      clientId: "c",
      clientSecret: "",
      allowedDomains: "North.gov.uk, @east.gov.uk",
      enabled: "yes",
    };
    expect(councilSignOnSchema.parse(base)).toMatchObject({
      allowedDomains: ["north.gov.uk", "east.gov.uk"],
      enabled: true,
    });
    expect(councilSignOnSchema.safeParse({ ...base, issuer: "http://login.example.test" }).success).toBe(
      false,
    );
    expect(councilSignOnSchema.safeParse({ ...base, issuer: "http://localhost:4010" }).success).toBe(true);
    expect(councilSignOnSchema.safeParse({ ...base, allowedDomains: "not a domain" }).success).toBe(false);
    expect(councilSignOnSchema.safeParse({ ...base, allowedDomains: " " }).success).toBe(false);
  });
});
