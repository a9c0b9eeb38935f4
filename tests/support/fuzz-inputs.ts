/**
 * Malformed inputs for the fuzz suites (tests/integration/fuzz-actions.test.ts, fuzz-routes.test.ts):
 * the field names a zod schema reads, and fast-check arbitraries for hostile values. Huge strings
 * and files are small tokens turned into the real thing only when sent, so a shrunk counterexample
 * prints readably.
 */
import fc from "fast-check";
import type { z } from "zod";

/** A string of `length` characters, printed by fast-check as its kind and length, not its text. */
export class Huge {
  constructor(
    readonly unit: string,
    readonly length: number,
  ) {}
  private static made = new Map<string, string>();
  /** Made once per unit and length, not for every case. */
  text(): string {
    const key = `${this.length}:${this.unit}`;
    let text = Huge.made.get(key);
    if (text === undefined) {
      text = this.unit.repeat(Math.ceil(this.length / this.unit.length)).slice(0, this.length);
      Huge.made.set(key, text);
    }
    return text;
  }
  [fc.toStringMethod](): string {
    return `Huge(${JSON.stringify(this.unit)} x ${this.length})`;
  }
}

/** A file part where text is expected (or a hostile file where a file is). */
export class FilePart {
  constructor(
    readonly name: string,
    readonly type: string,
    readonly body: string,
  ) {}
  file(): File {
    return new File([this.body], this.name, { type: this.type });
  }
  [fc.toStringMethod](): string {
    return `File(${JSON.stringify(this.name)}, ${this.type}, ${this.body.length} bytes)`;
  }
}

export type FuzzValue = string | Huge | FilePart;
export type FuzzEntry = [name: string, value: FuzzValue];

export const asFormValue = (v: FuzzValue): string | File =>
  v instanceof Huge ? v.text() : v instanceof FilePart ? v.file() : v;

export function toFormData(entries: readonly FuzzEntry[]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, asFormValue(value));
  return form;
}

export const valueText = (v: FuzzValue): string =>
  v instanceof Huge ? v.text() : v instanceof FilePart ? "" : v;

/** Strings no form of the portal should accept as they are, or should store only as plain text. */
const HOSTILE = [
  "",
  " ",
  "\t\n",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  '\'; DROP TABLE "User"; --',
  "' OR '1'='1",
  '=HYPERLINK("http://evil.example")',
  "+cmd|' /C calc'!A0",
  "../../../../etc/passwd",
  "%00",
  "${7*7}{{7*7}}",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "true",
  "[object Object]",
  '{"a":1}',
  "[]",
  // Unicode: right-to-left override, zero-width space and joiner, BOM, lone surrogate halves, NUL.
  "\u202Eevil\u202C",
  "a\u200Bb\u200D",
  "\uFEFF",
  "\uD800",
  "x\uDC00y",
  "a\u0000b",
  "\u0000",
  "e\u0301\u0301\u0301",
  "👨‍👩‍👧‍👦",
  "İıßﬃ",
  "\r\n\r\n",
];

const NUMBERS = [
  "-1",
  "-0",
  "0",
  "1.5",
  "12.345",
  "1e309",
  "-1e309",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x10",
  "1_000",
  "9007199254740993",
  "99999999999999999999999999",
  "-99999999999999999999999999",
  "£-5",
  "£1,000,000,000,000,000.00",
  "2147483648",
  "-2147483649",
];

const DATE_PARTS = ["32", "0", "00", "13", "-1", "31", "29", "99999", "0000", "1", "2026", "2.5"];
const DATES = ["2026-02-30", "2026-13-01", "0000-01-01", "99999-01-01", "1970-01-01T00:00:00Z", "not a date"];

/** Text values of every hostile kind (for any field). */
export const hostileText: fc.Arbitrary<FuzzValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE, ...NUMBERS, ...DATES, ...DATE_PARTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  // Any UTF-16 code unit, lone surrogate halves included.
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.nat(0xffff).map((c) => String.fromCharCode(c)), maxLength: 12 }),
  },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.uuid() },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom("x", "<script>", "\u202E", "\u0000", "é", "9")
      .map((unit) => new Huge(unit, 100_000)),
  },
);

