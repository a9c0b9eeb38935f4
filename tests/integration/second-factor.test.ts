import { describe, expect, it } from "vitest";
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-0123456789";
const { prisma } = await import("@/lib/db");
const { authenticate, SECOND_FACTOR_NEEDED, SECOND_FACTOR_USED, SECOND_FACTOR_WRONG, SIGN_IN_THROTTLED } =
  await import("@/lib/auth/authenticate");
const { THROTTLE } = await import("@/lib/auth/throttle");
const { openSecret } = await import("@/lib/auth/secret-box");
const { totpCode, TOTP_PERIOD_SECONDS } = await import("@/lib/domain/totp");
const { confirmSecondFactor, getSecondFactorState, startSecondFactorSetup } =
  await import("@/lib/data/second-factor/set-up-second-factor");
const { turnOffSecondFactor } = await import("@/lib/data/second-factor/turn-off-second-factor");
const { loadSession } = await import("@/lib/auth/load-actor");
const { resetUserSecondFactor } = await import("@/lib/data/second-factor/reset-second-factor");
const { makeActor, makeCouncil, TEST_PASSWORD } = await import("./factories");

type Actor = Awaited<ReturnType<typeof makeActor>>;

const T0 = new Date("2026-12-07T10:00:00Z");
const later = (steps: number) => new Date(T0.getTime() + steps * TOTP_PERIOD_SECONDS * 1000);

async function secretOf(actor: Actor) {
  const row = await prisma.secondFactor.findUniqueOrThrow({ where: { userId: actor.userId } });
  return openSecret(row.secret, "totp");
}

/** A commissioner with a second factor turned on at T0; returns their recovery codes. */
async function staffWithSecondFactor() {
  const council = await makeCouncil();
  const actor = await makeActor(council.id, "COMMISSIONER");
  await startSecondFactorSetup(actor);
  const secret = await secretOf(actor);
  const recoveryCodes = await confirmSecondFactor(actor, totpCode(secret, T0), T0);
  return { council, actor, secret, recoveryCodes };
}

