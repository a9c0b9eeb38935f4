import { z } from "zod";
import { EMAIL_KINDS } from "../domain/email-kinds";

/** The optional e-mails ticked on /account (the unticked ones are turned off). */
export const emailPreferencesSchema = z
  .object({
    emails: z.array(z.enum(EMAIL_KINDS as [string, ...string[]]), { error: "Choose e-mails from the list" }),
  })
  .strict();
