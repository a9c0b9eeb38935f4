import { describe, expect, it } from "vitest";
import { ageBandOf, ageOn, birthDateRange } from "@/lib/domain/age-band";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("ageOn", () => {
  it("counts whole years, turning on the birthday", () => {
    expect(ageOn(d("2010-11-23"), d("2026-11-22"))).toBe(15);
    expect(ageOn(d("2010-11-23"), d("2026-11-23"))).toBe(16);
  });
  it("treats a 29 February birthday as 1 March in other years", () => {
    expect(ageOn(d("2008-02-29"), d("2027-02-28"))).toBe(18);
    expect(ageOn(d("2008-02-29"), d("2027-03-01"))).toBe(19);
  });
});

describe("age bands", () => {
  it("covers 0 to 19 and nothing else", () => {
    expect(ageBandOf(0)).toBe("AGE_0_4");
    expect(ageBandOf(10)).toBe("AGE_5_10");
    expect(ageBandOf(11)).toBe("AGE_11_15");
    expect(ageBandOf(19)).toBe("AGE_16_19");
    expect(ageBandOf(20)).toBeNull();
  });
  it("birth date ranges agree with ageOn at both edges", () => {
    const today = d("2026-11-23");
    for (const band of ["AGE_0_4", "AGE_5_10", "AGE_11_15", "AGE_16_19"] as const) {
      const { from, to } = birthDateRange(band, today);
      const lastIn = new Date(to.getTime() - 86_400_000);
      expect(ageBandOf(ageOn(from, today))).toBe(band);
      expect(ageBandOf(ageOn(lastIn, today))).toBe(band);
      expect(ageBandOf(ageOn(to, today))).not.toBe(band);
      expect(ageBandOf(ageOn(new Date(from.getTime() - 86_400_000), today))).not.toBe(band);
    }
  });
});
