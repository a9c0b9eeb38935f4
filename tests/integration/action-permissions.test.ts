import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { ACTIONS } from "@/lib/auth/access-matrix";
import { rolesWith } from "@/lib/auth/permissions";
// Every role, the platform administrator's too: it must be refused every council action.
import { ALL_ROLES as ROLES } from "@/lib/auth/roles";
import { makeActor, makeCouncil } from "./factories";

// Server actions read the signed-in actor from the session; here it is whoever the test says.
let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const actors = new Map<string, Actor>();

beforeAll(async () => {
  const council = await makeCouncil();
  for (const role of ROLES) actors.set(role, await makeActor(council.id, role));
});

type FormAction = (prev: null, formData: FormData) => Promise<unknown>;

async function load(key: string): Promise<FormAction> {
  const [file, name] = key.split("#");
  const mod = (await import(path.resolve(import.meta.dirname, "../../app", file))) as Record<
    string,
    FormAction
  >;
  return mod[name];
}

const cases = Object.entries(ACTIONS).flatMap(([key, permission]) => {
  const allowed = rolesWith(permission);
  return [
    ...ROLES.filter((r) => !allowed.includes(r)).map((role) => ({ key, who: role as string })),
    ...(allowed.length === ROLES.length || permission.endsWith(":token") || key.includes("display-mode")
      ? []
      : [{ key, who: "signed out" }]),
  ];
});

describe("the permission each defined action carries", () => {
  it.each(Object.entries(ACTIONS))("%s carries %s", async (key, permission) => {
    const action = (await load(key)) as FormAction & { permission?: string };
    // Actions that are not defineFormAction (docs/decisions/0020) are checked from their source.
    if (action.permission !== undefined) expect(action.permission).toBe(permission);
  });
});

describe("every server action refuses roles the matrix does not allow", () => {
  it("has cases to check", () => expect(cases.length).toBeGreaterThan(10));

  it.each(cases)("$key as $who", async ({ key, who }) => {
    current = who === "signed out" ? null : actors.get(who)!;
    const before = await Promise.all([
      prisma.auditEvent.count(),
      prisma.user.count(),
      prisma.membership.count(),
    ]);
    const action = await load(key);
    const form = new FormData();
    form.set("userId", actors.get("COMMISSIONER")!.userId);
    form.set("name", "Intruder");
    form.set("email", "intruder@example.org");
    form.set("role", "ADMIN");
    form.set("submissionKey", crypto.randomUUID());
    const state = await action(null, form);
    expect(state).toMatchObject({ ok: false, formError: "You do not have permission to do that." });
    const after = await Promise.all([
      prisma.auditEvent.count(),
      prisma.user.count(),
      prisma.membership.count(),
    ]);
    expect(after).toEqual(before);
  });
});
