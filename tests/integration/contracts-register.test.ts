import { describe, expect, it, vi } from "vitest";
import { contractsRegisterRows, listContractsRegister } from "@/lib/data/public/contracts-register";
import { GET } from "@/app/api/transparency/[slug]/contracts.csv/route";
import { GET as GET_XLSX } from "@/app/api/transparency/[slug]/contracts.xlsx/route";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { makeContract, makeCouncil, makeOrganisation } from "./factories";

// Signed out: the CSV is public.
vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));

const TODAY = new Date("2026-06-15T12:00:00Z");

describe("the public contracts register", () => {
  it("lists the council's contracts over £5,000 only, current or ended, with the code's fields", async () => {
    const council = await makeCouncil();
    const other = await makeCouncil();
    const org = await makeOrganisation(council.id, "Acme Play CIC");
    const otherOrg = await makeOrganisation(other.id);
    const base = { councilId: council.id, organisationId: org.id };
    await makeContract({
      ...base,
      reference: "LIVE",
      start: "2025-04-01",
      end: "2028-03-31",
      totalValue: "120000.00",
    });
    await makeContract({
      ...base,
      reference: "SMALL",
      start: "2025-04-01",
      end: "2028-03-31",
      totalValue: "5000.00",
    });
    await makeContract({
      ...base,
      reference: "ENDED",
      start: "2022-04-01",
      end: "2025-03-31",
      totalValue: "5000.01",
    });
    await makeContract({
      ...base,
      reference: "STOPPED",
      start: "2024-04-01",
      end: "2027-03-31",
      terminated: "2026-01-31",
      totalValue: "90000.00",
    });
    await makeContract({
      councilId: other.id,
      organisationId: otherOrg.id,
      start: "2025-04-01",
      end: "2028-03-31",
    });

    const refs = async (view: "current" | "ended" | "all") =>
      (await listContractsRegister(council.slug, view, 1, TODAY))!.result.items
        .map((c) => c.reference)
        .sort();
    expect(await refs("current")).toEqual(["LIVE"]);
    expect(await refs("ended")).toEqual(["ENDED", "STOPPED"]);
    expect(await refs("all")).toEqual(["ENDED", "LIVE", "STOPPED"]);

    const all = (await contractsRegisterRows(council.slug, TODAY))!.entries;
    const stopped = all.find((c) => c.reference === "STOPPED")!;
    // Ended early: the register shows when it really ended; the review date is six months before the planned end.
    expect(stopped.end.toISOString().slice(0, 10)).toBe("2026-01-31");
    expect(stopped.review.toISOString().slice(0, 10)).toBe("2026-09-30");
    expect(all.find((c) => c.reference === "LIVE")).toMatchObject({
      supplier: "Acme Play CIC",
      totalValue: "120000.00",
      annualValue: "40000.00",
      procurementRoute: "Not tendered through this portal (recorded or imported)",
    });
    expect(await listContractsRegister("no-such-council", "all", 1)).toBeNull();
  });

  it("answers the CSV to anyone, and 404 for a council that does not exist", async () => {
    const council = await makeCouncil();
    const org = await makeOrganisation(council.id);
    await makeContract({
      councilId: council.id,
      organisationId: org.id,
      reference: "CSV-1",
      start: "2025-04-01",
      end: "2028-03-31",
    });
    const call = (slug: string) =>
      GET(new Request(`http://localhost/api/transparency/${slug}/contracts.csv`) as never, {
        params: Promise.resolve({ slug }),
      });
    const ok = await call(council.slug);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toContain("text/csv");
    const csv = Papa.parse<string[]>(await ok.text(), { skipEmptyLines: true }).data;
    expect(csv[1][0]).toBe("CSV-1");
    expect((await call("no-such-council")).status).toBe(404);

    // The XLSX has the same columns and rows as the CSV.
    const xlsx = await GET_XLSX(
      new Request(`http://localhost/api/transparency/${council.slug}/contracts.xlsx`) as never,
      {
        params: Promise.resolve({ slug: council.slug }),
      },
    );
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const sheet = book.getWorksheet("Contracts")!;
    const rows = Array.from({ length: sheet.rowCount }, (_, i) =>
      (sheet.getRow(i + 1).values as unknown[]).slice(1).map((v) => (v === undefined ? "" : v)),
    );
    // exceljs leaves trailing empty cells out; pad to the CSV's width before comparing.
    expect(rows.map((r) => [...r, ...Array(csv[0].length - r.length).fill("")])).toEqual(csv);
    expect(book.getWorksheet("About")?.getRow(1).getCell(2).value).toBe(council.name);
  });
});
