import { describe, expect, it } from "vitest";
import {
  formatPopulationCsv,
  parsePopulationCsv,
  POPULATION_MAX_ROWS,
  type PopulationCsvResult,
} from "@/lib/domain/parse-population-csv";
import { decodeCsvBytes } from "@/lib/spreadsheets/read-csv";
import { runAction } from "@/lib/actions/form-state";
import { CsvFileError, ROW_PROBLEMS_SHOWN } from "@/lib/spreadsheets/csv-file-error";

const CODES = ["NV", "SM", "EW", "WR"];
const HEADER = "district_code,age_band,year,population";
const csv = (...lines: string[]) => lines.join("\n");

function figures(result: PopulationCsvResult) {
  if (!result.ok) throw new Error(`expected figures, got ${JSON.stringify(result)}`);
  return result.figures;
}

function problems(result: PopulationCsvResult): string[] {
  if (result.ok) throw new Error("expected problems, got figures");
  return result.fileProblem ? [result.fileProblem] : result.rowProblems.map((p) => p.message);
}

describe("a good file", () => {
  it("reads every row, with the council's spelling of the code and the enum band", () => {
    const result = parsePopulationCsv(
      csv(HEADER, "NV,0-4,2025,6840", "sm,5-10,2025,6480", "EW,11-15,2024,8020", "WR,16-19,2024,0"),
      CODES,
    );
    expect(figures(result)).toEqual([
      { row: 2, districtCode: "NV", ageBand: "AGE_0_4", year: 2025, population: 6840 },
      { row: 3, districtCode: "SM", ageBand: "AGE_5_10", year: 2025, population: 6480 },
      { row: 4, districtCode: "EW", ageBand: "AGE_11_15", year: 2024, population: 8020 },
      { row: 5, districtCode: "WR", ageBand: "AGE_16_19", year: 2024, population: 0 },
    ]);
  });

  it("accepts the enum names, 'to', spaces and en dashes for age bands", () => {
    const result = parsePopulationCsv(
      csv(HEADER, "NV,AGE_0_4,2025,1", "NV,age_5_10,2025,2", "NV,11 to 15,2025,3", "NV,16 – 19,2025,4"),
      CODES,
    );
    expect(figures(result).map((f) => f.ageBand)).toEqual(["AGE_0_4", "AGE_5_10", "AGE_11_15", "AGE_16_19"]);
  });

  it("accepts the edges of the ranges, and a quoted number with thousands commas", () => {
    const result = parsePopulationCsv(
      csv(HEADER, "NV,0-4,2000,0", "NV,5-10,2100,10000000", 'NV,11-15,2025,"6,840"'),
      CODES,
    );
    expect(figures(result).map((f) => [f.year, f.population])).toEqual([
      [2000, 0],
      [2100, 10_000_000],
      [2025, 6840],
    ]);
  });

  it("reads the file back the same after formatting it for the import step", () => {
    const first = figures(parsePopulationCsv(csv(HEADER, "NV,0-4,2025,6840", "EW,16-19,2024,12"), CODES));
    const again = figures(parsePopulationCsv(formatPopulationCsv(first), CODES));
    expect(again).toEqual(first);
  });
});

