import { describe, expect, it } from "vitest";
import { contractStatus } from "@/lib/domain/contract-status";
import { generateReturnPeriods } from "@/lib/domain/return-periods";
import { ragFor } from "@/lib/domain/rag";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (x: Date) => x.toISOString().slice(0, 10);

describe("contract status from dates, on a controlled clock", () => {
  const c = {
    startDate: d("2027-04-01"),
    endDate: d("2030-03-31"),
    originalEndDate: d("2030-03-31"),
    terminatedAt: null,
  };
  it("moves through mobilising, live, ending and ended", () => {
    expect(contractStatus(c, d("2027-03-31"))).toBe("MOBILISING");
    expect(contractStatus(c, d("2027-04-01"))).toBe("LIVE");
    expect(contractStatus(c, d("2029-09-30"))).toBe("LIVE");
    expect(contractStatus(c, d("2029-10-01"))).toBe("ENDING");
    expect(contractStatus(c, d("2030-03-31"))).toBe("ENDING");
    expect(contractStatus(c, d("2030-04-01"))).toBe("ENDED");
  });
  it("knows an extension and a termination", () => {
    const extended = { ...c, endDate: d("2031-03-31") };
    expect(contractStatus(extended, d("2030-05-01"))).toBe("IN_EXTENSION");
    expect(contractStatus({ ...c, terminatedAt: d("2028-01-15") }, d("2028-01-15"))).toBe("TERMINATED");
    expect(contractStatus({ ...c, terminatedAt: d("2028-01-15") }, d("2028-01-14"))).toBe("LIVE");
  });
});

describe("return periods", () => {
  it("are calendar quarters, each due 20 days after it ends", () => {
    const p = generateReturnPeriods({ startDate: d("2027-04-01"), endDate: d("2028-03-31"), dueDays: 20 });
    expect(p.map((x) => [x.label, iso(x.startDate), iso(x.endDate), iso(x.dueDate)])).toEqual([
      ["April to June 2027", "2027-04-01", "2027-06-30", "2027-07-20"],
      ["July to September 2027", "2027-07-01", "2027-09-30", "2027-10-20"],
      ["October to December 2027", "2027-10-01", "2027-12-31", "2028-01-20"],
      ["January to March 2028", "2028-01-01", "2028-03-31", "2028-04-20"],
    ]);
  });
  it("give a contract starting and ending mid-quarter short first and last periods", () => {
    const p = generateReturnPeriods({ startDate: d("2027-05-15"), endDate: d("2027-11-10"), dueDays: 30 });
    expect(p.map((x) => [x.label, iso(x.startDate), iso(x.endDate), iso(x.dueDate)])).toEqual([
      ["April to June 2027 (part)", "2027-05-15", "2027-06-30", "2027-07-30"],
      ["July to September 2027", "2027-07-01", "2027-09-30", "2027-10-30"],
      ["October to December 2027 (part)", "2027-10-01", "2027-11-10", "2027-12-10"],
    ]);
  });
});

describe("RAG", () => {
  it("is green at 95% of target, amber at 80%, red below, with editable thresholds", () => {
    expect(ragFor(95, 100)).toBe("GREEN");
    expect(ragFor("94.99", 100)).toBe("AMBER");
    expect(ragFor(80, 100)).toBe("AMBER");
    expect(ragFor("79.99", 100)).toBe("RED");
    expect(ragFor(90, 100, 90, 70)).toBe("GREEN");
    expect(ragFor(12, "7.5")).toBe("GREEN");
  });
});
