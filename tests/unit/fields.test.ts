import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  calendarDateField,
  checkbox,
  foldDateParts,
  moneyField,
  optionalMoneyField,
  optionalText,
  pageField,
  parseSearchParams,
  requiredText,
  searchParamsRecord,
  submissionKey,
  wholeNumber,
} from "@/lib/schemas/fields";

const message = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0].message;

describe("text", () => {
  const title = requiredText(5, { missing: "Enter a title", tooLong: "Too long" });

  it("required text is trimmed, and says what is missing or too long", () => {
    expect(title.parse("  Hi  ")).toBe("Hi");
    expect(message(title, "   ")).toBe("Enter a title");
    expect(message(title, undefined)).toBe("Enter a title");
    expect(message(title, "123456")).toBe("Too long");
  });

  it("optional text is trimmed, and empty becomes undefined", () => {
    const note = optionalText(3, "Too long");
    expect(note.parse(" ab ")).toBe("ab");
    expect(note.parse("  ")).toBeUndefined();
    expect(note.parse(undefined)).toBeUndefined();
    expect(message(note, "abcd")).toBe("Too long");
  });

  it("a checkbox is true only when ticked", () => {
    expect(checkbox.parse("yes")).toBe(true);
    expect(checkbox.parse(undefined)).toBe(false);
    expect(checkbox.safeParse("on").success).toBe(false);
  });
});

describe("money", () => {
  const value = moneyField({
    missing: "Enter the value",
    invalid: "Not an amount",
    notPositive: "More than £0",
    negative: "Not negative",
  });

  it.each([
    ["125000", "125000"],
    ["£125,000.50", "125000.50"],
    [" £ 1,234 ", "1234"],
    ["0.01", "0.01"],
  ])("reads %j exactly as %j", (typed, exact) => {
    expect(value.parse(typed)).toBe(exact);
  });

  it.each([
    ["", "Enter the value"],
    ["twelve", "Not an amount"],
    ["1.234", "Not an amount"],
    ["1e5", "Not an amount"],
    ["0", "More than £0"],
    ["0.00", "More than £0"],
    ["-5", "Not negative"],
  ])("refuses %j: %s", (typed, expected) => {
    expect(message(value, typed)).toBe(expected);
  });

  it("a minus sign is simply not an amount unless the form says otherwise", () => {
    const price = moneyField({ missing: "m", invalid: "Not an amount", notPositive: "p" });
    expect(message(price, "-5")).toBe("Not an amount");
  });

  it("optional money: empty is null, zero is allowed", () => {
    const budget = optionalMoneyField("Not an amount");
    expect(budget.parse("")).toBeNull();
    expect(budget.parse(undefined)).toBeNull();
    expect(budget.parse("£17,500,000.00")).toBe("17500000.00");
    expect(budget.parse("0")).toBe("0");
    expect(message(budget, "-1")).toBe("Not an amount");
  });
});

describe("whole numbers", () => {
  const months = wholeNumber(1, 120, {
    missing: "Enter the term",
    notWhole: "Whole",
    outOfRange: "1 to 120",
  });

  it("reads a whole number within its bounds", () => {
    expect(months.parse(" 12 ")).toBe(12);
    expect(message(months, "")).toBe("Enter the term");
    expect(message(months, "1.5")).toBe("Whole");
    expect(message(months, "-1")).toBe("Whole");
    expect(message(months, "0")).toBe("1 to 120");
    expect(message(months, "121")).toBe("1 to 120");
  });
});

describe("calendar dates", () => {
  const heldOn = calendarDateField("meeting date");

  it("folds day, month and year into midnight UTC", () => {
    const folded = foldDateParts(
      { "heldOn-day": "29", "heldOn-month": "2", "heldOn-year": "2028", x: 1 },
      "heldOn",
    );
    expect(folded).toEqual({ heldOn: { day: "29", month: "2", year: "2028" }, x: 1 });
    expect(heldOn.parse(folded.heldOn)).toEqual(new Date(Date.UTC(2028, 1, 29)));
  });

  it("names the field when it is missing or not a real date", () => {
    expect(message(heldOn, { day: "", month: "", year: "" })).toBe("Enter the meeting date");
    const invalid = "The meeting date must be a real date, like 27 3 2027";
    expect(message(heldOn, { day: "29", month: "2", year: "2027" })).toBe(invalid);
    expect(message(heldOn, { day: "1", month: "13", year: "2027" })).toBe(invalid);
    expect(message(heldOn, { day: "1", month: "1", year: "27" })).toBe(invalid);
    const own = calendarDateField({ missing: "Enter the date of birth", invalid: "Not real" });
    expect(message(own, { day: "", month: "", year: "" })).toBe("Enter the date of birth");
  });
});

describe("submission keys and search parameters", () => {
  it("a submission key is a UUID", () => {
    expect(submissionKey.safeParse(crypto.randomUUID()).success).toBe(true);
    expect(message(submissionKey, "nope")).toBe("This form has expired. Reload the page and try again.");
  });

  it("one reader for query strings: lenient for pages, or as a record for a strict schema", () => {
    const schema = z.object({ page: pageField, view: z.enum(["a", "b"]).default("a") });
    expect(parseSearchParams(schema, { page: ["3", "4"], view: "zzz" })).toEqual({ page: 3, view: "a" });
    expect(parseSearchParams(schema, new URLSearchParams("page=-1&view=b"))).toEqual({ page: 1, view: "b" });
    expect(searchParamsRecord(new URLSearchParams("view=a&view=b&page=2"))).toEqual({
      view: ["a", "b"],
      page: "2",
    });
  });
});
