import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { CONTRACTS_CSV_HEADINGS, contractsRegisterCsv } from "@/lib/domain/transparency/contracts-csv";
import type { RegisterEntry } from "@/lib/data/public/contracts-register";

const entry = (over: Partial<RegisterEntry> = {}): RegisterEntry => ({
  id: "c1",
  reference: "NS-001",
  title: 'Saturday club, with "quotes", commas\nand a line break',
  description: "Play schemes: Saturday clubs",
  supplier: "Acme Play CIC",
  companyNumber: "01234567",
  charityNumber: null,
  sme: true,
  vcs: false,
  start: new Date("2025-04-01T00:00:00Z"),
  end: new Date("2028-03-31T00:00:00Z"),
  review: new Date("2027-09-30T00:00:00Z"),
  totalValue: "120000.50",
  annualValue: "40000.17",
  procurementRoute: "Open tender (T-1)",
  ...over,
});

describe("the Transparency Code contracts CSV", () => {
  it("parses back to the same fields, in the code's order, with dates as yyyy-mm-dd and exact pounds", () => {
    const rows = Papa.parse<string[]>(contractsRegisterCsv([entry()]), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...CONTRACTS_CSV_HEADINGS]);
    expect(rows[1]).toEqual([
      "NS-001",
      'Saturday club, with "quotes", commas\nand a line break',
      "Play schemes: Saturday clubs",
      "Acme Play CIC",
      "01234567",
      "",
      "Yes",
      "No",
      "2025-04-01",
      "2028-03-31",
      "2027-09-30",
      "120000.50",
      "40000.17",
      "Open tender (T-1)",
    ]);
  });

  it("defuses a supplier name a spreadsheet would run as a formula", () => {
    const rows = Papa.parse<string[]>(
      contractsRegisterCsv([entry({ supplier: '=HYPERLINK("http://x")' })]),
    ).data;
    expect(rows[1][3]).toBe('\'=HYPERLINK("http://x")');
  });

  it("is only the headings when there are no contracts", () => {
    expect(Papa.parse<string[]>(contractsRegisterCsv([]), { skipEmptyLines: true }).data).toEqual([
      [...CONTRACTS_CSV_HEADINGS],
    ]);
  });
});
