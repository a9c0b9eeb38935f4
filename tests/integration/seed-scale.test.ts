import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { registerStatisticsForCouncil } from "@/lib/data/register/get-register-statistics";
import { seedScale, SCALE_SLUG_PREFIX } from "@/prisma/seed-data/scale";
import { makeCouncil } from "./factories";

const SIZES = { councils: 2, children: 3000, contracts: 24, returns: 200, feedback: 600, budgets: 40 };

function run(seed = "test") {
  return seedScale({
    ...SIZES,
    seed,
    databaseUrl: process.env.DATABASE_URL!,
    passwordHash: "not-a-real-hash",
  });
}

async function countsFor(councilIds: string[]) {
  const where = { councilId: { in: councilIds } };
  const [children, needs, consents, contracts, returns, feedback, budgets, districts, memberships] =
    await Promise.all([
      prisma.child.count({ where }),
      prisma.childNeed.count({ where }),
      prisma.consent.count({ where }),
      prisma.contract.count({ where }),
      prisma.outcomeReturn.count({ where: { ...where, status: "ACCEPTED" } }),
      prisma.feedback.count({ where }),
      prisma.personalBudget.count({ where }),
      prisma.district.count({ where }),
      prisma.membership.count({ where }),
    ]);
  return { children, needs, consents, contracts, returns, feedback, budgets, districts, memberships };
}

describe("seed:scale at a tiny size", () => {
  it("writes exactly the sizes asked for, in councils set up like real ones, with unsuppressed statistics", async () => {
    const other = await makeCouncil();
    const result = await run();
    expect(result.councilIds).toHaveLength(SIZES.councils);

    const counts = await countsFor(result.councilIds);
    expect(counts).toMatchObject({
      children: SIZES.children,
      consents: SIZES.children,
      contracts: SIZES.contracts,
      returns: SIZES.returns,
      feedback: SIZES.feedback,
      budgets: SIZES.budgets,
      memberships: 2 * SIZES.councils,
    });
    expect(counts.needs).toBeGreaterThan(SIZES.children);
    expect(counts.districts).toBeGreaterThanOrEqual(3 * SIZES.councils);

    // Each council has what a real one has: need types, themes, population, consent, providers.
    for (const councilId of result.councilIds) {
      const council = await prisma.council.findUniqueOrThrow({
        where: { id: councilId },
        include: {
          needTypes: true,
          feedbackThemes: true,
          consentStatements: true,
          organisationLinks: true,
          districts: { include: { population: true } },
        },
      });
      expect(council.slug.startsWith(SCALE_SLUG_PREFIX)).toBe(true);
      expect(council.needTypes).toHaveLength(8);
      expect(council.feedbackThemes).toHaveLength(6);
      expect(council.consentStatements).toHaveLength(1);
      expect(council.organisationLinks.length).toBeGreaterThan(0);
      for (const d of council.districts) expect(d.population).toHaveLength(8);
      expect(await prisma.service.count({ where: { councilId, status: "PUBLISHED" } })).toBeGreaterThan(0);
    }

    // The register statistics show real numbers: the grand total and most district × age-band cells.
    const biggest = (
      await prisma.child.groupBy({
        by: ["councilId"],
        where: { councilId: { in: result.councilIds } },
        _count: { _all: true },
        orderBy: { _count: { councilId: "desc" } },
      })
    )[0];
    const stats = await registerStatisticsForCouncil(biggest.councilId);
    const { children } = stats;
    expect(children.withheld).toBe(false);
    const total = children.counts[children.cube.index(children.cube.dims.map((n) => n))];
    expect(total).toBe(biggest._count._all);
    const inner = children.status.filter((_, i) =>
      children.cube.coords(i).every((c, axis) => c < children.cube.dims[axis]),
    );
    const shown = inner.filter((s) => s === "shown").length;
    expect(shown / inner.length).toBeGreaterThan(0.7);
    expect(stats.needs.withheld).toBe(false);
    expect(stats.needs.status.filter((s) => s === "shown").length).toBeGreaterThan(0);

    // Another council's data is left alone.
    expect(await prisma.council.findUnique({ where: { id: other.id } })).not.toBeNull();
  });

  it("can run again: the first run's councils, users and providers are replaced, not added to", async () => {
    const first = await run("again");
    const organisations = await prisma.organisation.count();
    const users = await prisma.user.count();
    const second = await run("again");
    expect(second.councilIds.filter((id) => first.councilIds.includes(id))).toHaveLength(0);
    expect(await prisma.council.count({ where: { id: { in: first.councilIds } } })).toBe(0);
    expect(await prisma.child.count({ where: { councilId: { in: first.councilIds } } })).toBe(0);
    expect(await prisma.council.count({ where: { slug: { startsWith: SCALE_SLUG_PREFIX } } })).toBe(
      SIZES.councils,
    );
    expect(await prisma.organisation.count()).toBe(organisations);
    expect(await prisma.user.count()).toBe(users);
    expect(await countsFor(second.councilIds)).toMatchObject({
      children: SIZES.children,
      feedback: SIZES.feedback,
    });
  });

  it("refuses sizes it cannot make", async () => {
    await expect(
      seedScale({
        ...SIZES,
        budgets: SIZES.children + 1,
        databaseUrl: process.env.DATABASE_URL!,
        passwordHash: "x",
      }),
    ).rejects.toThrow(/--budgets/);
    await expect(
      seedScale({ ...SIZES, contracts: 0, databaseUrl: process.env.DATABASE_URL!, passwordHash: "x" }),
    ).rejects.toThrow(/--returns/);
  });
});
