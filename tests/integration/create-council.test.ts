import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createCouncil } from "@/lib/data/council/create-council";
import { COUNCILS_PAGE_SIZE, listCouncils } from "@/lib/data/council/list-councils";
import { setPasswordWithToken } from "@/lib/data/users/set-password-with-token";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/load-actor";
import { getCouncilUser, listUsers } from "@/lib/data/users/list-users";
import { changeUserRole, setUserDisabled } from "@/lib/data/users/update-user-access";
import { listCouncilProviders } from "@/lib/data/organisations/council-providers";
import { listReferenceValues } from "@/lib/data/reference-data/list-reference-values";
import { listRegister } from "@/lib/data/register/list-register";
import { listAuditEvents } from "@/lib/data/audit/list-audit-events";
import { createCouncilSchema } from "@/lib/schemas/council";
import { createUserSchema } from "@/lib/schemas/users";
import { can } from "@/lib/auth/permissions";
import { makeActor, makeChild, makeCouncil, makeOrganisation } from "./factories";
import { tokenFromOutbox } from "../support/outbox";

const slug = () => `new-${randomUUID().slice(0, 8)}`;

function input(overrides: Record<string, string> = {}) {
  return createCouncilSchema.parse({
    slug: slug(),
    name: "Westmarch Council",
    districts: "North Vale\nSouth Downs, Coast",
    adminName: "Ada Admin",
    adminEmail: `ada-${randomUUID().slice(0, 6)}@westmarch.example`,
    ...overrides,
  });
}

