import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  contractScope,
  councilChildScope,
  familyChildScope,
  meetingActionScope,
  notificationScope,
  returnPeriodScope,
} from "@/lib/data/scopes";

const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({
  userId: "u1",
  membershipId: "m1",
  name: "Test",
  email: "t@example.org",
  role,
  councilId: "c1",
  councilSlug: "c",
  councilName: "Council",
  organisationId: null,
  familyId: null,
  ...extra,
});

describe("scopes", () => {
  it("a provider sees its own organisation's contracts, returns and actions; without one, none", () => {
    expect(contractScope(actor("PROVIDER", { organisationId: "o1" }))).toEqual({
      councilId: "c1",
      organisationId: "o1",
    });
    expect(contractScope(actor("PROVIDER"))).toEqual({ councilId: "c1", organisationId: "__none__" });
    expect(returnPeriodScope(actor("PROVIDER", { organisationId: "o1" }))).toEqual({
      councilId: "c1",
      contract: { councilId: "c1", organisationId: "o1" },
    });
    expect(meetingActionScope(actor("PROVIDER"))).toMatchObject({
      meeting: { contract: { organisationId: "__none__" } },
    });
  });

  it("council staff see the council's contracts", () => {
    expect(contractScope(actor("COMMISSIONER", { organisationId: "o1" }))).toEqual({ councilId: "c1" });
  });

  it("a family's scope is its own children only, whatever the role; staff see the council's register", () => {
    expect(familyChildScope(actor("FAMILY", { familyId: "f1" }))).toEqual({
      councilId: "c1",
      familyId: "f1",
      status: { not: "ERASED" },
    });
    // A commissioner reaching a family function by mistake sees no child at all.
    expect(familyChildScope(actor("COMMISSIONER"))).toMatchObject({ familyId: "__none__" });
    expect(councilChildScope(actor("SOCIAL_WORKER"))).toEqual({ councilId: "c1" });
  });

  it("notifications are the membership's own", () => {
    expect(notificationScope(actor("ADMIN"))).toEqual({ membershipId: "m1" });
  });
});
