import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { NextRequest } from "next/server";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { acrossCouncils, runInCouncilScope } from "@/lib/db-scope";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { defineRoute } from "@/lib/actions/define-route";
import { canIssuePasswordLink } from "@/lib/data/users/update-user-access";
import { recordAccountAudit } from "@/lib/data/audit/record-audit";
import { makeActor, makeContract, makeCouncil, makeOrganisation } from "./factories";

/**
 * Row-level security, the second wall (issue 19 item 5, docs/decisions/0045): inside a council's
 * scope a query with no council filter at all still sees, changes and adds that council's rows only.
 */
let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current }));

let a: Actor;
let b: Actor;
let platform: Actor;
let orgA: string;
let orgB: string;

beforeAll(async () => {
  const [ca, cb] = [await makeCouncil(), await makeCouncil()];
  a = await makeActor(ca.id, "COMMISSIONER");
  b = await makeActor(cb.id, "COMMISSIONER");
  platform = await makeActor(ca.id, "PLATFORM_ADMIN");
  orgA = (await makeOrganisation(ca.id)).id;
  orgB = (await makeOrganisation(cb.id)).id;
  for (const [councilId, organisationId] of [
    [ca.id, orgA],
    [cb.id, orgB],
  ])
    await makeContract({ councilId, organisationId, start: "2026-04-01", end: "2029-03-31" });
});

const councilsOf = (rows: { councilId: string | null }[]) =>
  [...new Set(rows.map((r) => r.councilId))].sort();
const both = () => [a.councilId, b.councilId].sort();

describe("the policies", () => {
  it("cover every table with a councilId column (a new one without a policy fails here)", async () => {
    const missing = await prisma.$queryRaw<{ tablename: string }[]>`
      SELECT c.relname::text AS tablename
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute col ON col.attrelid = c.oid AND col.attname = 'councilId' AND NOT col.attisdropped
      WHERE n.nspname = current_schema() AND c.relkind = 'r'
        AND (NOT c.relrowsecurity OR NOT EXISTS (
          SELECT 1 FROM pg_policies p
          WHERE p.schemaname = n.nspname AND p.tablename = c.relname
            AND 'portal_app' = ANY (p.roles) AND p.cmd = 'ALL'
            AND p.qual LIKE '%current_setting(''app.council_id''%'
            AND p.with_check LIKE '%current_setting(''app.council_id''%'))
      ORDER BY 1`;
    expect(missing.map((m) => m.tablename)).toEqual([]);
    const [{ tables }] = await prisma.$queryRaw<{ tables: number }[]>`
      SELECT count(*)::int AS tables FROM pg_policies WHERE policyname = 'council_wall'`;
    expect(tables).toBeGreaterThan(80);
  });
});

