import { describe, expect, it } from "vitest";
import {
  CONTRACT_IMPORT_MAX_ROWS,
  contractImportTemplate,
  parseCalendarDate,
  parseContractsCsv,
  parsePounds,
  type ContractImportLookups,
  type ContractsCsvResult,
} from "@/lib/domain/contracts/parse-contracts-csv";
import { decodeCsvBytes } from "@/lib/spreadsheets/read-csv";
import { contractImportSchema, contractUploadSchema } from "@/lib/schemas/contract-import";

const LOOKUPS: ContractImportLookups = {
  providers: [
    { id: "org-npp", name: "Northshire Play Partnership" },
    { id: "org-haven", name: "Haven Overnight Care Ltd" },
  ],
  serviceTypes: [
    { id: "st-play", code: "PLAY_SCHEME", name: "Play scheme" },
    { id: "st-overnight", code: "OVERNIGHT", name: "Overnight break" },
  ],
  districts: [
    { id: "d-nv", code: "NV", name: "North Vale" },
    { id: "d-sm", code: "SM", name: "Southmoor" },
  ],
  existingReferences: ["NCC-HELD-1"],
};

const HEADER =
  "reference,title,provider,service type,districts,annual value,total value,start date,end date,extension months available";
const GOOD =
  'SB-1,Saturday play scheme,Northshire Play Partnership,Play scheme,North Vale; Southmoor,"£12,500.00","37,500.10",01/04/2025,31/03/2028,12';
const csv = (...lines: string[]) => lines.join("\n");

function contracts(result: ContractsCsvResult) {
  if (!result.ok) throw new Error(`expected contracts, got ${JSON.stringify(result)}`);
  return result.contracts;
}

function problems(result: ContractsCsvResult): string[] {
  if (result.ok) throw new Error("expected problems, got contracts");
  return result.fileProblem ? [result.fileProblem] : result.rowProblems.map((p) => p.message);
}

