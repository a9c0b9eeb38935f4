import { z } from "zod";
import { calendarDateField, formatLimit, recordId, requiredText, submissionKey } from "./fields";

const text = (label: string, max: number) =>
  requiredText(max, {
    missing: `Enter the ${label}`,
    tooLong: `The ${label} must be ${formatLimit(max)} characters or fewer`,
  });

export const meetingSchema = z
  .object({
    submissionKey,
    contractId: recordId,
    heldOn: calendarDateField("meeting date"),
    time: z
      .string()
      .trim()
      .optional()
      .transform((v) => v ?? "")
      .pipe(z.string().regex(/^(([01]?\d|2[0-3]):[0-5]\d)?$/, "Enter the time like 10:30 or 14:00")),
    attendees: text("attendees", 2000),
    notes: text("notes", 10000),
    satisfactionDiscussed: z.enum(["yes", "no"], {
      error: "Say whether parents' and children's satisfaction was discussed",
    }),
  })
  .strict();

export const meetingActionSchema = z
  .object({
    submissionKey,
    contractId: recordId,
    meetingId: recordId,
    description: text("action", 2000),
    ownerName: text("owner's name", 200),
    ownerSide: z.enum(["COUNCIL", "PROVIDER"], { error: "Say whether the council or the provider owns it" }),
    dueDate: calendarDateField("due date"),
  })
  .strict();

export const actionStatusSchema = z
  .object({
    contractId: recordId,
    actionId: recordId,
    status: z.enum(["OPEN", "DONE"], { error: "Choose done or open" }),
  })
  .strict();
