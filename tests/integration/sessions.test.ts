import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActor, loadSession } from "@/lib/auth/load-actor";
import { authOptions } from "@/lib/auth/options";
import { chooseMembership } from "@/lib/data/users/choose-membership";
import { changeUserRole, setUserDisabled } from "@/lib/data/users/update-user-access";
import { startSession } from "@/lib/auth/user-session";
import { makeActor, makeCouncil, TEST_PASSWORD } from "./factories";

async function signIn(email: string) {
  const r = await authenticate({ email, password: TEST_PASSWORD }, "10.7.0.1");
  if (!r.ok) throw new Error("sign-in failed");
  return { id: r.userId, sid: r.sessionId, membershipId: r.membershipId };
}

/** A person in two councils: a commissioner in A and an administrator in B. */
async function twoCouncilPerson() {
  const a = await makeCouncil();
  const b = await makeCouncil();
  const adminA = await makeActor(a.id, "ADMIN");
  const adminB = await makeActor(b.id, "ADMIN");
  const person = await makeActor(a.id, "COMMISSIONER");
  const inB = await prisma.membership.create({
    data: { userId: person.userId, councilId: b.id, role: "ADMIN" },
  });
  return { a, b, adminA, adminB, person, inA: person.membershipId, inB: inB.id };
}

describe("choosing who you act for (issue 12)", () => {
  it("a person with several memberships chooses after signing in; nothing is guessed", async () => {
    const { b, person, inB } = await twoCouncilPerson();
    const claims = await signIn(person.email);
    expect(claims.membershipId).toBeNull();
    expect(await loadSession(claims)).toMatchObject({ kind: "choosing", membershipCount: 2 });
    expect(await loadActor(claims)).toBeNull();

    await chooseMembership({ sessionId: claims.sid, userId: claims.id }, inB);
    expect(await loadSession(claims)).toMatchObject({
      kind: "acting",
      membershipCount: 2,
      actor: { membershipId: inB, councilId: b.id, role: "ADMIN" },
    });
  });

  it("refuses a membership that is someone else's or disabled, and a revoked session", async () => {
    const { adminA, person, inA, inB } = await twoCouncilPerson();
    const claims = await signIn(person.email);
    const session = { sessionId: claims.sid, userId: claims.id };
    await expect(chooseMembership(session, adminA.membershipId)).rejects.toMatchObject({ code: "INVALID" });
    await setUserDisabled(adminA, person.userId, true);
    await expect(chooseMembership(session, inA)).rejects.toMatchObject({ code: "INVALID" });
    expect(await loadActor(claims)).toBeNull();
    // A session id that is not the user's own cannot be steered either.
    const other = await signIn(adminA.email);
    await expect(chooseMembership({ sessionId: other.sid, userId: claims.id }, inB)).rejects.toMatchObject({
      code: "NOT_ALLOWED",
    });
  });
});

describe("revocation is per membership (issue 12)", () => {
  it("disabling a person in council A ends their session for A and leaves the one for B", async () => {
    const { adminA, person, inA, inB } = await twoCouncilPerson();
    const forA = await signIn(person.email);
    await chooseMembership({ sessionId: forA.sid, userId: forA.id }, inA);
    const forB = await signIn(person.email);
    await chooseMembership({ sessionId: forB.sid, userId: forB.id }, inB);

    await setUserDisabled(adminA, person.userId, true);
    expect(await loadActor(forA)).toBeNull();
    expect(await loadActor(forB)).toMatchObject({ membershipId: inB });
  });

  it("changing their role in B ends their session for B only", async () => {
    const { adminB, person, inA, inB } = await twoCouncilPerson();
    const forA = await signIn(person.email);
    await chooseMembership({ sessionId: forA.sid, userId: forA.id }, inA);
    const forB = await signIn(person.email);
    await chooseMembership({ sessionId: forB.sid, userId: forB.id }, inB);

    await changeUserRole(adminB, { userId: person.userId, role: "SOCIAL_WORKER" });
    expect(await loadActor(forB)).toBeNull();
    expect(await loadActor(forA)).toMatchObject({ membershipId: inA, role: "COMMISSIONER" });
  });
});

