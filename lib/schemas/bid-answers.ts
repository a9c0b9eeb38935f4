import { Decimal } from "decimal.js";
import { z } from "zod";

export const ANSWER_MAX = 10_000;

/** The criteria a bid answers (price criteria are answered by the price, not in words). */
export interface AnsweredCriterion {
  id: string;
  title: string;
}

/** A checked bid: answers by criterion id, trimmed; the price, if given. */
export interface CheckedBid {
  answers: Record<string, string>;
  price: Decimal | null;
  safeguarding: boolean;
  insurance: boolean;
}

const POUNDS = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * A bid checked against its tender's criteria: one answer per criterion (`answer-<id>`), the
 * annual price and the two declarations. A draft may leave things blank; a submitted bid may not.
 * Parse `{ "answer-<id>": text, …, price, safeguarding, insurance }`.
 */
export function bidAnswersSchema(criteria: readonly AnsweredCriterion[], intent: "save" | "submit") {
  const submit = intent === "submit";
  const answers = Object.fromEntries(
    criteria.map((c) => {
      let answer = z
        .string()
        .trim()
        .max(
          ANSWER_MAX,
          `Your answer to "${c.title}" must be ${ANSWER_MAX.toLocaleString("en-GB")} characters or fewer`,
        );
      if (submit) answer = answer.min(1, `Answer "${c.title}"`);
      return [`answer-${c.id}`, answer];
    }),
  );
  const price = z
    .string()
    .transform((v) => v.replace(/[£,\s]/g, ""))
    .transform((text, ctx): Decimal | null => {
      if (!text) {
        if (submit) ctx.addIssue({ code: "custom", message: "Enter your annual price" });
        return null;
      }
      if (!POUNDS.test(text) || new Decimal(text).lte(0)) {
        ctx.addIssue({
          code: "custom",
          message: "The annual price must be an amount in pounds more than £0, like 118000 or 118000.50",
        });
        return z.NEVER;
      }
      return new Decimal(text);
    });
  const declared = (message: string) => z.boolean().refine((yes) => yes || !submit, message);
  return z
    .object({
      ...answers,
      price,
      safeguarding: declared("Confirm you have a safeguarding policy that meets the council's standards"),
      insurance: declared("Confirm you hold the insurance the contract requires"),
    })
    .transform((bid): CheckedBid => ({
      // Each criterion's field is a trimmed string (built above); the shape's type cannot say so.
      answers: Object.fromEntries(
        criteria.map((c) => [c.id, String((bid as Record<string, unknown>)[`answer-${c.id}`])]),
      ),
      price: bid.price,
      safeguarding: bid.safeguarding,
      insurance: bid.insurance,
    }));
}
