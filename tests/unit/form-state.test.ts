import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  CONTROL_CHARACTER,
  FormInvalid,
  formObject,
  formValues,
  parseForm,
  runAction,
} from "@/lib/actions/form-state";
import { AppError } from "@/lib/errors";
import { councilSettingsSchema, createUserSchema } from "@/lib/schemas/users";
import { formFeedback } from "@/components/forms/form-feedback";

function fd(entries: [string, string][]) {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
}

describe("parseForm", () => {
  // Found by the fuzz suite (issue 19): PostgreSQL refuses NUL in text, so it came back as "something went wrong".
  it("refuses a NUL character in any field, before the schema, naming the field", () => {
    const schema = z.object({
      name: z.string(),
      ids: z.array(z.string()),
      when: z.object({ day: z.string() }),
    });
    const input = { name: "Ann", ids: ["a", "b\u0000"], when: { day: "1\u0000" } };
    expect(() => parseForm(schema, input)).toThrow(FormInvalid);
    try {
      parseForm(schema, input);
    } catch (e) {
      expect((e as FormInvalid).fieldErrors).toEqual({ ids: CONTROL_CHARACTER, when: CONTROL_CHARACTER });
    }
    expect(() => parseForm(z.string(), "a\u0000")).toThrow(FormInvalid);
    expect(parseForm(schema, { name: "Ann\u200b", ids: [], when: { day: "1" } }).name).toBe("Ann\u200b");
  });

  it("returns the first message per field", () => {
    try {
      parseForm(councilSettingsSchema, {
        statisticsThreshold: "abc",
        retentionDays: "91",
        returnDueDays: "20",
        standstillDays: "10",
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FormInvalid);
      expect((e as FormInvalid).fieldErrors).toEqual({
        statisticsThreshold: "Enter the statistics threshold as a whole number",
        retentionDays: "The retention period must be 90 days or fewer",
      });
    }
  });

  it("reads the contracts budget in pounds, and refuses anything else", () => {
    const base = {
      statisticsThreshold: "10",
      retentionDays: "30",
      returnDueDays: "20",
      standstillDays: "10",
    };
    expect(parseForm(councilSettingsSchema, { ...base, annualBudget: "£17,500,000.50" }).annualBudget).toBe(
      "17500000.50",
    );
    expect(parseForm(councilSettingsSchema, { ...base, annualBudget: "" }).annualBudget).toBeNull();
    expect(() => parseForm(councilSettingsSchema, { ...base, annualBudget: "-5" })).toThrow(FormInvalid);
    expect(() => parseForm(councilSettingsSchema, { ...base, annualBudget: "1.005" })).toThrow(FormInvalid);
  });

  it("rejects unknown fields (strict schemas)", () => {
    expect(() =>
      parseForm(councilSettingsSchema, {
        statisticsThreshold: "10",
        retentionDays: "30",
        returnDueDays: "20",
        standstillDays: "10",
        councilId: "someone-elses",
      }),
    ).toThrow(FormInvalid);
  });

  it("requires an organisation for provider staff", () => {
    const r = createUserSchema.safeParse({
      submissionKey: crypto.randomUUID(),
      name: "A",
      email: "a@example.org",
      role: "PROVIDER",
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(["organisationId"]);
  });
});

describe("runAction", () => {
  it("turns typed errors into form state and echoes values but never passwords", async () => {
    const data = fd([
      ["name", "Sam"],
      ["password", "secret"],
    ]);
    const state = await runAction(data, async () => {
      throw new AppError("CONFLICT", "Already there", { name: "Taken" });
    });
    expect(state).toEqual({
      ok: false,
      formError: "Already there",
      fieldErrors: { name: "Taken" },
      values: { name: "Sam" },
    });
  });

  it("hides unexpected errors behind a plain message", async () => {
    const state = await runAction(fd([]), async () => {
      throw new Error('relation "User" does not exist at character 15');
    });
    expect(state).toMatchObject({ ok: false });
    expect(JSON.stringify(state)).not.toContain("relation");
  });

  it("reads repeated keys as arrays when asked", () => {
    const data = fd([
      ["needs", "AUTISM"],
      ["needs", "SENSORY"],
      ["name", "x"],
    ]);
    expect(formObject(data, ["needs", "other"])).toEqual({
      needs: ["AUTISM", "SENSORY"],
      name: "x",
      other: [],
    });
    expect(formValues(data)).toEqual({ needs: ["AUTISM", "SENSORY"], name: "x" });
  });
});

describe("formFeedback", () => {
  it("orders the summary by the form's fields and links each to its field", () => {
    const f = formFeedback({ ok: false, fieldErrors: { b: "B wrong", a: "A wrong" }, values: { a: "1" } }, [
      "a",
      "b",
    ]);
    expect(f.summary).toEqual([
      { href: "#a", text: "A wrong" },
      { href: "#b", text: "B wrong" },
    ]);
    expect(f.value("a")).toBe("1");
    expect(f.error("b")).toBe("B wrong");
    expect(f.succeeded).toBeNull();
  });
  it("lists a data function's field error once, though it comes as the form's message too", () => {
    const f = formFeedback(
      { ok: false, formError: "Receipt wrong", fieldErrors: { receipt: "Receipt wrong" }, values: {} },
      ["message", "receipt"],
    );
    expect(f.summary).toEqual([{ href: "#receipt", text: "Receipt wrong" }]);
    const other = formFeedback({ ok: false, formError: "Budget ended", fieldErrors: {}, values: {} }, ["a"]);
    expect(other.summary).toEqual([{ href: "#a", text: "Budget ended" }]);
  });
  it("is quiet before the first submit", () => {
    expect(formFeedback(null, ["a"]).summary).toEqual([]);
    expect(formFeedback(null, ["a"]).values("a")).toBeUndefined();
  });
  it("refills a checkbox group with what was sent, none ticked when it was absent", () => {
    const f = formFeedback({ ok: false, fieldErrors: {}, values: { one: "x", many: ["x", "y"] } }, []);
    expect(f.values("one")).toEqual(["x"]);
    expect(f.values("many")).toEqual(["x", "y"]);
    expect(f.values("none")).toEqual([]);
    // A failure the action wrote by hand sends nothing back: the saved choices stay.
    expect(formFeedback({ ok: false, formError: "No" }, []).values("none")).toBeUndefined();
  });
  it("validates with zod 4", () => {
    expect(z.string().safeParse(1).success).toBe(false);
  });
});
