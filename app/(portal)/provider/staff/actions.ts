"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { recordId, requiredText, submissionKey } from "@/lib/schemas/fields";
import { emailField } from "@/lib/schemas/auth";
import {
  inviteOrganisationStaff,
  removeOrganisationStaff,
} from "@/lib/data/organisations/organisation-staff";

const inviteSchema = z
  .object({
    submissionKey,
    name: requiredText(120, {
      missing: "Enter the person's full name",
      tooLong: "Name must be 120 characters or fewer",
    }),
    email: emailField,
  })
  .strict();

export const inviteStaffAction = defineFormAction({
  permission: "update:organisation-staff:own",
  schema: inviteSchema,
  run: async (actor, input) => {
    const r = await inviteOrganisationStaff(actor, input);
    revalidatePath("/provider/staff");
    return {
      ok: true,
      message:
        r.created && r.invited
          ? `${input.email} is sent an invitation to set a password.`
          : r.created
            ? `${input.email} already has an account: they are added and keep their own password.`
            : "That invitation was already sent.",
    };
  },
});

export const removeStaffAction = defineFormAction({
  permission: "update:organisation-staff:own",
  schema: z.object({ membershipId: recordId }).strict(),
  run: async (actor, { membershipId }) => {
    await removeOrganisationStaff(actor, membershipId);
    revalidatePath("/provider/staff");
    return { ok: true, message: "Removed. They can no longer act for your organisation here." };
  },
});
