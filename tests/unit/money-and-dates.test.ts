import { describe, expect, it } from "vitest";
import { formatMoney, sumMoney } from "@/lib/domain/money";
import { addMonths, formatCalendarDate, formatDateTime, startOfUtcDay } from "@/lib/domain/dates";
import { throttleKey } from "@/lib/auth/throttle";

describe("money", () => {
  it("formats pounds and pence with separators", () => {
    expect(formatMoney("17500000")).toBe("£17,500,000.00");
    expect(formatMoney("-12.5")).toBe("-£12.50");
    expect(formatMoney("0.1")).toBe("£0.10");
  });
  it("adds exactly, never in floating point", () => {
    expect(sumMoney(["0.10", "0.20"]).toFixed(2)).toBe("0.30");
    expect(sumMoney(Array(1000).fill("0.01")).toFixed(2)).toBe("10.00");
  });
});

describe("dates", () => {
  it("shows moments in London time across the clock change", () => {
    expect(formatDateTime(new Date("2026-07-01T23:30:00Z"))).toContain("2 Jul 2026");
    expect(formatDateTime(new Date("2026-12-01T23:30:00Z"))).toContain("1 Dec 2026");
  });
  it("keeps calendar dates on their day", () => {
    expect(formatCalendarDate(new Date("2027-03-31T00:00:00Z"))).toBe("31 March 2027");
    expect(startOfUtcDay(new Date("2026-11-23T19:51:00Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(addMonths(new Date("2026-01-15T00:00:00Z"), 6).toISOString()).toBe("2026-07-15T00:00:00.000Z");
  });
});

describe("throttle keys", () => {
  it("hash e-mail and address, case-insensitively, and keep no plain text", () => {
    const k = throttleKey("account", "Someone@Example.org ");
    expect(k).toBe(throttleKey("account", "someone@example.org"));
    expect(k).not.toContain("example");
    expect(k).not.toBe(throttleKey("address", "someone@example.org"));
  });
});
