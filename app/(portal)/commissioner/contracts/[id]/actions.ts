"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject, parseForm } from "@/lib/actions/form-state";
import { englandTime } from "@/lib/domain/dates";
import { calendarDateField, dateParts, foldDateParts } from "@/lib/schemas/dates";
import { editVersionField } from "@/lib/schemas/fields";
import { actionStatusSchema, meetingActionSchema, meetingSchema } from "@/lib/schemas/contract-meeting";
import { addVariation } from "@/lib/data/contracts/variations";
import { recordContractPayment } from "@/lib/data/contracts/record-contract-payment";
import { contractPaymentSchema } from "@/lib/schemas/contract-payment";
import { updateKpiThresholds } from "@/lib/data/contracts/kpi-thresholds";
import { addMeeting, addMeetingAction, setMeetingActionStatus } from "@/lib/data/contracts/meetings";
import { RAG_LABEL } from "@/lib/domain/rag";

const base = z.object({
  contractId: z.string().min(1).max(40),
  /** The contract's edit version as the page was opened (decision 0044). */
  editVersion: editVersionField(),
  kind: z.enum(["VARIATION", "EXTENSION"], { error: "Choose a variation or an extension" }),
  reason: z
    .string({ error: "Give the reason" })
    .trim()
    .min(1, "Give the reason")
    .max(2000, "The reason must be 2,000 characters or fewer"),
  effectiveDate: calendarDateField("date it takes effect"),
  valueChange: z.string().trim().optional(),
  months: z.string().trim().optional(),
});

export const addVariationAction = defineFormAction({
  permission: "update:contract:council",
  schema: base,
  read: (formData) => {
    const raw = formObject(formData);
    return { ...raw, effectiveDate: dateParts(raw, "effectiveDate") };
  },
  run: async (actor, input) => {
    if (input.kind === "VARIATION") {
      const valueChange = parseForm(
        z.object({
          valueChange: z
            .string({ error: "Enter the change in value" })
            .transform((v) => v.replace(/[£,\s]/g, ""))
            .pipe(
              z
                .string()
                .regex(/^-?\d{1,12}(\.\d{1,2})?$/, "Enter the change in pounds, like 5000 or -2500.50"),
            ),
        }),
        { valueChange: input.valueChange ?? "" },
      ).valueChange;
      await addVariation(actor, {
        kind: "VARIATION",
        contractId: input.contractId,
        reason: input.reason,
        valueChange,
        effectiveDate: input.effectiveDate,
        editVersion: input.editVersion,
      });
    } else {
      const { months } = parseForm(
        z.object({
          months: z
            .string({ error: "Enter the number of months" })
            .regex(/^\d{1,3}$/, "Enter the number of months as a whole number")
            .transform(Number)
            .refine((n) => n >= 1, "Extend by at least 1 month"),
        }),
        { months: input.months ?? "" },
      );
      await addVariation(actor, {
        kind: "EXTENSION",
        contractId: input.contractId,
        reason: input.reason,
        months,
        effectiveDate: input.effectiveDate,
        editVersion: input.editVersion,
      });
    }
    revalidatePath(`/commissioner/contracts/${input.contractId}`);
    return { ok: true, message: input.kind === "VARIATION" ? "Variation recorded." : "Extension recorded." };
  },
});

const percent = (label: string) =>
  z
    .string({ error: `Enter the ${label} threshold` })
    .trim()
    .min(1, `Enter the ${label} threshold`)
    .regex(/^\d{1,3}(\.\d{1,2})?$/, `Enter the ${label} threshold as a percentage, like 95 or 82.5`)
    .refine((v) => Number(v) > 0 && Number(v) <= 200, `The ${label} threshold must be between 0 and 200%`);

const thresholdsSchema = z
  .object({
    contractId: z.string().min(1).max(40),
    editVersion: editVersionField(),
    kpiId: z.string({ error: "Choose a KPI" }).min(1, "Choose a KPI").max(40),
    greenPercent: percent("green"),
    amberPercent: percent("amber"),
  })
  .strict()
  .refine((v) => Number(v.amberPercent) < Number(v.greenPercent), {
    path: ["amberPercent"],
    message: "The amber threshold must be lower than the green threshold",
  });

/** Changes one KPI's RAG thresholds; the contract's RAG is worked out again at once. */
export const updateKpiThresholdsAction = defineFormAction({
  permission: "update:contract:council",
  schema: thresholdsSchema,
  run: async (actor, input) => {
    const rag = await updateKpiThresholds(actor, input);
    revalidatePath(`/commissioner/contracts/${input.contractId}`);
    return {
      ok: true,
      message: `Thresholds saved. The contract's RAG is now ${rag ? RAG_LABEL[rag].toLowerCase() : "not set (no accepted results yet)"}.`,
    };
  },
});

/** Records a contract meeting (a repeated submit records it once). */
export const recordMeetingAction = defineFormAction({
  permission: "update:meeting:council",
  schema: meetingSchema,
  read: (formData) => foldDateParts(formObject(formData), "heldOn"),
  run: async (actor, input) => {
    const [h, m] = input.time ? input.time.split(":").map(Number) : [10, 0];
    await addMeeting(actor, {
      submissionKey: input.submissionKey,
      contractId: input.contractId,
      heldAt: englandTime(input.heldOn, h, m),
      attendees: input.attendees,
      notes: input.notes,
      satisfactionDiscussed: input.satisfactionDiscussed === "yes",
    });
    revalidatePath(`/commissioner/contracts/${input.contractId}`);
    redirect(`/commissioner/contracts/${input.contractId}?meeting=recorded#meetings`);
  },
});

/** Adds an action to a meeting, owned by the council or the provider. */
export const addActionItemAction = defineFormAction({
  permission: "update:meeting:council",
  schema: meetingActionSchema,
  read: (formData) => foldDateParts(formObject(formData), "dueDate"),
  run: async (actor, input) => {
    await addMeetingAction(actor, input);
    revalidatePath(`/commissioner/contracts/${input.contractId}`);
    return { ok: true, message: "Action added." };
  },
});

/** Marks any action on the council's contract done, or open again. */
export const setActionItemStatusAction = defineFormAction({
  permission: "update:meeting:council",
  schema: actionStatusSchema,
  run: async (actor, input) => {
    await setMeetingActionStatus(actor, input);
    revalidatePath(`/commissioner/contracts/${input.contractId}`);
    return { ok: true, message: input.status === "DONE" ? "Marked done." : "Opened again." };
  },
});

export const recordContractPaymentAction = defineFormAction({
  permission: "update:contract:council",
  schema: contractPaymentSchema,
  read: (formData) => foldDateParts(formObject(formData), "paidOn"),
  run: async (actor, input) => {
    await recordContractPayment(actor, input);
    revalidatePath(`/commissioner/contracts/${input.contractId}`);
    return { ok: true, message: `The payment ${input.reference} is recorded and published as open data.` };
  },
});
