import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authenticate, SIGN_IN_FAILED, SIGN_IN_THROTTLED } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/load-actor";
import { THROTTLE } from "@/lib/auth/throttle";
import { SESSION_HOURS } from "@/lib/auth/user-session";
import { changeUserRole, setUserDisabled, signOutEverywhere } from "@/lib/data/users/update-user-access";
import { makeActor, makeCouncil, TEST_PASSWORD } from "./factories";

describe("authenticate", () => {
  it("signs in with the right password and records no personal data", async () => {
    const council = await makeCouncil();
    const a = await makeActor(council.id, "COMMISSIONER");
    const r = await authenticate({ email: a.email.toUpperCase(), password: TEST_PASSWORD }, "10.0.0.1");
    expect(r).toMatchObject({ ok: true, userId: a.userId, membershipId: a.membershipId });
    // One membership: the session acts for it straight away.
    if (!r.ok) return;
    expect(await loadActor({ id: r.userId, sid: r.sessionId })).toMatchObject({
      membershipId: a.membershipId,
    });
    const attempts = await prisma.signInAttempt.findMany();
    expect(JSON.stringify(attempts)).not.toContain(a.email);
    expect(JSON.stringify(attempts)).not.toContain("10.0.0.1");
  });

  it("gives one message for a wrong password, an unknown account, a disabled one and one without a password", async () => {
    const council = await makeCouncil();
    const a = await makeActor(council.id, "PROVIDER");
    const disabled = await makeActor(council.id, "FAMILY");
    await prisma.membership.update({
      where: { id: disabled.membershipId },
      data: { disabledAt: new Date() },
    });
    const invited = await makeActor(council.id, "ADMIN", { withPassword: false });

    const results = await Promise.all([
      authenticate({ email: a.email, password: "wrong" }, "10.0.0.2"),
      authenticate({ email: "nobody@example.org", password: TEST_PASSWORD }, "10.0.0.2"),
      authenticate({ email: disabled.email, password: TEST_PASSWORD }, "10.0.0.2"),
      authenticate({ email: invited.email, password: "" }, "10.0.0.2"),
      authenticate({ email: "not an email", password: "x" }, "10.0.0.2"),
    ]);
    for (const r of results) expect(r).toEqual({ ok: false, message: SIGN_IN_FAILED });
  });

  it("throttles an account at an address after repeated failures, even with the right password", async () => {
    const council = await makeCouncil();
    const a = await makeActor(council.id, "SOCIAL_WORKER");
    for (let i = 0; i < THROTTLE.perAccountAndAddress; i++) {
      expect(await authenticate({ email: a.email, password: "wrong" }, "10.1.1.1")).toMatchObject({
        ok: false,
      });
    }
    expect(await authenticate({ email: a.email, password: TEST_PASSWORD }, "10.1.1.1")).toEqual({
      ok: false,
      message: SIGN_IN_THROTTLED,
    });
    // After the window the right password works again.
    const later = new Date(Date.now() + (THROTTLE.windowMinutes + 1) * 60_000);
    expect(await authenticate({ email: a.email, password: TEST_PASSWORD }, "10.1.1.1", later)).toMatchObject({
      ok: true,
    });
  });

  it("throttles an address that tries many accounts", async () => {
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      await authenticate({ email: `guess${i}@example.org`, password: "x" }, "10.9.9.9");
    }
    expect(await authenticate({ email: "another@example.org", password: "x" }, "10.9.9.9")).toEqual({
      ok: false,
      message: SIGN_IN_THROTTLED,
    });
  });

  it("with no known address, limits each account on its own (no one bucket for everyone)", async () => {
    for (let i = 0; i < THROTTLE.perAddress + 1; i++) {
      await authenticate({ email: `unknown${i}@example.org`, password: "x" }, null);
    }
    const council = await makeCouncil();
    const a = await makeActor(council.id, "FAMILY");
    expect(await authenticate({ email: a.email, password: TEST_PASSWORD }, null)).toMatchObject({ ok: true });
    for (let i = 0; i < THROTTLE.perAccountAndAddress; i++) {
      await authenticate({ email: a.email, password: "wrong" }, null);
    }
    expect(await authenticate({ email: a.email, password: TEST_PASSWORD }, null)).toEqual({
      ok: false,
      message: SIGN_IN_THROTTLED,
    });
  });
});

describe("session revocation", () => {
  async function session(actorEmail: string) {
    const r = await authenticate({ email: actorEmail, password: TEST_PASSWORD }, "10.2.0.1");
    if (!r.ok) throw new Error("sign-in failed");
    return { id: r.userId, sid: r.sessionId };
  }

  it("a session stops working after signing out everywhere", async () => {
    const council = await makeCouncil();
    const a = await makeActor(council.id, "COMMISSIONER");
    const claims = await session(a.email);
    expect(await loadActor(claims)).toMatchObject({
      userId: a.userId,
      role: "COMMISSIONER",
      councilId: council.id,
    });
    const other = await session(a.email);
    await signOutEverywhere(a);
    expect(await loadActor(claims)).toBeNull();
    expect(await loadActor(other)).toBeNull();
    expect(await loadActor(await session(a.email))).not.toBeNull();
  });

  it("a session stops working when the user is disabled or their role changes", async () => {
    const council = await makeCouncil();
    const admin = await makeActor(council.id, "ADMIN");
    const a = await makeActor(council.id, "COMMISSIONER");
    const b = await makeActor(council.id, "COMMISSIONER");
    const claimsA = await session(a.email);
    const claimsB = await session(b.email);
    await setUserDisabled(admin, a.userId, true);
    expect(await loadActor(claimsA)).toBeNull();
    await changeUserRole(admin, { userId: b.userId, role: "SOCIAL_WORKER" });
    expect(await loadActor(claimsB)).toBeNull();
    const fresh = await session(b.email);
    expect(await loadActor(fresh)).toMatchObject({ role: "SOCIAL_WORKER" });
  });

  it("claims pointing at someone else's session are refused", async () => {
    const council = await makeCouncil();
    const a = await makeActor(council.id, "FAMILY");
    const b = await makeActor(council.id, "ADMIN");
    const claims = await session(a.email);
    const theirs = await session(b.email);
    expect(await loadActor({ id: claims.id, sid: theirs.sid })).toBeNull();
    expect(await loadActor({ id: claims.id, sid: "" })).toBeNull();
  });

  it("a session ends a fixed time after sign-in, however it is used", async () => {
    const council = await makeCouncil();
    const a = await makeActor(council.id, "FAMILY");
    const claims = await session(a.email);
    const later = new Date(Date.now() + (SESSION_HOURS * 60 + 1) * 60_000);
    expect(await loadActor(claims, later)).toBeNull();
  });
});
