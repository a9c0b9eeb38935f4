import { z } from "zod";
import { calendarDateField } from "./dates";
import { submissionKey } from "./users";

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}` })
    .trim()
    .min(1, `Enter the ${label}`)
    .max(max, `The ${label} must be ${max.toLocaleString("en-GB")} characters or fewer`);

export const meetingSchema = z
  .object({
    submissionKey,
    contractId: z.string().min(1).max(40),
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
    contractId: z.string().min(1).max(40),
    meetingId: z.string().min(1).max(40),
    description: text("action", 2000),
    ownerName: text("owner's name", 200),
    ownerSide: z.enum(["COUNCIL", "PROVIDER"], { error: "Say whether the council or the provider owns it" }),
    dueDate: calendarDateField("due date"),
  })
  .strict();

export const actionStatusSchema = z
  .object({
    contractId: z.string().min(1).max(40),
    actionId: z.string().min(1).max(40),
    status: z.enum(["OPEN", "DONE"], { error: "Choose done or open" }),
  })
  .strict();
