import { z } from "zod";
import type { IndicativeBudget } from "../domain/ras/indicative-budget";
import type { RasDefinition } from "../domain/ras/ras-definition";

/**
 * The shape of a stored RAS definition (RasDraft and RasConfiguration `definition`). Stored JSON is
 * parsed with it on every read; whether the content makes sense is checkRasConfiguration's job.
 */
const option = z.object({ label: z.string(), points: z.number() }).strict();
const question = z.object({ code: z.string(), label: z.string(), options: z.array(option) }).strict();
const domain = z.object({ code: z.string(), label: z.string(), questions: z.array(question) }).strict();
const band = z.object({ fromPoints: z.number(), toPoints: z.number(), amount: z.string() }).strict();

export const rasDefinitionSchema = z
  .object({
    domains: z.array(domain),
    rule: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("PER_POINT"), poundsPerPoint: z.string() }).strict(),
      z.object({ kind: z.literal("BANDS"), bands: z.array(band) }).strict(),
    ]),
    floor: z.string(),
    ceiling: z.string(),
  })
  .strict() satisfies z.ZodType<RasDefinition>;

/** Reads a stored definition; a row that does not fit is a bug, not a user's mistake. */
export function readRasDefinition(json: unknown): RasDefinition {
  return rasDefinitionSchema.parse(json);
}

/** Answers as stored on an assessment: question code → chosen option's index. */
export const rasAnswersSchema = z.record(z.string(), z.number().int().min(0));

/** A code from a label: "Family circumstances" → "family-circumstances". */
export function codeFromLabel(label: string): string {
  return label
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

const MONEY = /^\d{1,10}(\.\d{1,2})?$/;
const RATE = /^\d{1,8}(\.\d{1,4})?$/;
const stripPounds = (v: string) => v.replace(/[£,\s]/g, "");

function amountField(label: string, pattern = MONEY, example = "500.00") {
  return z
    .string({ error: `Enter the ${label}` })
    .transform(stripPounds)
    .pipe(
      z
        .string()
        .min(1, `Enter the ${label}`)
        .regex(pattern, `Enter the ${label} in pounds and pence, like ${example}`),
    );
}

/** One band a line: "0-19: 1200.00" (points from–to, then the amount). */
const BAND_LINE = /^(\d{1,5})\s*(?:-|–|to)\s*(\d{1,5})\s*[:=]\s*£?([\d,]{1,13}(?:\.\d{1,2})?)$/;

export function bandsToText(bands: { fromPoints: number; toPoints: number; amount: string }[]): string {
  return bands.map((b) => `${b.fromPoints}-${b.toPoints}: ${b.amount}`).join("\n");
}

/** The money rule form: per point or in bands, the floor and the ceiling, and the system's name. */
export const rasRuleSchema = z
  .object({
    name: z
      .string({ error: "Enter a name" })
      .trim()
      .min(1, "Enter a name")
      .max(120, "The name must be 120 characters or fewer"),
    kind: z.enum(["PER_POINT", "BANDS"], { error: "Choose how points become money" }),
    poundsPerPoint: z.string().optional(),
    bands: z.string().max(4000, "Give at most 100 bands").optional(),
    floor: amountField("floor"),
    ceiling: amountField("ceiling", MONEY, "15000.00"),
  })
  .strict()
  .transform((v, ctx) => {
    const base = { name: v.name, floor: v.floor, ceiling: v.ceiling };
    if (v.kind === "PER_POINT") {
      const rate = stripPounds(v.poundsPerPoint ?? "");
      if (!RATE.test(rate)) {
        ctx.addIssue({
          code: "custom",
          path: ["poundsPerPoint"],
          message: rate ? "Enter pounds per point as an amount, like 45.00" : "Enter the pounds per point",
        });
        return z.NEVER;
      }
      return { ...base, rule: { kind: "PER_POINT" as const, poundsPerPoint: rate } };
    }
    const lines = (v.bands ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["bands"],
        message: "Enter at least one band, like 0-19: 1200.00",
      });
      return z.NEVER;
    }
    const bands = [];
    for (const [i, line] of lines.entries()) {
      const m = BAND_LINE.exec(line);
      if (!m) {
        ctx.addIssue({
          code: "custom",
          path: ["bands"],
          message: `Line ${i + 1} of the bands is not like 0-19: 1200.00 (points from, to, then the amount)`,
        });
        return z.NEVER;
      }
      bands.push({ fromPoints: Number(m[1]), toPoints: Number(m[2]), amount: stripPounds(m[3]) });
    }
    return { ...base, rule: { kind: "BANDS" as const, bands } };
  });