describe("a new council", () => {
  it("is created with its districts; its first administrator sets a password and sees an empty council", async () => {
    // Another council with people, providers, children and an audit trail.
    const busy = await makeCouncil();
    await makeActor(busy.id, "COMMISSIONER");
    await makeOrganisation(busy.id);
    await makeChild(busy.id);
    const platformHome = await makeCouncil();
    const platform = await makeActor(platformHome.id, "PLATFORM_ADMIN");

    const data = input();
    const r = await createCouncil(platform, data);
    expect(r.invited).toBe(true);
    const districts = await prisma.district.findMany({
      where: { councilId: r.councilId },
      orderBy: { position: "asc" },
      select: { code: true, name: true },
    });
    expect(districts).toEqual([
      { code: "NORTH_VALE", name: "North Vale" },
      { code: "SOUTH_DOWNS", name: "South Downs" },
      { code: "COAST", name: "Coast" },
    ]);
    const mail = await prisma.outboxMessage.findFirstOrThrow({ where: { to: data.adminEmail } });
    expect(mail).toMatchObject({ councilId: r.councilId, template: "invitation" });
    expect(mail.subject).toBe("Set up your account with Westmarch Council");

    await setPasswordWithToken(await tokenFromOutbox(data.adminEmail), "a long enough password");
    const signIn = await authenticate({ email: data.adminEmail, password: "a long enough password" }, "t");
    if (!signIn.ok) throw new Error("the new administrator cannot sign in");
    const admin = await loadActor({ id: signIn.userId, sid: signIn.sessionId });
    expect(admin).toMatchObject({ role: "ADMIN", councilId: r.councilId, councilName: "Westmarch Council" });

    const users = await listUsers(admin!, {}, 1);
    expect(users.items.map((u) => u.email)).toEqual([data.adminEmail]);
    expect((await listCouncilProviders(admin!, { page: 1 })).total).toBe(0);
    expect((await listReferenceValues(admin!, "need-type")).total).toBe(0);
    expect((await listReferenceValues(admin!, "district")).total).toBe(3);
    expect((await listRegister(admin!, {}, 1)).total).toBe(0);
    const audit = await listAuditEvents(admin!, {}, 1);
    expect(audit.items.every((e) => e.summary.includes("Westmarch") || e.action.startsWith("user:"))).toBe(
      true,
    );
    expect(audit.items.map((e) => e.action)).toContain("council:create");
  });

  it("refuses a slug already taken, or badly formed, with a clear message and changes nothing", async () => {
    const platform = await makeActor((await makeCouncil()).id, "PLATFORM_ADMIN");
    const first = input();
    await createCouncil(platform, first);
    const councils = await prisma.council.count();
    const again = input({ slug: first.slug, adminEmail: "someone-else@westmarch.example" });
    await expect(createCouncil(platform, again)).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: {
        slug: `The short name ${first.slug} is already taken by another council: choose another`,
      },
    });
    expect(await prisma.council.count()).toBe(councils);
    expect(await prisma.user.count({ where: { email: "someone-else@westmarch.example" } })).toBe(0);

    for (const bad of ["East Riding", "east_riding", "-east", "east--riding", "9east", ""]) {
      const parsed = createCouncilSchema.safeParse({ ...first, districts: "A", slug: bad });
      expect(parsed.success, bad).toBe(false);
    }
    expect(
      createCouncilSchema.safeParse({ ...first, districts: "North, north" }).error?.issues[0].message,
    ).toBe("Each district must have a different name");
    expect(createCouncilSchema.safeParse({ ...first, districts: " , " }).error?.issues[0].message).toBe(
      "Enter at least one district",
    );
  });

  it("only the platform administrator may create councils, and no council can give that role", () => {
    expect(can({ role: "PLATFORM_ADMIN" } as never, "create:council:platform")).toBe(true);
    for (const role of ["ADMIN", "COMMISSIONER", "FAMILY"] as const)
      expect(can({ role } as never, "create:council:platform")).toBe(false);
    // The platform administrator reads nothing of the council their membership is in.
    expect(can({ role: "PLATFORM_ADMIN" } as never, "read:user:council")).toBe(false);
    expect(
      createUserSchema.safeParse({
        submissionKey: randomUUID(),
        name: "Sneaky",
        email: "sneaky@example.org",
        role: "PLATFORM_ADMIN",
      }).success,
    ).toBe(false);
  });

  it("the council the platform administrator's membership sits in can neither see nor change it", async () => {
    const home = await makeCouncil();
    const platform = await makeActor(home.id, "PLATFORM_ADMIN");
    const admin = await makeActor(home.id, "ADMIN");
    expect((await listUsers(admin, {}, 1)).items.map((u) => u.email)).toEqual([admin.email]);
    expect(await getCouncilUser(admin, platform.userId)).toBeNull();
    await expect(setUserDisabled(admin, platform.userId, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeUserRole(admin, { userId: platform.userId, role: "ADMIN" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await prisma.membership.findUniqueOrThrow({ where: { id: platform.membershipId } })).toMatchObject(
      {
        role: "PLATFORM_ADMIN",
        disabledAt: null,
      },
    );
  });

  it("lists every council by name and size only", async () => {
    const platform = await makeActor((await makeCouncil()).id, "PLATFORM_ADMIN");
    const data = input();
    await createCouncil(platform, data);
    const all = await prisma.council.count();
    const pages = await Promise.all(
      Array.from({ length: Math.ceil(all / COUNCILS_PAGE_SIZE) }, (_, i) => listCouncils(platform, i + 1)),
    );
    const listed = pages.flatMap((p) => p.councils.items).find((c) => c.slug === data.slug);
    expect(listed).toMatchObject({ name: "Westmarch Council", _count: { districts: 3, memberships: 1 } });
    // Whatever page it falls on, the council just made is named for the confirmation.
    expect((await listCouncils(platform, 1, data.slug)).created).toEqual({ name: "Westmarch Council" });
  });

  it("pages the councils by name, 25 to a page", async () => {
    const platform = await makeActor((await makeCouncil()).id, "PLATFORM_ADMIN");
    const missing = COUNCILS_PAGE_SIZE + 1 - (await prisma.council.count());
    for (let i = 0; i < missing; i++) await makeCouncil();
    const total = await prisma.council.count();
    const first = await listCouncils(platform, 1);
    const second = await listCouncils(platform, 2);
    expect(first.councils).toMatchObject({
      total,
      page: 1,
      pageCount: Math.ceil(total / COUNCILS_PAGE_SIZE),
    });
    expect(first.councils.items).toHaveLength(COUNCILS_PAGE_SIZE);
    expect(second.councils.items).toHaveLength(total - COUNCILS_PAGE_SIZE);
    const names = [...first.councils.items, ...second.councils.items].map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set([...first.councils.items, ...second.councils.items].map((c) => c.id)).size).toBe(total);
  });
});
