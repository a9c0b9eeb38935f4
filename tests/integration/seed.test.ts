import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { seed, DEMO_PASSWORD } from "@/prisma/seed";
import { authenticate } from "@/lib/auth/authenticate";
import { getCommissionerDashboard } from "@/lib/data/dashboards/commissioner-dashboard";
import { getProviderDashboard } from "@/lib/data/dashboards/provider-dashboard";
import { getYoungCommissionerDashboard } from "@/lib/data/dashboards/young-commissioner-dashboard";
import { getSocialWorkerDashboard } from "@/lib/data/dashboards/social-worker-dashboard";
import { getFamilyDashboard } from "@/lib/data/dashboards/family-dashboard";
import { loadActor } from "@/lib/auth/load-actor";
import { registerStatisticsForCouncil } from "@/lib/data/register/get-register-statistics";
import { searchDirectory } from "@/lib/data/directory/search-directory";
import { listOwnListings } from "@/lib/data/directory/list-own-listings";
import { reviewDueWhere } from "@/lib/data/directory/directory-predicates";
import { parseDirectorySearch } from "@/lib/schemas/directory-search";

const ROLES = ["family", "young-commissioner", "provider", "commissioner", "social-worker", "admin"];

async function actorFor(email: string) {
  const r = await authenticate({ email, password: DEMO_PASSWORD }, "192.0.2.1");
  if (!r.ok) throw new Error(`cannot sign in as ${email}`);
  const a = await loadActor({ id: r.userId, sid: r.sessionId });
  if (!a) throw new Error("no actor");
  return a;
}

describe("demo data", () => {
  it("gives every role of both councils a user who can sign in, and every dashboard something to show", async () => {
    await seed();
    for (const council of ["northshire", "eastbrook"]) {
      for (const role of ROLES) {
        const a = await actorFor(`${role}@${council}.example`);
        expect(a.councilSlug).toBe(council);
      }
    }
    // The demo person of both councils chooses who to act for after signing in.
    const multi = await authenticate(
      { email: "multi@example.example", password: DEMO_PASSWORD },
      "192.0.2.1",
    );
    expect(multi).toMatchObject({ ok: true, membershipId: null });
    // The demo's one platform administrator, and nobody else.
    expect(
      await prisma.membership.findMany({
        where: { role: "PLATFORM_ADMIN" },
        select: { user: { select: { email: true } } },
      }),
    ).toEqual([{ user: { email: "platform@example.example" } }]);

    const commissioner = await getCommissionerDashboard(await actorFor("commissioner@northshire.example"));
    expect(commissioner.returnsToReview).toBeGreaterThan(0);
    expect(commissioner.endingWithin6Months.count).toBeGreaterThan(0);
    expect(commissioner.untaggedFeedback).toBeGreaterThan(0);

    const provider = await getProviderDashboard(await actorFor("provider@northshire.example"));
    expect(provider.periodsToReturn.some((p) => p.overdue)).toBe(true);
    expect(provider.announcements.length).toBeGreaterThan(0);

    const yc = await getYoungCommissionerDashboard(await actorFor("young-commissioner@northshire.example"));
    expect(yc.scoring.some((s) => s.required > s.done)).toBe(true);
    expect(yc.training.length).toBeGreaterThan(0);

    const sw = await getSocialWorkerDashboard(await actorFor("social-worker@northshire.example"));
    expect(sw.draftAssessments.length + sw.reviewsDue.length).toBeGreaterThan(0);

    const family = await getFamilyDashboard(await actorFor("family@northshire.example"));
    expect(family.children.length).toBe(2);
    expect(family.children.some((c) => c.budgets.length > 0)).toBe(true);
  });

  it("gives both councils a register large enough that the statistics show real numbers", async () => {
    for (const [slug, atLeast] of [
      ["northshire", 3000],
      ["eastbrook", 2000],
    ] as const) {
      const council = await prisma.council.findUniqueOrThrow({ where: { slug } });
      const active = await prisma.child.count({ where: { councilId: council.id, status: "ACTIVE" } });
      expect(active).toBeGreaterThanOrEqual(atLeast);
      const { children, needs } = await registerStatisticsForCouncil(council.id);
      const inner = children.status.filter((_, i) =>
        children.cube.coords(i).every((c, axis) => c < children.cube.dims[axis]),
      );
      // Every district × age band is a real number; most needs cells too.
      expect(inner.every((s) => s === "shown")).toBe(true);
      expect(needs.withheld).toBe(false);
      expect(needs.status.filter((s) => s === "shown").length / needs.status.length).toBeGreaterThan(0.7);
      const [contracts, returns, feedback] = await Promise.all([
        prisma.contract.count({ where: { councilId: council.id } }),
        prisma.outcomeReturn.count({ where: { councilId: council.id, status: "ACCEPTED" } }),
        prisma.feedback.count({ where: { councilId: council.id } }),
      ]);
      expect(contracts).toBeGreaterThan(40);
      expect(returns).toBeGreaterThan(400);
      expect(feedback).toBeGreaterThan(1000);
    }
  });

  it("gives each council a directory of a few dozen varied listings, some due for review, one change to decide", async () => {
    for (const slug of ["northshire", "eastbrook"]) {
      const page = await searchDirectory(slug, parseDirectorySearch({}));
      expect(page!.result.total, slug).toBeGreaterThanOrEqual(30);
      const all = await prisma.service.findMany({
        where: { councilId: page!.council.id, status: "PUBLISHED" },
        select: {
          isFree: true,
          serviceTypeId: true,
          ageMin: true,
          accessibilityFeatures: true,
          lastReviewedAt: true,
        },
      });
      expect(new Set(all.map((s) => s.serviceTypeId)).size, slug).toBeGreaterThanOrEqual(8);
      expect(new Set(all.map((s) => s.ageMin)).size, slug).toBeGreaterThanOrEqual(4);
      expect(new Set(all.map((s) => s.isFree)), slug).toEqual(new Set([true, false]));
      expect(new Set(all.flatMap((s) => s.accessibilityFeatures)).size, slug).toBeGreaterThanOrEqual(8);
      for (const filter of [{ cost: "paid" }, { access: "HOIST" }, { age: "16" }])
        expect(
          (await searchDirectory(slug, parseDirectorySearch(filter)))!.result.total,
          slug,
        ).toBeGreaterThan(0);
      expect(
        await prisma.serviceRevision.count({ where: { councilId: page!.council.id, status: "PENDING" } }),
      ).toBe(1);
    }
    const provider = await actorFor("provider@northshire.example");
    expect((await listOwnListings(provider, 1)).total).toBeGreaterThan(0);
    const due = await prisma.service.count({ where: reviewDueWhere(new Date()) });
    expect(due).toBeGreaterThan(0);
  });

  it("does nothing when the database already has data", async () => {
    const before = await prisma.council.count();
    await seed();
    expect(await prisma.council.count()).toBe(before);
  });
});