describe("the shape of the file", () => {
  it("drops a byte order mark", () => {
    const result = parsePopulationCsv(`\uFEFF${csv(HEADER, "NV,0-4,2025,6840")}`, CODES);
    expect(figures(result)).toHaveLength(1);
  });

  it("reads Windows line endings", () => {
    const result = parsePopulationCsv(`${HEADER}\r\nNV,0-4,2025,6840\r\nSM,0-4,2025,5210\r\n`, CODES);
    expect(figures(result).map((f) => f.population)).toEqual([6840, 5210]);
  });

  it("skips blank lines but numbers rows as a spreadsheet does", () => {
    const result = parsePopulationCsv(
      csv("", HEADER, "", "NV,0-4,2025,6840", " , , ,", "NV,0-9,2025,1", "", ""),
      CODES,
    );
    expect(problems(result)).toEqual(["Row 6: age band '0-9' is not one of 0-4, 5-10, 11-15, 16-19"]);
  });

  it("matches column names in any order, case, spacing or hyphenation, and reports other columns", () => {
    const result = parsePopulationCsv(
      csv(" Population ,YEAR,Age Band,district-code,Notes", "6840,2025,0-4,NV,from the census"),
      CODES,
    );
    expect(result).toEqual({
      ok: true,
      figures: [{ row: 2, districtCode: "NV", ageBand: "AGE_0_4", year: 2025, population: 6840 }],
      ignoredColumns: ["Notes"],
    });
  });

  it("reads a file saved as Windows-1252 as well as UTF-8", () => {
    const latin1 = Uint8Array.from([...Buffer.from(`${HEADER},note\nNV,0-4,2025,6840,caf`), 0xe9]);
    expect(decodeCsvBytes(latin1)).toContain("café");
    expect(decodeCsvBytes(new TextEncoder().encode("district_code,café"))).toBe("district_code,café");
  });

  it.each([
    ["an empty file", "", "The selected file is empty"],
    ["blank lines only", "\r\n \n,,,\n", "The selected file is empty"],
    ["column names only", `${HEADER}\n\n`, "The selected file has column names but no figures"],
    [
      "a binary file",
      "PK\u0003\u0004\u0000\u0000",
      "The selected file must be a CSV file. In your spreadsheet, save it as CSV.",
    ],
  ])("refuses %s with a message for the whole file", (_name, text, message) => {
    expect(parsePopulationCsv(text, CODES)).toEqual({ ok: false, fileProblem: message, rowProblems: [] });
  });

  it("names missing columns, as when the file is separated by semicolons", () => {
    const [message] = problems(
      parsePopulationCsv("district_code;age_band;year;population\nNV;0-4;2025;1", CODES),
    );
    expect(message).toContain("must name the columns district_code, age_band, year, population");
    expect(message).toContain("Missing: district_code, age_band, year, population");
    const [partial] = problems(parsePopulationCsv("district_code,year\nNV,2025", CODES));
    expect(partial).toMatch(/Missing: age_band, population$/);
  });

  it("refuses a column named twice", () => {
    expect(problems(parsePopulationCsv(`${HEADER},Year\nNV,0-4,2025,1,2025`, CODES))).toEqual([
      "The first row names the column year twice",
    ]);
  });

  it("refuses more rows than one import takes", () => {
    const rows = Array.from({ length: POPULATION_MAX_ROWS + 1 }, () => "NV,0-4,2025,1");
    expect(problems(parsePopulationCsv(csv(HEADER, ...rows), CODES))[0]).toMatch(/more than 20,000 rows/);
  });

  it("says where a quote mark is left open", () => {
    expect(
      problems(parsePopulationCsv(csv(HEADER, "NV,0-4,2025,1", 'SM,"0-4,2025,1', "EW,0-4,2025,1"), CODES)),
    ).toEqual(['Row 3: a quote mark (") is not closed, so the rest of the file cannot be read']);
  });
});