describe("second factor (TOTP) at sign-in", () => {
  it("set-up keeps the secret sealed, shows it while pending, and needs a right first code", async () => {
    const council = await makeCouncil();
    const actor = await makeActor(council.id, "ADMIN");
    expect(await getSecondFactorState(actor)).toEqual({ status: "off" });
    await startSecondFactorSetup(actor);
    const row = await prisma.secondFactor.findUniqueOrThrow({ where: { userId: actor.userId } });
    const secret = openSecret(row.secret, "totp");
    expect(row.secret).not.toContain(secret);
    const pending = await getSecondFactorState(actor);
    expect(pending).toMatchObject({ status: "pending", secret });
    // Pending: sign-in does not ask for a code yet.
    expect(await authenticate({ email: actor.email, password: TEST_PASSWORD }, "10.9.0.1", T0)).toMatchObject(
      {
        ok: true,
      },
    );
    await expect(confirmSecondFactor(actor, "000000", T0)).rejects.toMatchObject({ code: "INVALID" });
    const codes = await confirmSecondFactor(actor, totpCode(secret, T0), T0);
    expect(codes).toHaveLength(10);
    const stored = await prisma.recoveryCode.findMany({ where: { userId: actor.userId } });
    expect(stored).toHaveLength(10);
    expect(stored.map((s) => s.codeHash)).not.toContain(codes[0]);
    expect(await getSecondFactorState(actor)).toMatchObject({ status: "on", recoveryCodesLeft: 10 });
  });

  it("asks for the code after the password, accepts a right one once, and refuses it again", async () => {
    const { actor, secret } = await staffWithSecondFactor();
    const now = later(2);
    const passwordOnly = await authenticate({ email: actor.email, password: TEST_PASSWORD }, "10.9.0.2", now);
    expect(passwordOnly).toEqual({ ok: false, message: SECOND_FACTOR_NEEDED });
    // A wrong password never gets as far as the code.
    expect(
      await authenticate(
        { email: actor.email, password: "wrong-password", code: totpCode(secret, now) },
        "10.9.0.2",
        now,
      ),
    ).toMatchObject({ ok: false, message: expect.stringContaining("e-mail address or password") });

    const code = totpCode(secret, now);
    const signedIn = await authenticate(
      { email: actor.email, password: TEST_PASSWORD, code },
      "10.9.0.2",
      now,
    );
    expect(signedIn).toMatchObject({ ok: true, userId: actor.userId });
    // The same code a few seconds later (someone who saw it) is refused.
    const replay = await authenticate(
      { email: actor.email, password: TEST_PASSWORD, code },
      "10.9.0.3",
      new Date(now.getTime() + 5000),
    );
    expect(replay).toEqual({ ok: false, message: SECOND_FACTOR_USED });
  });

  it("two sign-ins racing with one code: only one gets in", async () => {
    const { actor, secret } = await staffWithSecondFactor();
    const now = later(4);
    const code = totpCode(secret, now);
    const results = await Promise.all(
      ["10.9.1.1", "10.9.1.2", "10.9.1.3"].map((ip) =>
        authenticate({ email: actor.email, password: TEST_PASSWORD, code }, ip, now),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("a wrong code is a clear error and counts towards the sign-in rate limit", async () => {
    const { actor, secret } = await staffWithSecondFactor();
    const now = later(6);
    for (let i = 0; i < THROTTLE.perAccountAndAddress; i++) {
      expect(
        await authenticate({ email: actor.email, password: TEST_PASSWORD, code: "123456" }, "10.9.2.1", now),
      ).toEqual({ ok: false, message: SECOND_FACTOR_WRONG });
    }
    // Even the right code is refused now, from this address.
    expect(
      await authenticate(
        { email: actor.email, password: TEST_PASSWORD, code: totpCode(secret, now) },
        "10.9.2.1",
        now,
      ),
    ).toEqual({ ok: false, message: SIGN_IN_THROTTLED });
  });

  it("asking for the code does not use up attempts", async () => {
    const { actor } = await staffWithSecondFactor();
    const now = later(8);
    for (let i = 0; i < THROTTLE.perAccountAndAddress + 2; i++) {
      expect(await authenticate({ email: actor.email, password: TEST_PASSWORD }, "10.9.3.1", now)).toEqual({
        ok: false,
        message: SECOND_FACTOR_NEEDED,
      });
    }
  });

  it("a recovery code signs in once", async () => {
    const { actor, recoveryCodes } = await staffWithSecondFactor();
    const now = later(10);
    const typed = recoveryCodes[3].toLowerCase();
    expect(
      await authenticate({ email: actor.email, password: TEST_PASSWORD, code: typed }, "10.9.4.1", now),
    ).toMatchObject({ ok: true });
    expect(
      await authenticate({ email: actor.email, password: TEST_PASSWORD, code: typed }, "10.9.4.1", now),
    ).toEqual({ ok: false, message: SECOND_FACTOR_WRONG });
    expect(await getSecondFactorState(actor)).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it("turning off needs the password; then sign-in needs only the password", async () => {
    const { actor } = await staffWithSecondFactor();
    await expect(turnOffSecondFactor(actor, "not-my-password")).rejects.toMatchObject({ code: "INVALID" });
    await turnOffSecondFactor(actor, TEST_PASSWORD);
    expect(await prisma.recoveryCode.count({ where: { userId: actor.userId } })).toBe(0);
    expect(
      await authenticate({ email: actor.email, password: TEST_PASSWORD }, "10.9.5.1", later(12)),
    ).toMatchObject({
      ok: true,
    });
  });

  it("a council that requires it: staff without one must set it up; families are not asked", async () => {
    const council = await makeCouncil();
    await prisma.council.update({ where: { id: council.id }, data: { requireStaffSecondFactor: true } });
    const staff = await makeActor(council.id, "SOCIAL_WORKER");
    const family = await makeActor(council.id, "FAMILY");
    const sessionOf = async (a: Actor) => {
      const r = await authenticate({ email: a.email, password: TEST_PASSWORD }, "10.9.6.1");
      if (!r.ok) throw new Error(r.message);
      return loadSession({ id: a.userId, sid: r.sessionId });
    };
    expect(await sessionOf(staff)).toMatchObject({ kind: "acting", actor: { mustSetUpSecondFactor: true } });
    const familySession = await sessionOf(family);
    expect(familySession.kind === "acting" && familySession.actor.mustSetUpSecondFactor).toBeFalsy();
    await startSecondFactorSetup(staff);
    const secret = await secretOf(staff);
    await confirmSecondFactor(staff, totpCode(secret, new Date()));
    const r = await authenticate(
      { email: staff.email, password: TEST_PASSWORD, code: totpCode(secret, new Date(Date.now() + 30_000)) },
      "10.9.6.2",
    );
    expect(r).toMatchObject({ ok: true });
    if (r.ok) {
      const after = await loadSession({ id: staff.userId, sid: r.sessionId });
      expect(after.kind).toBe("acting");
      expect(after.kind === "acting" && after.actor.mustSetUpSecondFactor).toBeFalsy();
    }
  });

  it("an administrator turns off a lost second factor in their council only, and the person is e-mailed", async () => {
    const { council, actor } = await staffWithSecondFactor();
    const admin = await makeActor(council.id, "ADMIN");
    const elsewhere = await makeActor((await makeCouncil()).id, "ADMIN");
    await expect(resetUserSecondFactor(elsewhere, actor.userId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await resetUserSecondFactor(admin, actor.userId);
    expect(await prisma.secondFactor.count({ where: { userId: actor.userId } })).toBe(0);
    const mail = await prisma.outboxMessage.findMany({
      where: { to: actor.email, template: "second-factor-off" },
    });
    expect(mail).toHaveLength(1);
    expect(mail[0].text).toContain(council.name);
    await expect(resetUserSecondFactor(admin, actor.userId)).rejects.toMatchObject({ code: "CONFLICT" });
    // Someone who also belongs to another council: this council may not weaken their sign-in.
    const shared = await staffWithSecondFactor();
    await prisma.membership.create({
      data: { userId: shared.actor.userId, councilId: council.id, role: "COMMISSIONER" },
    });
    await expect(resetUserSecondFactor(admin, shared.actor.userId)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
