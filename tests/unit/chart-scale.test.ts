import { describe, expect, it } from "vitest";
import { barScale, valueAxis } from "@/lib/domain/chart-scale";

describe("chart scales", () => {
  it("a value axis rounds its top up to a nice number with round ticks", () => {
    const axis = valueAxis(87, [200, 0]);
    expect(axis.top).toBe(100);
    expect(axis.ticks).toEqual([0, 20, 40, 60, 80, 100]);
    expect(axis.scale(0)).toBe(200);
    expect(axis.scale(100)).toBe(0);
    expect(axis.scale(50)).toBe(100);
  });

  it("small and fractional values still get distinct ticks (not 0, 1, 1)", () => {
    expect(valueAxis(0.95, [100, 0]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(valueAxis(0, [100, 0]).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(valueAxis(1234, [100, 0]).ticks).toEqual([0, 500, 1000, 1500]);
  });

  it("bars run from zero to the largest value", () => {
    const bar = barScale(40, 420);
    expect(bar(40)).toBe(420);
    expect(bar(10)).toBe(105);
    expect(barScale(0, 420)(0)).toBe(0);
  });
});
