import { describe, expect, it } from "vitest";
import { can, requirePermission, rolesWith } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";

const actor = (role: Role): Actor => ({
  userId: "u",
  membershipId: "m",
  name: "Test",
  email: "t@example.org",
  role,
  councilId: "c",
  councilSlug: "c",
  councilName: "Council",
  organisationId: null,
  familyId: null,
});

describe("permissions", () => {
  it("lets administrators, and only them, manage users", () => {
    expect(rolesWith("create:user:council")).toEqual(["ADMIN"]);
    expect(can(actor("ADMIN"), "update:user:council")).toBe(true);
    expect(can(actor("COMMISSIONER"), "update:user:council")).toBe(false);
  });

  it("lets signed-out visitors do only public things", () => {
    expect(can(null, "update:display-mode:own")).toBe(true);
    expect(can(null, "read:health:public")).toBe(true);
    expect(can(null, "read:dashboard:own")).toBe(false);
  });

  it("throws a NOT_ALLOWED error with a plain message", () => {
    expect(() => requirePermission(actor("FAMILY"), "read:audit:council")).toThrow(
      expect.objectContaining({ code: "NOT_ALLOWED", message: "You do not have permission to do that." }),
    );
    expect(() => requirePermission(null, "read:notification:own")).toThrow();
    expect(() => requirePermission(actor("FAMILY"), "read:notification:own")).not.toThrow();
  });

  it("keeps the register export away from commissioners by default", () => {
    expect(rolesWith("export:child:council")).toEqual(["ADMIN"]);
  });
});
