import { z } from "zod";
import { optionalText, recordId, requiredText } from "./fields";

export const referenceKindField = z.enum(["district", "need-type", "service-type", "involvement-group"]);

const name = requiredText(80, {
  missing: "Enter the name",
  tooLong: "The name must be 80 characters or fewer",
});

export const addReferenceValueSchema = z
  .object({
    kind: z.enum(["district", "need-type"]),
    name,
    code: z
      .string({ error: "Enter a code" })
      .trim()
      .toUpperCase()
      .min(1, "Enter a code")
      .max(30, "The code must be 30 characters or fewer")
      .regex(
        /^[A-Z][A-Z0-9_]*$/,
        "Enter a code of capital letters, digits and underscores, starting with a letter",
      ),
  })
  .strict();

export const renameReferenceValueSchema = z.object({ kind: referenceKindField, id: recordId, name }).strict();

export const moveReferenceValueSchema = z
  .object({ kind: referenceKindField, id: recordId, direction: z.enum(["up", "down"]) })
  .strict();

export const retireReferenceValueSchema = z
  .object({ kind: referenceKindField, id: recordId, op: z.enum(["retire", "reinstate"]) })
  .strict();

/** A council starts using one of the national service types (by its code), under its own label or the national name. */
export const addServiceTypeSchema = z
  .object({
    kind: z.literal("service-type"),
    code: z
      .string({ error: "Choose a service type" })
      .trim()
      .min(1, "Choose a service type")
      .max(60, "Choose a service type from the list"),
    name: optionalText(80, "The name must be 80 characters or fewer"),
  })
  .strict();