describe("inside a council's scope", () => {
  it("an unfiltered read, by the client or raw SQL, in or out of a transaction, sees that council's rows only", async () => {
    expect(councilsOf(await prisma.contract.findMany())).toEqual(both());
    await runInCouncilScope(a, async () => {
      expect(councilsOf(await prisma.contract.findMany())).toEqual([a.councilId]);
      expect(councilsOf(await prisma.membership.findMany())).toEqual([a.councilId]);
      const raw = await prisma.$queryRaw<{ councilId: string }[]>`SELECT "councilId" FROM "Contract"`;
      expect(councilsOf(raw)).toEqual([a.councilId]);
      await prisma.$transaction(async (tx) => {
        expect(councilsOf(await tx.contract.findMany())).toEqual([a.councilId]);
        expect(await tx.organisationCouncil.count({ where: { organisationId: orgB } })).toBe(0);
      });
      // Relations too: B's organisation's links are not there to be counted.
      const org = await prisma.organisation.findUniqueOrThrow({
        where: { id: orgB },
        select: { _count: { select: { contracts: true, councils: true } } },
      });
      expect(org._count).toEqual({ contracts: 0, councils: 0 });
    });
  });

  it("refuses to add a row of another council, and changes or deletes none of its rows", async () => {
    const bContract = await prisma.contract.findFirstOrThrow({ where: { councilId: b.councilId } });
    await runInCouncilScope(a, async () => {
      await expect(
        prisma.district.create({ data: { councilId: b.councilId, code: "SM", name: "Smuggled" } }),
      ).rejects.toThrow(/row-level security/);
      await expect(
        prisma.$executeRaw`INSERT INTO "District" (id, "councilId", code, name) VALUES ('smuggled', ${b.councilId}, 'SM', 'Smuggled')`,
      ).rejects.toThrow(/row-level security/);
      // Moving one of A's rows into B is refused too (the policy's WITH CHECK).
      const aContract = await prisma.contract.findFirstOrThrow();
      await expect(
        prisma.contract.update({ where: { id: aContract.id }, data: { councilId: b.councilId } }),
      ).rejects.toThrow(/row-level security/);
      expect((await prisma.contract.updateMany({ data: { title: "Rewritten" } })).count).toBe(1);
      expect(
        (await prisma.contract.updateMany({ where: { id: bContract.id }, data: { title: "Rewritten" } }))
          .count,
      ).toBe(0);
      expect(
        await prisma.$executeRaw`DELETE FROM "ContractMeeting" WHERE "contractId" = ${bContract.id}`,
      ).toBe(0);
      expect((await prisma.kpi.deleteMany({ where: { contractId: bContract.id } })).count).toBe(0);
      // One of A's own is fine.
      await prisma.district.create({ data: { councilId: a.councilId, code: "OWN", name: "Own district" } });
    });
    expect(await prisma.district.count({ where: { name: "Smuggled" } })).toBe(0);
    expect((await prisma.contract.findUniqueOrThrow({ where: { id: bContract.id } })).title).toBe(
      bContract.title,
    );
  });

  it("keeps audit events with no council writable, and the audit trail append-only", async () => {
    await runInCouncilScope(a, async () => {
      const e = await prisma.auditEvent.create({
        data: { councilId: null, action: "test:account", entityType: "User", summary: "Account-level" },
      });
      await expect(prisma.auditEvent.delete({ where: { id: e.id } })).rejects.toThrow(/append-only/);
    });
  });

  it("is left behind when the scope ends: the same connections read every council again, or another council", async () => {
    for (let i = 0; i < 3; i++) {
      await runInCouncilScope(a, async () =>
        expect(councilsOf(await prisma.contract.findMany())).toEqual([a.councilId]),
      );
      await runInCouncilScope(b, async () =>
        expect(councilsOf(await prisma.contract.findMany())).toEqual([b.councilId]),
      );
      expect(councilsOf(await prisma.contract.findMany())).toEqual(both());
      await runInCouncilScope(null, async () =>
        expect(councilsOf(await prisma.contract.findMany())).toEqual(both()),
      );
    }
    // The platform administrator is above councils: no scope.
    await runInCouncilScope(platform, async () =>
      expect(councilsOf(await prisma.contract.findMany())).toEqual(both()),
    );
  });

  it("keeps two councils' lookups made at the same instant apart (Prisma batches findUnique in one tick)", async () => {
    const [ka, kb] = [
      await prisma.contract.findFirstOrThrow({ where: { councilId: a.councilId } }),
      await prisma.contract.findFirstOrThrow({ where: { councilId: b.councilId } }),
    ];
    // Started in the same tick: Prisma's loader would send both (or each, first or not) in the
    // context of the first, so one council's lookup would run in the other's scope and find nothing.
    for (const order of [
      [a, b],
      [b, a],
    ]) {
      const found = await Promise.all(
        order.map((actor) =>
          runInCouncilScope(actor, async () => {
            const own = actor === a ? ka : kb;
            const [byId, byReference] = await Promise.all([
              prisma.contract.findUnique({ where: { id: own.id } }),
              prisma.contract.findUniqueOrThrow({ where: { id: own.id }, select: { reference: true } }),
            ]);
            return [byId?.id, byReference.reference];
          }),
        ),
      );
      expect(found).toEqual(
        order.map((actor) => (actor === a ? [ka.id, ka.reference] : [kb.id, kb.reference])),
      );
    }
  });

  it("crosses councils only through acrossCouncils, and in a transaction only for that call", async () => {
    await runInCouncilScope(a, async () => {
      expect(
        await acrossCouncils(prisma, (db) =>
          db.organisationCouncil.count({ where: { organisationId: orgB } }),
        ),
      ).toBe(1);
      await prisma.$transaction(async (tx) => {
        expect(await tx.contract.count()).toBe(1);
        expect(
          await acrossCouncils(tx, (db) => db.contract.count({ where: { councilId: b.councilId } })),
        ).toBe(1);
        expect(await tx.contract.count()).toBe(1);
        // A crossing that fails, caught by its caller: the rest of the transaction keeps the wall.
        await expect(
          acrossCouncils(tx, async () => {
            throw new Error("refused");
          }),
        ).rejects.toThrow("refused");
        expect(await tx.contract.count()).toBe(1);
      });
      expect(await prisma.contract.count()).toBe(1);
    });
  });
});

