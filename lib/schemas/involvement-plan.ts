import { z } from "zod";
import { calendarDateField, editVersionField, optionalText, recordId, requiredText } from "./fields";

export const ACTION_PROGRESS_LABEL = {
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  DONE: "Done",
} as const;

/** A plan covers a six-month block: April to September, or October to March. */
export const newInvolvementPlanSchema = z
  .object({
    periodStart: z
      .string({ error: "Choose the six months the plan covers" })
      .regex(/^\d{4}-(04|10)-01$/, "Choose the six months the plan covers")
      .transform((v) => new Date(`${v}T00:00:00Z`)),
  })
  .strict();

/** The plan's edit version as its page was opened (decision 0044). */
const planVersion = editVersionField();

export const involvementActionSchema = z
  .object({
    planId: recordId,
    editVersion: planVersion,
    description: requiredText(500, {
      missing: "Describe the action",
      tooLong: "The action must be 500 characters or fewer",
    }),
    owner: requiredText(120, {
      missing: "Say who owns the action",
      tooLong: "The owner must be 120 characters or fewer",
    }),
    dueDate: calendarDateField("due date"),
  })
  .strict();
/** As the form sends it; other callers may leave out the edit version (decision 0044). */
export type InvolvementActionInput = Omit<z.output<typeof involvementActionSchema>, "editVersion"> & {
  editVersion?: number;
};

export const involvementProgressSchema = z
  .object({
    actionId: recordId,
    editVersion: planVersion,
    status: z.enum(["PLANNED", "IN_PROGRESS", "DONE"], { error: "Choose where the action is" }),
    evidence: optionalText(2000, "The evidence must be 2,000 characters or fewer"),
  })
  .strict()
  .superRefine(
    (v, ctx) => {
      if (v.status === "DONE" && !v.evidence)
        ctx.addIssue({ code: "custom", path: ["evidence"], message: "Say what shows the action was done" });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
export type InvolvementProgressInput = Omit<z.output<typeof involvementProgressSchema>, "editVersion"> & {
  editVersion?: number;
};