export const filePart: fc.Arbitrary<FuzzValue> = fc
  .tuple(
    fc.constantFrom("x.pdf", "photo.jpg", "../../evil.sh", "", "a\u0000.png", "x".repeat(300) + ".csv"),
    fc.constantFrom("application/pdf", "image/png", "text/csv", "text/html", "application/octet-stream", ""),
    fc.constantFrom(
      "",
      "<script>alert(1)</script>",
      "%PDF-1.4 not really",
      "a,b\n=1+1,2\n",
      "\u0000\u0001\u0002",
    ),
  )
  .map(([name, type, body]) => new FilePart(name, type, body));

/** Fields named like record ids: they get foreign, missing and garbage ids. */
export const ID_FIELD = /(^id|Id|Ids)$/;

type Def = { type: string; [k: string]: unknown };
const defOf = (schema: unknown): Def | undefined =>
  (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** The object shape a schema parses (through pipes, transforms, wrappers, unions, intersections). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const out: Record<string, z.ZodType> = {};
  const walk = (s: unknown, depth: number) => {
    const def = defOf(s);
    if (!def || depth > 12) return;
    switch (def.type) {
      case "object":
        Object.assign(out, def.shape as Record<string, z.ZodType>);
        return;
      case "pipe":
        walk(def.in, depth + 1);
        return;
      case "union":
        for (const o of def.options as unknown[]) walk(o, depth + 1);
        return;
      case "intersection":
        walk(def.left, depth + 1);
        walk(def.right, depth + 1);
        return;
      case "lazy":
        walk((def.getter as () => unknown)(), depth + 1);
        return;
      default:
        if ("innerType" in def) walk(def.innerType, depth + 1);
    }
  };
  walk(schema, 0);
  return out;
}

/** The allowed values of an enum or literal field, to get further than the first check. */
export function choicesOf(schema: z.ZodType): string[] {
  const found: string[] = [];
  const walk = (s: unknown, depth: number) => {
    const def = defOf(s);
    if (!def || depth > 12) return;
    if (def.type === "enum") found.push(...Object.values(def.entries as Record<string, string>).map(String));
    else if (def.type === "literal") found.push(...(def.values as unknown[]).map(String));
    else if (def.type === "pipe") walk(def.in, depth + 1);
    else if (def.type === "array") walk(def.element, depth + 1);
    else if (def.type === "union") for (const o of def.options as unknown[]) walk(o, depth + 1);
    else if ("innerType" in def) walk(def.innerType, depth + 1);
  };
  walk(schema, 0);
  return found;
}

/** A field that is a date typed as day, month and year parts (calendarDateField). */
function isDateParts(schema: z.ZodType): boolean {
  const keys = Object.keys(shapeOf(schema));
  return keys.length === 3 && ["day", "month", "year"].every((k) => keys.includes(k));
}

/** The names a form sends for a schema's fields, with each field's allowed choices. */
export function formFieldsOf(schema: z.ZodType): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const [name, field] of Object.entries(shapeOf(schema))) {
    if (isDateParts(field)) for (const p of ["day", "month", "year"]) fields.set(`${name}-${p}`, []);
    else fields.set(name, choicesOf(field));
  }
  return fields;
}

/** Names forms commonly send, for actions whose schema cannot be reached. */
export const COMMON_FIELDS = [
  "id",
  "userId",
  "councilId",
  "organisationId",
  "childId",
  "tenderId",
  "contractId",
  "specificationId",
  "membershipId",
  "submissionKey",
  "name",
  "email",
  "title",
  "description",
  "status",
  "role",
  "amount",
  "date-day",
  "date-month",
  "date-year",
  "file",
  "intent",
  "mode",
  "step",
  "token",
  "password",
];
