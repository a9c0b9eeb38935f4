import { z } from "zod";
import { emailField } from "./auth";
import { requiredText } from "./fields";

/** A council's address in the portal's URLs: /councils/<slug>. */
export const councilSlugField = z
  .string({ error: "Enter the council's short name for web addresses" })
  .trim()
  .min(1, "Enter the council's short name for web addresses")
  .max(40, "The short name must be 40 characters or fewer")
  .regex(
    /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
    "Enter the short name in small letters, digits and single hyphens, starting with a letter, like east-riding",
  );

/** District names, one a line or separated by commas: at least one, none twice. */
export const districtNamesField = z
  .string({ error: "Enter at least one district" })
  .transform((v) =>
    v
      .split(/[,\n]/)
      .map((d) => d.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().max(80, "Each district name must be 80 characters or fewer"))
      .min(1, "Enter at least one district")
      .max(100, "Enter 100 districts or fewer")
      .refine(
        (names) => new Set(names.map((n) => n.toLowerCase())).size === names.length,
        "Each district must have a different name",
      ),
  );

export const createCouncilSchema = z
  .object({
    slug: councilSlugField,
    name: requiredText(120, {
      missing: "Enter the council's name",
      tooLong: "The council's name must be 120 characters or fewer",
    }),
    districts: districtNamesField,
    adminName: requiredText(120, {
      missing: "Enter the first administrator's full name",
      tooLong: "Name must be 120 characters or fewer",
    }),
    adminEmail: emailField,
  })
  .strict();

export type CreateCouncilInput = z.output<typeof createCouncilSchema>;