describe("bad rows", () => {
  const rowProblems = (...rows: string[]) => problems(parsePopulationCsv(csv(HEADER, ...rows), CODES));

  it("lists every problem with its row, and returns no figures at all", () => {
    const result = parsePopulationCsv(
      csv(HEADER, "NV,0-4,2025,6840", "NV,5-11,2025,100", "SM,0-4,2025,5210"),
      CODES,
    );
    expect(result).toEqual({
      ok: false,
      fileProblem: null,
      rowProblems: [{ row: 3, message: "Row 3: age band '5-11' is not one of 0-4, 5-10, 11-15, 16-19" }],
    });
  });

  it("district codes: missing, or not one of the council's", () => {
    expect(rowProblems(",0-4,2025,1", "ZZ,0-4,2025,1", "EC,0-4,2025,1")).toEqual([
      "Row 2: enter a district code",
      "Row 3: no district with code ZZ in your council",
      "Row 4: no district with code EC in your council",
    ]);
  });

  it("age bands: missing, out of the list, or turned into a date by a spreadsheet", () => {
    expect(rowProblems("NV,,2025,1", "NV,20-24,2025,1", "NV,05-Oct,2025,1")).toEqual([
      "Row 2: enter an age band (0-4, 5-10, 11-15, 16-19)",
      "Row 3: age band '20-24' is not one of 0-4, 5-10, 11-15, 16-19",
      "Row 4: age band '05-Oct' is not one of 0-4, 5-10, 11-15, 16-19. A spreadsheet may have turned it into a date: format the column as text, or write AGE_5_10 and so on",
    ]);
  });

  it("years: missing, not 4 digits, or out of range", () => {
    expect(
      rowProblems("NV,0-4,,1", "NV,0-4,25,1", "NV,0-4,2025.0,1", "NV,0-4,1999,1", "NV,0-4,2101,1"),
    ).toEqual([
      "Row 2: enter a year",
      "Row 3: year '25' is not a year: write it as 4 digits, like 2025",
      "Row 4: year '2025.0' is not a year: write it as 4 digits, like 2025",
      "Row 5: year 1999 must be between 2000 and 2100",
      "Row 6: year 2101 must be between 2000 and 2100",
    ]);
  });

  it("populations: missing, negative, fractional, text or too large", () => {
    const range = "must be a whole number from 0 to 10,000,000";
    expect(
      rowProblems(
        "NV,0-4,2025,",
        "NV,5-10,2025,-5",
        "NV,11-15,2025,12.5",
        "NV,16-19,2025,lots",
        "SM,0-4,2025,10000001",
      ),
    ).toEqual([
      "Row 2: enter the population",
      `Row 3: population '-5' ${range}`,
      `Row 4: population '12.5' ${range}`,
      `Row 5: population 'lots' ${range}`,
      `Row 6: population '10000001' ${range}`,
    ]);
  });

  it("an unquoted thousands comma makes one value too many", () => {
    expect(rowProblems("NV,0-4,2025,6,840")).toEqual([
      "Row 2: has 5 values but the first row names 4 columns. Write numbers without commas (6840, not 6,840)",
    ]);
    // Empty cells after the last column (left by a spreadsheet) are fine.
    expect(figures(parsePopulationCsv(csv(HEADER, "NV,0-4,2025,6840,,"), CODES))).toHaveLength(1);
  });

  it("gives every problem of one row", () => {
    expect(rowProblems("ZZ,5-11,1999,-5")).toEqual([
      "Row 2: no district with code ZZ in your council",
      "Row 2: age band '5-11' is not one of 0-4, 5-10, 11-15, 16-19",
      "Row 2: year 1999 must be between 2000 and 2100",
      "Row 2: population '-5' must be a whole number from 0 to 10,000,000",
    ]);
  });

  it("the same district, band and year twice, however it is spelled", () => {
    expect(rowProblems("NV,0-4,2025,1", "SM,0-4,2025,2", "nv,AGE_0_4,2025,3", "NV,0-4,2024,4")).toEqual([
      "Row 4: NV, 0-4, 2025 is also on row 2. Give each district, age band and year once",
    ]);
  });

  it("formula-looking cells are refused, never read as values", () => {
    expect(
      rowProblems('=HYPERLINK("x"),0-4,2025,1', "NV,@SUM(A1),2025,1", "NV,5-10,+A1,1", "NV,11-15,2025,=1+2"),
    ).toEqual([
      "Row 2: district code '=HYPERLINK(\"x\")' looks like a spreadsheet formula. Save the file with the values instead",
      "Row 3: age band '@SUM(A1)' looks like a spreadsheet formula. Save the file with the values instead",
      "Row 4: year '+A1' looks like a spreadsheet formula. Save the file with the values instead",
      "Row 5: population '=1+2' looks like a spreadsheet formula. Save the file with the values instead",
    ]);
  });

  it("cuts a long cell short in its message", () => {
    const [message] = rowProblems(`${"X".repeat(200)},0-4,2025,1`);
    expect(message).toBe(`Row 2: no district with code ${"X".repeat(37)}... in your council`);
  });
});

describe("row problems in form state", () => {
  it("travel as typed rows beside the file's message, in file order, at most 100", async () => {
    const rowProblems = Array.from({ length: 120 }, (_, i) => ({
      row: i + 2,
      message: `Row ${i + 2}: problem`,
    }));
    const state = await runAction(new FormData(), async () => {
      throw new CsvFileError({ ok: false, fileProblem: null, rowProblems });
    });
    const message =
      "The selected file has 120 problems. The first 100 are listed below: fix them all and choose the file again";
    expect(state).toMatchObject({ ok: false, formError: message, fieldErrors: { file: message } });
    const back = state && !state.ok ? (state.rowProblems ?? []) : [];
    expect(back).toHaveLength(ROW_PROBLEMS_SHOWN);
    expect(back[0]).toEqual({ row: 2, message: "Row 2: problem" });
    expect(back[99]).toEqual({ row: 101, message: "Row 101: problem" });
  });

  it("a file problem has no rows", async () => {
    const state = await runAction(new FormData(), async () => {
      throw new CsvFileError({ ok: false, fileProblem: "The selected file is empty", rowProblems: [] });
    });
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { file: "The selected file is empty" },
      rowProblems: [],
    });
  });
});