describe("signing out (issue 12)", () => {
  it("revokes the session on the server, so a copy of the cookie stops working", async () => {
    const council = await makeCouncil();
    const a = await makeActor(council.id, "FAMILY");
    const claims = await signIn(a.email);
    const elsewhere = await signIn(a.email);
    expect(await loadActor(claims)).not.toBeNull();
    // What next-auth calls with the decoded cookie when the person presses "Sign out".
    await authOptions.events!.signOut!({
      token: { uid: claims.id, sid: claims.sid },
      session: undefined as never,
    });
    expect(await loadActor(claims)).toBeNull();
    // Only that session: their other devices stay signed in.
    expect(await loadActor(elsewhere)).not.toBeNull();
  });
});

describe("session timeouts (issue 19)", () => {
  const MIN = 60_000;
  const HOUR = 60 * MIN;
  async function sessionOf(role: "COMMISSIONER" | "FAMILY", council: { id: string }, at: Date) {
    const a = await makeActor(council.id, role);
    const sid = await startSession(prisma, a.userId, a.membershipId, at);
    return { id: a.userId, sid };
  }

  it("a staff session ends after the council's idle minutes, and stays ended; activity keeps it alive", async () => {
    const council = await makeCouncil();
    const t0 = new Date("2027-03-01T09:00:00Z");
    const claims = await sessionOf("COMMISSIONER", council, t0);
    const at = (ms: number) => new Date(t0.getTime() + ms);
    // A request every 20 minutes for two hours: still signed in.
    for (let m = 20; m <= 120; m += 20) expect((await loadSession(claims, at(m * MIN))).kind).toBe("acting");
    // 31 minutes without a request: signed out, and the session is revoked for good.
    expect((await loadSession(claims, at(151 * MIN))).kind).toBe("signed-out");
    expect(await prisma.userSession.findUniqueOrThrow({ where: { id: claims.sid } })).toMatchObject({
      revokedAt: at(151 * MIN),
    });
    expect((await loadSession(claims, at(152 * MIN))).kind).toBe("signed-out");

    // The council's own setting: 10 minutes.
    await prisma.council.update({ where: { id: council.id }, data: { sessionIdleMinutes: 10 } });
    const short = await sessionOf("COMMISSIONER", council, t0);
    expect((await loadSession(short, at(9 * MIN))).kind).toBe("acting");
    expect((await loadSession(short, at(20 * MIN))).kind).toBe("signed-out");
  });

  it("a staff session ends at the council's hours since sign-in however busy; a family's after 8 hours, idle or not", async () => {
    const council = await makeCouncil();
    await prisma.council.update({ where: { id: council.id }, data: { sessionMaxHours: 4 } });
    const t0 = new Date("2027-03-01T09:00:00Z");
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const staff = await sessionOf("COMMISSIONER", council, t0);
    for (let m = 25; m < 240; m += 25) expect((await loadSession(staff, at(m * MIN))).kind).toBe("acting");
    expect((await loadSession(staff, at(4 * HOUR))).kind).toBe("signed-out");

    const family = await sessionOf("FAMILY", council, t0);
    // No idle limit for families: two hours away is fine.
    expect((await loadSession(family, at(2 * HOUR))).kind).toBe("acting");
    expect((await loadSession(family, at(8 * HOUR))).kind).toBe("signed-out");
  });

  it("writes the last request at most once a minute", async () => {
    const council = await makeCouncil();
    const t0 = new Date("2027-03-01T09:00:00Z");
    const claims = await sessionOf("COMMISSIONER", council, t0);
    const seen = async () =>
      (await prisma.userSession.findUniqueOrThrow({ where: { id: claims.sid } })).lastSeenAt;
    await loadSession(claims, new Date(t0.getTime() + 30_000));
    expect(await seen()).toEqual(t0);
    await loadSession(claims, new Date(t0.getTime() + 61_000));
    expect(await seen()).toEqual(new Date(t0.getTime() + 61_000));
  });
});