/** One answer option a line: "30: Needs full help with all personal care". */
const OPTION_LINE = /^(\d{1,4})\s*:\s*(.{1,200})$/;

export function optionsToText(options: { label: string; points: number }[]): string {
  return options.map((o) => `${o.points}: ${o.label}`).join("\n");
}

export const MAX_QUESTIONS_PER_DOMAIN = 20;

/**
 * A domain's form: its name and, for each question slot `q0`, `q1`, …, the wording, the options
 * (one a line) and a "remove" tick. Slots left empty are ignored, so the last one adds a question.
 */
export const rasDomainSchema = z.record(z.string(), z.string()).transform((form, ctx) => {
  const label = (form.label ?? "").trim();
  if (!label) ctx.addIssue({ code: "custom", path: ["label"], message: "Enter the domain's name" });
  else if (label.length > 120)
    ctx.addIssue({ code: "custom", path: ["label"], message: "The name must be 120 characters or fewer" });
  const questions = [];
  for (let i = 0; i < MAX_QUESTIONS_PER_DOMAIN + 1; i++) {
    const qLabel = (form[`q${i}-label`] ?? "").trim();
    const optionsText = (form[`q${i}-options`] ?? "").trim();
    if (form[`q${i}-remove`] === "yes" || (!qLabel && !optionsText)) continue;
    const n = i + 1;
    if (!qLabel)
      ctx.addIssue({ code: "custom", path: [`q${i}-label`], message: `Enter the wording of question ${n}` });
    else if (qLabel.length > 200)
      ctx.addIssue({
        code: "custom",
        path: [`q${i}-label`],
        message: `Question ${n} must be 200 characters or fewer`,
      });
    const lines = optionsText
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const options = [];
    for (const [li, line] of lines.entries()) {
      const m = OPTION_LINE.exec(line);
      if (!m) {
        ctx.addIssue({
          code: "custom",
          path: [`q${i}-options`],
          message: `Question ${n}, line ${li + 1}: write the points, a colon, then the answer, like 15: Needs some help every day`,
        });
        break;
      }
      options.push({ points: Number(m[1]), label: m[2].trim() });
    }
    if (lines.length < 2)
      ctx.addIssue({
        code: "custom",
        path: [`q${i}-options`],
        message: `Give question ${n} at least two answers, one a line`,
      });
    questions.push({ code: codeFromLabel(qLabel), label: qLabel, options });
  }
  return { label, code: codeFromLabel(label), questions };
});

/** Which domain a form acts on: its position in the draft. */
export const rasDomainIndexSchema = z.object({
  index: z.coerce.number({ error: "That domain could not be found." }).int().min(0).max(99),
});

/** A new domain: its name only; questions are added on its own page. */
export const rasNewDomainSchema = z
  .object({
    label: z
      .string({ error: "Enter the domain's name" })
      .trim()
      .min(1, "Enter the domain's name")
      .max(120, "The name must be 120 characters or fewer"),
  })
  .strict();

/** Sample or real answers sent from radios named by question code: option index as text. */
export const rasAnswerFormSchema = z
  .record(z.string().max(40), z.string().regex(/^\d{1,3}$/, "Choose one of the answers"))
  .transform((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v)])));

/** An indicative budget's breakdown as stored on a submitted assessment (IndicativeBudget). */
export const storedBreakdownSchema = z
  .object({
    domains: z.array(z.object({ code: z.string(), label: z.string(), points: z.number() }).strict()),
    totalPoints: z.number(),
    rule: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("PER_POINT"), poundsPerPoint: z.string() }).strict(),
      z.object({ kind: z.literal("BANDS"), band }).strict(),
    ]),
    ruleAmount: z.string(),
    limit: z.enum(["FLOOR", "CEILING"]).nullable(),
    amount: z.string(),
    unanswered: z.array(z.string()),
  })
  .strict() satisfies z.ZodType<IndicativeBudget>;
