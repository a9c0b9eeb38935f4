import { z } from "zod";
import { ACCESSIBILITY_FEATURES } from "../domain/directory";
import { optionalText, recordId, requiredText } from "./fields";

const code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/);

/** A whole number from a form ("7") or from stored JSON (7); empty is missing. */
function age(missing: string) {
  return z.preprocess(
    (v) =>
      typeof v === "string" ? (v.trim() === "" ? undefined : /^\d+$/.test(v.trim()) ? Number(v) : v) : v,
    z
      .number({ error: missing })
      .int("Enter a whole number of years")
      .min(0, "Enter an age from 0 to 25")
      .max(25, "Enter an age from 0 to 25"),
  );
}

/** A directory listing's fields (see serviceListingSchema). */
const listingShape = {
  name: requiredText(120, {
    missing: "Enter the name of the service",
    tooLong: "The name must be 120 characters or fewer",
  }),
  description: requiredText(2000, {
    missing: "Describe the service",
    tooLong: "The description must be 2,000 characters or fewer",
  }),
  eligibility: optionalText(500, "Who can use it must be 500 characters or fewer"),
  serviceType: z
    .string({ error: "Choose the type of break" })
    .trim()
    .min(1, "Choose the type of break")
    .max(40)
    .regex(/^[A-Za-z0-9_-]+$/, "Choose the type of break"),
  ageMin: age("Enter the youngest age"),
  ageMax: age("Enter the oldest age"),
  venue: optionalText(200, "The venue must be 200 characters or fewer"),
  address: optionalText(300, "The address must be 300 characters or fewer"),
  postcode: optionalText(10, "Enter a real postcode, like NS1 4QT"),
  email: optionalText(200, "The email address must be 200 characters or fewer").pipe(
    z.email("Enter an email address like name@example.org").optional(),
  ),
  phone: optionalText(30, "The phone number must be 30 characters or fewer"),
  url: optionalText(300, "The web address must be 300 characters or fewer").pipe(
    z.url({ protocol: /^https?$/, error: "Enter a web address starting with https://" }).optional(),
  ),
  costInfo: optionalText(300, "What it costs must be 300 characters or fewer"),
  isFree: z.preprocess(
    (v) => (v === "yes" ? true : v === "no" ? false : v),
    z.boolean({ error: "Say whether the service is free to families" }),
  ),
  districts: z.array(code).min(1, "Choose at least one area").max(30),
  needs: z.array(code).max(20).default([]),
  accessibility: z.array(z.enum(ACCESSIBILITY_FEATURES)).max(ACCESSIBILITY_FEATURES.length).default([]),
};

const agesInOrder = {
  check: (l: { ageMin: number; ageMax: number }) => l.ageMin <= l.ageMax,
  params: { path: ["ageMax"], message: "The oldest age must be the same as or more than the youngest" },
};

/**
 * A directory listing's fields, as a provider proposes them: the form (strings, ticked boxes as
 * arrays) and the stored proposal (ServiceRevision.proposed, this schema's output as JSON) parse with
 * this one schema, so what a commissioner approves is what the form checked. Places, types of break
 * and needs are codes, checked against the council's lists when proposed and again when applied.
 */
export const serviceListingSchema = z
  .object(listingShape)
  .strict()
  .refine(agesInOrder.check, agesInOrder.params);

/** The change form: the same fields, and which listing they change. */
export const listingChangeSchema = z
  .object({ ...listingShape, serviceId: recordId })
  .strict()
  .refine(agesInOrder.check, agesInOrder.params);

/** "Still correct": only which listing. */
export const confirmListingSchema = z.object({ serviceId: recordId }).strict();

/** A commissioner's decision on a proposed change: a reason is required to reject. */
export const listingDecisionSchema = z
  .object({
    revisionId: recordId,
    decision: z.enum(["APPROVE", "REJECT"], { error: "Choose whether to approve or reject the change" }),
    reason: optionalText(500, "The reason must be 500 characters or fewer"),
  })
  .strict()
  .refine((d) => d.decision === "APPROVE" || !!d.reason, {
    path: ["reason"],
    message: "Say why the change is rejected, so the provider can put it right",
  });

export type ServiceListing = z.output<typeof serviceListingSchema>;

/** Checkbox groups of the listing form, read as arrays. */
export const LISTING_ARRAYS = ["districts", "needs", "accessibility"] as const;
