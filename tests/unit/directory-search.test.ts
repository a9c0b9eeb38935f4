import { describe, expect, it } from "vitest";
import { directorySearchQuery, parseDirectorySearch } from "@/lib/schemas/directory-search";
import { serviceListingSchema, listingDecisionSchema } from "@/lib/schemas/service-listing";
import { isReviewDue } from "@/lib/domain/directory";
import { listingDiff } from "@/lib/domain/listing-diff";

describe("the directory's query string", () => {
  it("reads every filter", () => {
    expect(
      parseDirectorySearch({
        q: "  swimming ",
        age: "7",
        need: "AUTISM",
        district: "NV",
        type: "PLAY_SCHEME",
        cost: "free",
        access: ["HOIST", "QUIET_SPACE"],
        page: "2",
      }),
    ).toEqual({
      q: "swimming",
      age: 7,
      need: "AUTISM",
      district: "NV",
      type: "PLAY_SCHEME",
      cost: "free",
      access: ["HOIST", "QUIET_SPACE"],
      page: 2,
    });
  });

  it("turns crafted or invalid values into no filter, never an error", () => {
    expect(
      parseDirectorySearch({
        q: "x".repeat(101),
        age: "-1",
        need: "'; DROP TABLE",
        district: "constructor",
        type: "a/b",
        cost: "cheap",
        access: ["HOIST", "NOT_A_FEATURE", "HOIST", "__proto__"],
        page: "0",
      }),
    ).toEqual({
      q: undefined,
      age: undefined,
      need: undefined,
      district: "constructor",
      type: undefined,
      cost: undefined,
      access: ["HOIST"],
      page: 1,
    });
    expect(parseDirectorySearch({ age: "26" }).age).toBeUndefined();
    expect(parseDirectorySearch({ age: "7.5" }).age).toBeUndefined();
    expect(parseDirectorySearch(Object.create({ access: "HOIST" }) as Record<string, string>).access).toEqual(
      [],
    );
  });

  it("reads a URLSearchParams the same way, and writes the query string back", () => {
    const params = new URLSearchParams("age=5&access=BSL&access=MAKATON&cost=paid");
    const search = parseDirectorySearch(params);
    expect(search).toMatchObject({ age: 5, cost: "paid", access: ["BSL", "MAKATON"], page: 1 });
    expect(directorySearchQuery(search)).toBe("?age=5&cost=paid&access=BSL&access=MAKATON");
    expect(directorySearchQuery(parseDirectorySearch({}))).toBe("");
  });
});

describe("a listing as the provider's form sends it", () => {
  const form = {
    name: "Saturday Club",
    description: "Games",
    serviceType: "PLAY_SCHEME",
    ageMin: "5",
    ageMax: "12",
    isFree: "yes",
    districts: ["NV"],
    needs: [],
    accessibility: ["HOIST"],
    email: "",
  };

  it("parses the form and its own stored output alike", () => {
    const parsed = serviceListingSchema.parse(form);
    expect(parsed).toMatchObject({ ageMin: 5, ageMax: 12, isFree: true, email: undefined });
    expect(serviceListingSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });

  it("says what is wrong, field by field", () => {
    const r = serviceListingSchema.safeParse({
      ...form,
      ageMin: "14",
      isFree: undefined,
      districts: [],
      extra: "x",
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["isFree", "districts"]));
    expect(serviceListingSchema.safeParse({ ...form, ageMin: "14" }).error?.issues[0].path).toEqual([
      "ageMax",
    ]);
    expect(serviceListingSchema.safeParse({ ...form, accessibility: ["FLYING"] }).success).toBe(false);
  });

  it("needs a reason to reject", () => {
    expect(listingDecisionSchema.safeParse({ revisionId: "c1", decision: "REJECT" }).success).toBe(false);
    expect(listingDecisionSchema.safeParse({ revisionId: "c1", decision: "APPROVE" }).success).toBe(true);
  });
});

describe("six-monthly review", () => {
  it("is due six months after the last review, or after listing when never reviewed", () => {
    const now = new Date("2027-03-31T12:00:00Z");
    expect(isReviewDue({ lastReviewedAt: new Date("2026-09-30T12:00:00Z"), createdAt: now }, now)).toBe(true);
    expect(isReviewDue({ lastReviewedAt: new Date("2026-10-01T00:00:00Z"), createdAt: now }, now)).toBe(
      false,
    );
    expect(isReviewDue({ lastReviewedAt: null, createdAt: new Date("2026-01-01T00:00:00Z") }, now)).toBe(
      true,
    );
  });
});

describe("the field-by-field comparison", () => {
  const names = {
    serviceTypes: { PLAY_SCHEME: "Play scheme" },
    districts: { NV: "North Vale", SM: "Southmoor" },
    needTypes: {},
  };
  const base = serviceListingSchema.parse({
    name: "A",
    description: "B",
    serviceType: "PLAY_SCHEME",
    ageMin: 5,
    ageMax: 12,
    isFree: true,
    districts: ["NV", "SM"],
  });

  it("marks only what changes, in words, and ignores the order of lists", () => {
    const diff = listingDiff(base, { ...base, districts: ["SM", "NV"], isFree: false }, names);
    expect(diff.filter((d) => d.changed)).toEqual([
      { field: "isFree", label: "Free to families", before: "Yes", after: "No", changed: true },
    ]);
    expect(diff.find((d) => d.field === "districts")?.after).toBe("North Vale, Southmoor");
  });
});
