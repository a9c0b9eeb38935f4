import { describe, expect, it } from "vitest";
import { englandDateParts, englandTime, formatDate, formatDateTime, monthLabel } from "@/lib/domain/dates";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const iso = (d: Date) => d.toISOString();

describe("England's clock (GMT in winter, BST in summer)", () => {
  it("a wall-clock time in winter is UTC, in summer an hour earlier in UTC", () => {
    expect(iso(englandTime(day(2027, 1, 15), 12))).toBe("2027-01-15T12:00:00.000Z");
    expect(iso(englandTime(day(2027, 7, 15), 12))).toBe("2027-07-15T11:00:00.000Z");
  });

  it("on the day the clocks go forward (last Sunday of March, 01:00 UTC)", () => {
    // 29 March 2026: 00:30 is still GMT; noon is BST.
    expect(iso(englandTime(day(2026, 3, 29), 0, 30))).toBe("2026-03-29T00:30:00.000Z");
    expect(iso(englandTime(day(2026, 3, 29), 12))).toBe("2026-03-29T11:00:00.000Z");
    expect(iso(englandTime(day(2026, 3, 29), 2, 0))).toBe("2026-03-29T01:00:00.000Z");
    // 01:30 never happens that night: it is read as 02:30 BST.
    expect(iso(englandTime(day(2026, 3, 29), 1, 30))).toBe("2026-03-29T01:30:00.000Z");
    // The day before is all GMT, the day after all BST.
    expect(iso(englandTime(day(2026, 3, 28), 23, 59))).toBe("2026-03-28T23:59:00.000Z");
    expect(iso(englandTime(day(2026, 3, 30), 0, 0))).toBe("2026-03-29T23:00:00.000Z");
  });

  it("on the day the clocks go back (last Sunday of October, 01:00 UTC)", () => {
    // 25 October 2026: 00:30 is BST; noon is GMT again.
    expect(iso(englandTime(day(2026, 10, 25), 0, 30))).toBe("2026-10-24T23:30:00.000Z");
    expect(iso(englandTime(day(2026, 10, 25), 12))).toBe("2026-10-25T12:00:00.000Z");
    expect(iso(englandTime(day(2026, 10, 25), 17))).toBe("2026-10-25T17:00:00.000Z");
    expect(iso(englandTime(day(2026, 10, 24), 17))).toBe("2026-10-24T16:00:00.000Z");
  });

  it("a moment's calendar date in England, which can be the next day in UTC terms", () => {
    // 23:30 UTC on 31 March 2026 is 00:30 BST on 1 April.
    expect(englandDateParts(new Date("2026-03-31T23:30:00Z"))).toEqual({
      day: "01",
      month: "04",
      year: "2026",
    });
    expect(englandDateParts(new Date("2026-12-31T23:30:00Z"))).toEqual({
      day: "31",
      month: "12",
      year: "2026",
    });
    // Round trip: noon deadlines refill the date they were typed on, both sides of each change.
    for (const d of [day(2026, 3, 28), day(2026, 3, 29), day(2026, 10, 25), day(2026, 10, 26)]) {
      expect(englandDateParts(englandTime(d, 12))).toEqual({
        day: String(d.getUTCDate()).padStart(2, "0"),
        month: String(d.getUTCMonth() + 1).padStart(2, "0"),
        year: String(d.getUTCFullYear()),
      });
    }
  });

  it("shows moments in England's time", () => {
    expect(formatDate(new Date("2026-03-31T23:30:00Z"))).toBe("1 April 2026");
    expect(formatDateTime(new Date("2026-07-01T13:05:00Z"))).toBe("1 Jul 2026, 14:05");
    expect(formatDateTime(new Date("2026-10-25T01:30:00Z"))).toBe("25 Oct 2026, 01:30");
    expect(monthLabel("2026-04")).toBe("Apr 2026");
  });
});
