import { describe, expect, it } from "vitest";
import { ragFor, worstRag } from "@/lib/domain/rag";
import { financialYearLabel, financialYearStart } from "@/lib/domain/dates";

describe("a contract's RAG", () => {
  it("is the worst of its KPIs', ignoring KPIs with no result", () => {
    expect(worstRag([])).toBeNull();
    expect(worstRag([null, null])).toBeNull();
    expect(worstRag(["GREEN", null, "GREEN"])).toBe("GREEN");
    expect(worstRag(["GREEN", "AMBER", "GREEN"])).toBe("AMBER");
    expect(worstRag(["AMBER", "RED", "GREEN"])).toBe("RED");
  });

  it("uses each KPI's own thresholds", () => {
    expect(ragFor("95", "100")).toBe("GREEN");
    expect(ragFor("95", "100", "99", "90")).toBe("AMBER");
    expect(ragFor("89.99", "100", "99", "90")).toBe("RED");
  });
});

describe("financial years", () => {
  it("run from 1 April to 31 March", () => {
    expect(financialYearStart(new Date("2027-03-31T23:00:00Z"))).toBe(2026);
    expect(financialYearStart(new Date("2027-04-01T00:00:00Z"))).toBe(2027);
    expect(financialYearLabel(2099)).toBe("2099/00");
    expect(financialYearLabel(2027)).toBe("2027/28");
  });
});
