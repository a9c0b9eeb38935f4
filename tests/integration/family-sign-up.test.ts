import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { SIGN_UP_MIN_MS, startFamilySignUp } from "@/lib/data/accounts/start-family-sign-up";
import { completeFamilySignUp, findAccountRequest } from "@/lib/data/accounts/complete-family-sign-up";
import { authenticate } from "@/lib/auth/authenticate";
import { makeActor, makeCouncil } from "./factories";

const HOUR = 3_600_000;

async function linkTokenFor(to: string): Promise<string> {
  const m = await prisma.outboxMessage.findFirstOrThrow({
    where: { to, template: "confirm-account" },
    orderBy: { createdAt: "desc" },
  });
  const token = m.text.match(/\/create-account\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error("no link");
  return token;
}

describe("families create their own account", () => {
  it("confirms the address through a single-use link, then makes a parent-or-carer account", async () => {
    const council = await makeCouncil();
    const email = `new.parent.${Date.now()}@example.org`;
    await startFamilySignUp(council.slug, email);
    const token = await linkTokenFor(email);
    expect(await prisma.accountRequest.count({ where: { tokenHash: token } })).toBe(0); // only the hash is kept
    expect(await findAccountRequest(token)).toEqual({ email, councilName: council.name });
    // Nothing exists until the link is used.
    expect(await prisma.user.count({ where: { email } })).toBe(0);

    await completeFamilySignUp(token, { name: "Sam Parent", password: "teapot window river" });
    const m = await prisma.membership.findFirstOrThrow({
      where: { user: { email } },
      select: { role: true, councilId: true, family: { select: { councilId: true, name: true } } },
    });
    expect(m).toEqual({
      role: "FAMILY",
      councilId: council.id,
      family: { councilId: council.id, name: "Sam Parent's family" },
    });
    expect(await authenticate({ email, password: "teapot window river" }, "t")).toMatchObject({ ok: true });
    await expect(
      completeFamilySignUp(token, { name: "Sam Again", password: "teapot window river" }),
    ).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("already been used") });
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("tells the holder of an address that already has an account, and tells the screen nothing", async () => {
    const council = await makeCouncil();
    const existing = await makeActor(council.id, "PROVIDER");
    const fresh = `fresh.${Date.now()}@example.org`;
    const timed = async (email: string) => {
      const t0 = performance.now();
      await startFamilySignUp(council.slug, email);
      return performance.now() - t0;
    };
    for (const t of [await timed(existing.email), await timed(fresh)]) {
      expect(t).toBeGreaterThanOrEqual(SIGN_UP_MIN_MS - 5);
    }
    const toExisting = await prisma.outboxMessage.findMany({ where: { to: existing.email } });
    expect(toExisting.map((m) => [m.template, m.subject])).toEqual([
      ["account-exists", "You already have an account"],
    ]);
    expect(toExisting[0]!.text).toContain("/forgot-password");
    expect(await prisma.accountRequest.count({ where: { email: existing.email } })).toBe(0);
    // Asking again at once sends nothing more to either.
    await startFamilySignUp(council.slug, existing.email);
    await startFamilySignUp(council.slug, fresh);
    expect(await prisma.outboxMessage.count({ where: { to: { in: [existing.email, fresh] } } })).toBe(2);
  });

  it("refuses an expired link, and an address that got an account meanwhile", async () => {
    const council = await makeCouncil();
    const t0 = new Date();
    const late = `late.${Date.now()}@example.org`;
    await startFamilySignUp(council.slug, late, t0);
    const expired = await linkTokenFor(late);
    const dayLater = new Date(t0.getTime() + 24 * HOUR + 1000);
    expect(await findAccountRequest(expired, dayLater)).toBeNull();
    await expect(
      completeFamilySignUp(expired, { name: "Late", password: "teapot window river" }, dayLater),
    ).rejects.toMatchObject({ code: "INVALID" });

    const racing = `racing.${Date.now()}@example.org`;
    await startFamilySignUp(council.slug, racing);
    const token = await linkTokenFor(racing);
    await makeActor(council.id, "FAMILY", { email: racing });
    await expect(
      completeFamilySignUp(token, { name: "Racing", password: "teapot window river" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.user.count({ where: { email: racing } })).toBe(1);
  });
});