/** One row with some cells changed from GOOD. */
function row(changes: Partial<Record<string, string>>): string {
  const columns = HEADER.split(",");
  const base = [
    "SB-1",
    "Saturday play scheme",
    "Northshire Play Partnership",
    "Play scheme",
    "North Vale",
    "12500.00",
    "37500.00",
    "01/04/2025",
    "31/03/2028",
    "",
  ];
  return columns
    .map((c, i) => {
      const v = changes[c] ?? base[i];
      return /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(",");
}

describe("a good file", () => {
  it("reads every cell, matching names without regard to case, and keeps money exact", () => {
    const [c] = contracts(parseContractsCsv(csv(HEADER, GOOD), LOOKUPS));
    expect(c).toEqual({
      row: 2,
      reference: "SB-1",
      title: "Saturday play scheme",
      organisationId: "org-npp",
      providerName: "Northshire Play Partnership",
      serviceTypeId: "st-play",
      serviceTypeName: "Play scheme",
      districtIds: ["d-nv", "d-sm"],
      districtNames: ["North Vale", "Southmoor"],
      annualValue: "12500.00",
      totalValue: "37500.10",
      startDate: new Date(Date.UTC(2025, 3, 1)),
      endDate: new Date(Date.UTC(2028, 2, 31)),
      extensionMonthsAvailable: 12,
    });
  });

  it("takes columns in any order, any case and spacing, trims cells and ignores other columns", () => {
    const result = parseContractsCsv(
      csv(
        "End Date,START_DATE,Total Value,Annual value (£),Districts,Service-Type,PROVIDER,Title,Reference,Notes",
        "  2028-03-31 , 2025-04-01 ,  1000 , 999.99 , southmoor ;NV; Southmoor ,  overnight break , haven overnight  care ltd ,  Nights away ,  ref-9 , anything",
      ),
      LOOKUPS,
    );
    expect(result.ok && result.ignoredColumns).toEqual(["Notes"]);
    const [c] = contracts(result);
    expect(c).toMatchObject({
      reference: "ref-9",
      title: "Nights away",
      organisationId: "org-haven",
      providerName: "Haven Overnight Care Ltd",
      serviceTypeId: "st-overnight",
      districtIds: ["d-sm", "d-nv"],
      annualValue: "999.99",
      totalValue: "1000.00",
      startDate: new Date(Date.UTC(2025, 3, 1)),
      endDate: new Date(Date.UTC(2028, 2, 31)),
      extensionMonthsAvailable: 0,
    });
  });

  it("drops a byte order mark and blank lines, and keeps the spreadsheet's row numbers", () => {
    const result = parseContractsCsv(
      `\uFEFF${csv(HEADER, "", row({ reference: "A" }), ",,,,,,,,,", row({ reference: "B" }))}\r\n`,
      LOOKUPS,
    );
    expect(contracts(result).map((c) => [c.row, c.reference])).toEqual([
      [3, "A"],
      [5, "B"],
    ]);
  });

  it("reads a Windows-1252 file as older Excel saves it, with its pound signs", () => {
    const bytes = Buffer.from(csv(HEADER, row({ "annual value": "£1,000.50" })), "latin1");
    const [c] = contracts(parseContractsCsv(decodeCsvBytes(new Uint8Array(bytes)), LOOKUPS));
    expect(c.annualValue).toBe("1000.50");
  });

  it("makes a template the parser reads, whose reference is new", () => {
    const template = contractImportTemplate({
      provider: "Northshire Play Partnership",
      serviceType: "Play scheme",
      districts: ["North Vale", "Southmoor"],
    });
    expect(contracts(parseContractsCsv(template, LOOKUPS))).toHaveLength(1);
  });
});

describe("money", () => {
  it.each([
    ["12500", "12500.00"],
    ["12,500", "12500.00"],
    ["£12,500.5", "12500.50"],
    [" £ 1,234,567.89 ", "1234567.89"],
    ["0.1", "0.10"],
    ["0", "0.00"],
    ["999999999.99", "999999999.99"],
  ])("reads %j exactly as %s", (text, expected) => {
    const result = parsePounds(text);
    expect(result.ok && result.value.toFixed(2)).toBe(expected);
  });

  it("adds up exactly where floats would not", () => {
    const a = parsePounds("0.10");
    const b = parsePounds("0.20");
    if (!a.ok || !b.ok) throw new Error("expected amounts");
    expect(a.value.plus(b.value).toFixed(20)).toBe("0.30000000000000000000");
  });

  it.each([
    ["-5", "must not be negative"],
    ["-£5.00", "must not be negative"],
    ["£-5", "must not be negative"],
    ["12.345", "must have no more than 2 decimal places"],
    ["twelve", "must be an amount in pounds, like 12,500.00"],
    ["12,50", "must be an amount in pounds, like 12,500.00"],
    ["1e5", "must be an amount in pounds, like 12,500.00"],
    ["$100", "must be an amount in pounds, like 12,500.00"],
    ["1000000000", "must be no more than £999999999.99"],
  ])("refuses %j: %s", (text, message) => {
    expect(parsePounds(text)).toEqual({ ok: false, message });
  });
});

describe("dates", () => {
  it.each([
    ["31/03/2027", Date.UTC(2027, 2, 31)],
    ["1/4/2025", Date.UTC(2025, 3, 1)],
    ["2027-03-31", Date.UTC(2027, 2, 31)],
    ["29/02/2028", Date.UTC(2028, 1, 29)],
  ])("reads %s", (text, expected) => {
    const result = parseCalendarDate(text);
    expect(result.ok && result.value.getTime()).toBe(expected);
  });

  it.each([
    ["31/02/2027", "'31/02/2027' is not a real date"],
    ["2027-13-01", "'2027-13-01' is not a real date"],
    ["31/03/27", "'31/03/27' must have a 4-digit year, like 31/03/2027"],
    ["March 2027", "'March 2027' must be a date written like 31/03/2027 or 2027-03-31"],
    ["01/01/1900", "must be between 1990 and 2100"],
  ])("refuses %s", (text, message) => {
    expect(parseCalendarDate(text)).toEqual({ ok: false, message });
  });
});

describe("row problems, each named by row and column", () => {
  const check = (...rows: string[]) => problems(parseContractsCsv(csv(HEADER, ...rows), LOOKUPS));

  it("an end date before or on the start date", () => {
    expect(
      check(
        row({ reference: "A", "start date": "01/04/2025", "end date": "31/03/2025" }),
        row({ reference: "B", "start date": "01/04/2025", "end date": "2025-04-01" }),
      ),
    ).toEqual([
      "Row 2, end date: must be after the start date",
      "Row 3, end date: must be after the start date",
    ]);
  });

  it("unknown provider, service type and district", () => {
    expect(
      check(
        row({
          provider: "Eastbrook Family Link",
          "service type": "Swimming",
          districts: "North Vale; Riverside",
        }),
      ),
    ).toEqual([
      "Row 2, provider: no provider called Eastbrook Family Link works with your council",
      "Row 2, service type: no service type called Swimming. Use one of: Play scheme, Overnight break",
      "Row 2, districts: no district called Riverside in your council",
    ]);
  });

  it("a provider name two linked organisations share", () => {
    const lookups = {
      ...LOOKUPS,
      providers: [...LOOKUPS.providers, { id: "org-2", name: "northshire play partnership" }],
    };
    expect(problems(parseContractsCsv(csv(HEADER, row({})), lookups))).toEqual([
      "Row 2, provider: more than one provider is called Northshire Play Partnership. Ask an administrator",
    ]);
  });

  it("a reference twice in the file, or already held by the council (any case)", () => {
    expect(
      check(row({ reference: "X-1" }), row({ reference: "x-1" }), row({ reference: "ncc-held-1" })),
    ).toEqual([
      "Row 3, reference: x-1 is also on row 2. Give each contract its own reference",
      "Row 4, reference: your council already has a contract with reference ncc-held-1",
    ]);
  });

  it("negative and non-numeric values, and a total less than a year's value", () => {
    expect(
      check(
        row({ reference: "A", "annual value": "-100", "total value": "abc" }),
        row({ reference: "B", "annual value": "5000", "total value": "4999.99" }),
        row({ reference: "C", "extension months available": "-1" }),
        row({ reference: "D", "extension months available": "1.5" }),
      ),
    ).toEqual([
      "Row 2, annual value: must not be negative",
      "Row 2, total value: must be an amount in pounds, like 12,500.00",
      "Row 3, total value: must be at least the annual value for a contract of a year or more",
      "Row 4, extension months available: must be a whole number from 0 to 120, or left blank for none",
      "Row 5, extension months available: must be a whole number from 0 to 120, or left blank for none",
    ]);
  });

  it("accepts a total below the annual value for a contract shorter than a year", () => {
    const result = parseContractsCsv(
      csv(
        HEADER,
        row({
          "annual value": "12000",
          "total value": "6000",
          "start date": "01/04/2025",
          "end date": "30/09/2025",
        }),
      ),
      LOOKUPS,
    );
    expect(contracts(result)[0].totalValue).toBe("6000.00");
    // Exactly a year is a year.
    expect(
      check(
        row({
          "annual value": "12000",
          "total value": "6000",
          "start date": "01/04/2025",
          "end date": "31/03/2026",
        }),
      ),
    ).toEqual(["Row 2, total value: must be at least the annual value for a contract of a year or more"]);
  });

  it("missing required cells", () => {
    expect(
      check(
        row({
          reference: "",
          title: " ",
          provider: "",
          "service type": "",
          districts: "",
          "annual value": "",
          "total value": "",
          "start date": "",
          "end date": "",
          // A row with every cell blank is skipped as an empty line.
          "extension months available": "3",
        }),
      ),
    ).toEqual([
      "Row 2, reference: enter a value",
      "Row 2, title: enter a value",
      "Row 2, provider: enter a value",
      "Row 2, service type: enter a value",
      "Row 2, districts: enter a value",
      "Row 2, annual value: enter a value",
      "Row 2, total value: enter a value",
      "Row 2, start date: enter a value",
      "Row 2, end date: enter a value",
    ]);
    expect(check(row({ districts: " ; " }))).toEqual(["Row 2, districts: enter at least one district"]);
  });

  it("bad dates in both columns", () => {
    expect(check(row({ "start date": "31/02/2025", "end date": "31/03/28" }))).toEqual([
      "Row 2, start date: '31/02/2025' is not a real date",
      "Row 2, end date: '31/03/28' must have a 4-digit year, like 31/03/2027",
    ]);
  });

  it("too long a reference or title", () => {
    expect(check(row({ reference: "R".repeat(51), title: "T".repeat(201) }))).toEqual([
      "Row 2, reference: must be 50 characters or fewer",
      "Row 2, title: must be 200 characters or fewer",
    ]);
  });

  it("a row with more values than columns, as an unquoted amount with a comma gives", () => {
    expect(check(GOOD.replace('"£12,500.00"', "12,500.00"))).toEqual([
      'Row 2: has 11 values but the first row names 10 columns. Put amounts with commas in quotes ("12,500.00"), or write them without commas',
    ]);
  });

  it("an unclosed quote stops the reading", () => {
    expect(check(row({ reference: "A" }), 'B,"Unclosed title,Northshire Play Partnership')).toEqual([
      'Row 3: a quote mark (") is not closed, so the rest of the file cannot be read',
    ]);
  });

  it("formula-looking cells are refused, never read as values (as the population import does)", () => {
    const formula = "looks like a spreadsheet formula. Save the file with the values instead";
    expect(
      check(
        row({ reference: "A", title: '=HYPERLINK("http://example.test","Open")' }),
        row({ reference: "B", provider: "@SUM(A1)" }),
        row({ reference: "C", districts: "+North Vale" }),
        row({ reference: "D", "extension months available": "=1+2" }),
        row({ reference: "-cmd" }),
      ),
    ).toEqual([
      `Row 2, title: '=HYPERLINK("http://example.test","Open")' ${formula}`,
      `Row 3, provider: '@SUM(A1)' ${formula}`,
      `Row 4, districts: '+North Vale' ${formula}`,
      `Row 5, extension months available: '=1+2' ${formula}`,
      `Row 6, reference: '-cmd' ${formula}`,
    ]);
    // A negative amount is still a negative amount, not a formula.
    expect(check(row({ "annual value": "-100" }))).toEqual(["Row 2, annual value: must not be negative"]);
  });

  it("lists every problem in the file, not just the first", () => {
    const rows = Array.from({ length: 30 }, (_, i) => row({ reference: `R${i}`, provider: "Nobody" }));
    expect(check(...rows)).toHaveLength(30);
  });
});

describe("file problems", () => {
  const check = (text: string) => problems(parseContractsCsv(text, LOOKUPS));

  it("an empty file, or column names only", () => {
    expect(check("")).toEqual(["The selected file is empty"]);
    expect(check("\uFEFF\n\n")).toEqual(["The selected file is empty"]);
    expect(check(`${HEADER}\n\n`)).toEqual(["The selected file has column names but no contracts"]);
  });

  it("missing or repeated columns", () => {
    expect(check("reference,title\nA,B")).toEqual([
      "The first row of the file must name the columns reference, title, provider, service type, districts, annual value, total value, start date, end date, separated by commas. Missing: provider, service type, districts, annual value, total value, start date, end date",
    ]);
    expect(check(`${HEADER},Reference\n${GOOD}`)).toEqual(["The first row names the column reference twice"]);
  });

  it("the optional column may be left out", () => {
    const header = HEADER.replace(",extension months available", "");
    const result = parseContractsCsv(csv(header, GOOD.replace(/,12$/, "")), LOOKUPS);
    expect(contracts(result)[0].extensionMonthsAvailable).toBe(0);
  });

  it("a binary file, such as a spreadsheet not saved as CSV", () => {
    expect(check("PK\u0003\u0004\u0000\u0000")).toEqual([
      "The selected file must be a CSV file. In your spreadsheet, save it as CSV (UTF-8).",
    ]);
  });

  it(`more than ${CONTRACT_IMPORT_MAX_ROWS} contracts`, () => {
    const rows = Array.from({ length: CONTRACT_IMPORT_MAX_ROWS + 1 }, (_, i) => row({ reference: `R${i}` }));
    expect(check(csv(HEADER, ...rows))).toEqual([
      "The selected file has more than 5,000 contracts. Split it into smaller files.",
    ]);
  });
});

describe("the form's schemas", () => {
  const file = (name: string, body: string | Uint8Array<ArrayBuffer>, type = "text/csv") =>
    new File([body], name, { type });

  it("takes a CSV upload and refuses others", () => {
    expect(contractUploadSchema.safeParse({ file: file("c.csv", "a") }).success).toBe(true);
    const message = (input: unknown) =>
      contractUploadSchema.safeParse({ file: input }).error?.issues[0].message ?? "ok";
    expect(message(null)).toBe("Select a CSV file");
    expect(message(file("c.xlsx", "a", "application/vnd.ms-excel"))).toBe("The selected file must be a CSV");
    expect(message(file("c.csv", ""))).toBe("The selected file is empty");
    expect(message(file("c.csv", new Uint8Array(2 * 1024 * 1024 + 1)))).toBe(
      "The selected file must be smaller than 2 MB",
    );
  });

  it("needs a submission key and the file's text on import", () => {
    expect(
      contractImportSchema.safeParse({ submissionKey: "8b1f4a52-6a6d-4f0a-9a57-2a5b3c4d5e6f", csv: "x" })
        .success,
    ).toBe(true);
    expect(contractImportSchema.safeParse({ submissionKey: "nope", csv: "x" }).success).toBe(false);
    expect(
      contractImportSchema.safeParse({
        submissionKey: "8b1f4a52-6a6d-4f0a-9a57-2a5b3c4d5e6f",
        csv: "",
        extra: 1,
      }).success,
    ).toBe(false);
  });
});