describe("the deliberate crossings", () => {
  it("still see a person's memberships in other councils, so a check of them cannot quietly pass", async () => {
    const admin = await makeActor(a.councilId, "ADMIN");
    const shared = await makeActor(a.councilId, "SOCIAL_WORKER");
    await prisma.membership.create({
      data: { userId: shared.userId, councilId: b.councilId, role: "SOCIAL_WORKER" },
    });
    await runInCouncilScope(admin, async () => {
      // The wall hides B's membership from a plain count...
      expect(await prisma.membership.count({ where: { userId: shared.userId } })).toBe(1);
      // ...but the check that one council may not set another's password still sees it.
      expect(await prisma.$transaction((tx) => canIssuePasswordLink(tx, admin, shared.userId))).toBe(false);
      await prisma.$transaction((tx) =>
        recordAccountAudit(tx, admin, shared.userId, {
          action: "test:account-change",
          entityType: "User",
          entityId: shared.userId,
          summary: "Changed",
        }),
      );
    });
    const events = await prisma.auditEvent.findMany({ where: { action: "test:account-change" } });
    expect(councilsOf(events)).toEqual(both());
  });
});

describe("actions and route handlers", () => {
  it("run their bodies in the actor's council", async () => {
    let seen: (string | null)[] = [];
    const action = defineFormAction({
      permission: "read:dashboard:own",
      schema: z.object({}),
      run: async () => {
        seen = councilsOf(await prisma.contract.findMany());
        return { ok: true };
      },
    });
    const route = defineRoute("read:dashboard:own", async () =>
      Response.json(councilsOf(await prisma.contract.findMany())),
    );
    for (const actor of [a, b]) {
      current = actor;
      expect(await action(null, new FormData())).toEqual({ ok: true });
      expect(seen).toEqual([actor.councilId]);
      const res = await route(new NextRequest("http://localhost/x"), {});
      expect(await res.json()).toEqual([actor.councilId]);
    }
    // Published data may be another council's, and a one-time link names its own: not confined.
    current = a;
    const publicRoute = defineRoute("read:health:public", async () =>
      Response.json(councilsOf(await prisma.contract.findMany())),
    );
    expect(await (await publicRoute(new NextRequest("http://localhost/x"), {})).json()).toEqual(both());
    // The platform administrator's routes are not confined (they list every council).
    current = platform;
    const platformRoute = defineRoute("read:council:platform", async () =>
      Response.json(councilsOf(await prisma.contract.findMany())),
    );
    expect(await (await platformRoute(new NextRequest("http://localhost/x"), {})).json()).toEqual(both());
    current = null;
  });
});
