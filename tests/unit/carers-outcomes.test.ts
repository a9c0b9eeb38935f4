import { describe, expect, it } from "vitest";
import { summariseCarersOutcomes } from "@/lib/domain/statement/summarise-carers-outcomes";

const M = "% parents who feel supported";
const obs = (serviceTypeCode: string, percent: number, families: number) => ({
  serviceTypeCode,
  measure: M,
  percent,
  families,
});

describe("carers' outcomes in the statement", () => {
  it("weights each return's share by the families it covered", () => {
    const r = summariseCarersOutcomes([obs("PLAY", 90, 30), obs("PLAY", 60, 10), obs("SHARED", 80, 20)], 10);
    expect(r.overall).toEqual([{ measure: M, percent: 82, families: 60, contracts: 3, suppressed: false }]);
    expect(r.byType.get("PLAY")).toEqual([
      { measure: M, percent: 83, families: 40, contracts: 2, suppressed: false },
    ]);
  });

  it("hides a figure on fewer families than the threshold, and one more so it cannot be subtracted out", () => {
    const r = summariseCarersOutcomes(
      [obs("PLAY", 90, 30), obs("SHARED", 50, 4), obs("SITTING", 70, 12)],
      10,
    );
    expect(r.overall[0]).toMatchObject({ suppressed: false, families: 46 });
    expect(r.byType.get("SHARED")?.[0]).toMatchObject({ suppressed: true, percent: null, families: null });
    // The smallest shown type goes too, so SHARED cannot be worked out from the total.
    expect(r.byType.get("SITTING")?.[0]).toMatchObject({ suppressed: true, percent: null });
    expect(r.byType.get("PLAY")?.[0]).toMatchObject({ suppressed: false, percent: 90 });
  });

  it("hides the overall figure when the one small type has no other to hide with it", () => {
    const r = summariseCarersOutcomes([obs("SHARED", 50, 4), obs("SHARED", 70, 8)], 5);
    // 12 families overall, but SHARED is the only type: its own figure is the total, both shown.
    expect(r.overall[0]).toMatchObject({ suppressed: false, percent: 63 });
    const lone = summariseCarersOutcomes([obs("SHARED", 50, 12), obs("PLAY", 70, 3)], 5);
    expect(lone.byType.get("PLAY")?.[0].suppressed).toBe(true);
    expect(lone.byType.get("SHARED")?.[0].suppressed).toBe(true);
    expect(lone.overall[0].suppressed).toBe(false);
    const only = summariseCarersOutcomes([obs("PLAY", 70, 3), obs("PLAY", 70, 20)], 30);
    expect(only.overall[0].suppressed).toBe(true);
  });

  it("ignores returns that covered no families", () => {
    expect(summariseCarersOutcomes([obs("PLAY", 100, 0)], 1).overall).toEqual([]);
  });
});
