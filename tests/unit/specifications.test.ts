import { describe, expect, it } from "vitest";
import {
  isEqualityImpactComplete,
  missingEqualityImpactParts,
} from "@/lib/domain/specifications/equality-impact";
import { checkSpecificationStep, editOutcome } from "@/lib/domain/specifications/specification-status";
import {
  comparableVersion,
  diffSpecificationVersions,
} from "@/lib/domain/specifications/diff-specification-versions";
import { readNeedsSnapshot } from "@/lib/domain/specifications/needs-snapshot";
import { specificationSchema } from "@/lib/schemas/specification";

const complete = { eiaGroups: "Disabled children", eiaImpact: "Positive", eiaMitigations: "Transport" };

describe("equality impact assessment", () => {
  it("is complete only when all three parts have words", () => {
    expect(isEqualityImpactComplete(complete)).toBe(true);
    expect(isEqualityImpactComplete({ ...complete, eiaImpact: "   " })).toBe(false);
    expect(missingEqualityImpactParts({ eiaGroups: null, eiaImpact: "x", eiaMitigations: "" })).toEqual([
      "groups affected",
      "mitigations",
    ]);
  });
});

describe("specification status", () => {
  it("goes draft → awaiting approval → approved", () => {
    expect(checkSpecificationStep("send-for-approval", "DRAFT", complete)).toEqual({
      ok: true,
      to: "AWAITING_APPROVAL",
    });
    expect(checkSpecificationStep("approve", "AWAITING_APPROVAL", complete)).toEqual({
      ok: true,
      to: "APPROVED",
    });
  });

  it("refuses steps out of order", () => {
    expect(checkSpecificationStep("approve", "DRAFT", complete)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("awaiting approval"),
    });
    expect(checkSpecificationStep("send-for-approval", "APPROVED", complete).ok).toBe(false);
    expect(checkSpecificationStep("approve", "APPROVED", complete).ok).toBe(false);
  });

  it("refuses both steps without a complete equality impact assessment, naming what is missing", () => {
    const partial = { ...complete, eiaMitigations: null };
    expect(checkSpecificationStep("send-for-approval", "DRAFT", partial)).toEqual({
      ok: false,
      reason: "Complete the equality impact assessment first: write the mitigations.",
    });
    expect(checkSpecificationStep("approve", "AWAITING_APPROVAL", partial).ok).toBe(false);
  });

  it("edits drafts in place and approved specifications as a new version", () => {
    expect(editOutcome("DRAFT")).toBe("in-place");
    expect(editOutcome("AWAITING_APPROVAL")).toBe("in-place");
    expect(editOutcome("APPROVED")).toBe("new-version");
    expect(editOutcome("ARCHIVED")).toBe("refused");
  });
});

const version = {
  title: "Play scheme",
  summary: "Summer play",
  districts: [{ name: "South" }, { name: "North" }],
  ageMin: 5,
  ageMax: 11,
  needTypeCodes: ["AUTISM"],
  outcomes: ["Children have fun"],
  outputs: [
    { measure: "Play scheme days", unit: "DAYS" as const, quantity: "30.00", period: "PER_YEAR" as const },
  ],
  maxAnnualValue: "45000.00",
  termMonths: 24,
  extensionMonths: 12,
  ...complete,
};

describe("comparing versions", () => {
  it("finds no change between equal versions", () => {
    const diffs = diffSpecificationVersions(comparableVersion(version), comparableVersion({ ...version }));
    expect(diffs.some((d) => d.changed)).toBe(false);
    expect(diffs.find((d) => d.field === "outputs")?.to).toEqual(["Play scheme days: 30 days per year"]);
  });

  it("marks changed fields and the lines added and removed", () => {
    const later = {
      ...version,
      maxAnnualValue: "50000",
      outputs: [
        ...version.outputs,
        {
          measure: "Children per day",
          unit: "CHILDREN" as const,
          quantity: "12",
          period: "PER_DAY" as const,
        },
      ],
      districts: [{ name: "North" }, { name: "South" }],
    };
    const diffs = diffSpecificationVersions(comparableVersion(version), comparableVersion(later));
    expect(diffs.filter((d) => d.changed).map((d) => d.field)).toEqual(["outputs", "maxAnnualValue"]);
    const value = diffs.find((d) => d.field === "maxAnnualValue")!;
    expect(value).toMatchObject({ from: ["£45,000.00"], to: ["£50,000.00"], removed: ["£45,000.00"] });
    expect(diffs.find((d) => d.field === "outputs")?.added).toEqual([
      "Children per day: 12 children per day",
    ]);
  });
});

describe("needs snapshots", () => {
  it("reads the older districts-only shape", () => {
    const s = readNeedsSnapshot({
      takenOn: "2026-01-02",
      threshold: 10,
      rows: [{ district: "North", children: null }],
    });
    expect(s).toMatchObject({
      takenAt: "2026-01-02T00:00:00.000Z",
      districts: [{ district: "North", children: null }],
    });
    expect(readNeedsSnapshot({ nonsense: true })).toBeNull();
    expect(readNeedsSnapshot(null)).toBeNull();
  });
});

const form = {
  title: "Play scheme",
  summary: "Summer play",
  serviceTypeId: "st",
  districtIds: ["d1"],
  ageMin: "5",
  ageMax: "11",
  needTypeCodes: ["AUTISM"],
  outcomes: "Children have fun\n\n  Parents get a break ",
  outputs: [
    { measure: "Play scheme days", unit: "DAYS", quantity: "30", period: "PER_YEAR" },
    { measure: "", unit: "", quantity: "", period: "" },
  ],
  maxAnnualValue: "£45,000.50",
  termMonths: "24",
  extensionMonths: "0",
};

describe("the specification form", () => {
  it("keeps money as exact text and drops empty output rows", () => {
    const v = specificationSchema.parse(form);
    expect(v.maxAnnualValue).toBe("45000.50");
    expect(v.outcomes).toEqual(["Children have fun", "Parents get a break"]);
    expect(v.outputs).toHaveLength(1);
  });

  it.each([
    [{ maxAnnualValue: "0" }, "maxAnnualValue", "The maximum annual value must be more than £0"],
    [{ maxAnnualValue: "-5" }, "maxAnnualValue", "The maximum annual value must be more than £0"],
    [
      { ageMin: "12", ageMax: "5" },
      "ageMax",
      "The oldest age must be the same as or more than the youngest age",
    ],
    [{ ageMax: "26" }, "ageMax", "The oldest age must be from 0 to 25"],
    [{ outputs: [] }, "outputs", "Enter at least one output"],
    [
      { outputs: [{ measure: "Days", unit: "DAYS", quantity: "0", period: "PER_YEAR" }] },
      "outputs-0",
      "Output 1: the quantity must be more than 0",
    ],
  ])("refuses %o", (change, path, message) => {
    const r = specificationSchema.safeParse({ ...form, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues.find((i) => i.path[0] === path)?.message).toBe(message);
  });
});
