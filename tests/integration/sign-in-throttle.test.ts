import { describe, expect, it } from "vitest";
import { authenticate, SIGN_IN_FAILED, SIGN_IN_THROTTLED } from "@/lib/auth/authenticate";
import { THROTTLE } from "@/lib/auth/throttle";
import { makeActor, makeCouncil, TEST_PASSWORD } from "./factories";

/** Issue 12: sign-in throttling that cannot be raced and cannot be used to lock someone out. */
describe("sign-in throttling", () => {
  it("lets at most the limit of concurrent wrong attempts reach the password check", async () => {
    const council = await makeCouncil();
    const a = await makeActor(council.id, "COMMISSIONER");
    const results = await Promise.all(
      Array.from({ length: 10 }, () => authenticate({ email: a.email, password: "wrong" }, "10.4.0.1")),
    );
    const checked = results.filter((r) => !r.ok && r.message === SIGN_IN_FAILED).length;
    const refused = results.filter((r) => !r.ok && r.message === SIGN_IN_THROTTLED).length;
    expect(checked).toBe(THROTTLE.perAccountAndAddress);
    expect(refused).toBe(10 - THROTTLE.perAccountAndAddress);
  });

  it("an attacker's failures from one address do not lock the person out from their own", async () => {
    const council = await makeCouncil();
    const victim = await makeActor(council.id, "ADMIN");
    for (let i = 0; i < 8; i++) await authenticate({ email: victim.email, password: "guess" }, "203.0.113.9");
    // The attacker is stopped...
    expect(await authenticate({ email: victim.email, password: TEST_PASSWORD }, "203.0.113.9")).toEqual({
      ok: false,
      message: SIGN_IN_THROTTLED,
    });
    // ...and the person signs in from their own address.
    expect(
      await authenticate({ email: victim.email, password: TEST_PASSWORD }, "198.51.100.7"),
    ).toMatchObject({
      ok: true,
    });
  });

  it("still limits one account across many addresses, at a much higher count", async () => {
    const council = await makeCouncil();
    const a = await makeActor(council.id, "FAMILY");
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      await authenticate({ email: a.email, password: "wrong" }, `10.5.${Math.floor(i / 4)}.${i % 4}`);
    }
    expect(await authenticate({ email: a.email, password: TEST_PASSWORD }, "10.6.0.1")).toEqual({
      ok: false,
      message: SIGN_IN_THROTTLED,
    });
  });
});
