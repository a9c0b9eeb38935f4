import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { AppError } from "@/lib/errors";

let current: Actor | null = null;
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current }));

const admin: Actor = {
  userId: "u1",
  membershipId: "m1",
  name: "Ada Admin",
  email: "ada@example.org",
  role: "ADMIN",
  councilId: "c1",
  councilSlug: "northshire",
  councilName: "Northshire",
  organisationId: null,
  familyId: null,
};

function form(entries: Record<string, string | string[]>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const one of [v].flat()) f.append(k, one);
  return f;
}

const schema = z.object({
  name: z.string().trim().min(1, "Enter a name"),
  tags: z.array(z.string()).max(2, "Choose up to 2 tags"),
});

describe("defineFormAction", () => {
  it("refuses without the permission before reading the form", async () => {
    current = { ...admin, role: "FAMILY" };
    const run = vi.fn();
    const action = defineFormAction({ permission: "update:user:council", schema, run });
    expect(action.permission).toBe("update:user:council");
    expect(await action(null, form({ name: "" }))).toEqual({
      ok: false,
      formError: "You do not have permission to do that.",
      values: { name: "" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("returns field errors with the values to refill, secrets left out", async () => {
    current = admin;
    const run = vi.fn();
    const action = defineFormAction({ permission: "update:user:council", schema, arrays: ["tags"], run });
    const state = await action(null, form({ name: " ", tags: ["a", "b", "c"], password: "hunter2" }));
    expect(state).toEqual({
      ok: false,
      fieldErrors: { name: "Enter a name", tags: "Choose up to 2 tags" },
      values: { name: " ", tags: ["a", "b", "c"] },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("hands the actor and the parsed input to the body, and returns its typed data", async () => {
    current = admin;
    const action = defineFormAction({
      permission: "update:user:council",
      schema,
      arrays: ["tags"],
      run: async (actor, input) => ({
        ok: true,
        data: { who: actor.name, name: input.name, tags: input.tags },
      }),
    });
    expect(await action(null, form({ name: " Sam ", tags: "x" }))).toEqual({
      ok: true,
      data: { who: "Ada Admin", name: "Sam", tags: ["x"] },
    });
  });

  it("turns an AppError into a form error, and lets a redirect through", async () => {
    current = admin;
    const failing = defineFormAction({
      permission: "update:user:council",
      schema,
      arrays: ["tags"],
      run: async () => {
        throw new AppError("CONFLICT", "Someone else changed this. Reload the page.");
      },
    });
    expect(await failing(null, form({ name: "Sam" }))).toMatchObject({
      ok: false,
      formError: "Someone else changed this. Reload the page.",
    });
    const redirecting = defineFormAction({
      permission: "update:user:council",
      schema,
      arrays: ["tags"],
      run: async () => redirect("/admin/users"),
    });
    await expect(redirecting(null, form({ name: "Sam" }))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });
});
