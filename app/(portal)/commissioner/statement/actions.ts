"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { publishStatement } from "@/lib/data/statement/publish-statement";
import { updateStatementDraft } from "@/lib/data/statement/update-statement-draft";
import { route } from "@/lib/routes/route";
import {
  publishStatementSchema,
  readStatementTextForm,
  statementTextFormSchema,
} from "@/lib/schemas/statement";

export const saveStatementDraftAction = defineFormAction({
  permission: "update:statement:council",
  schema: statementTextFormSchema,
  read: (formData) => readStatementTextForm(formObject(formData)),
  run: async (actor, input) => {
    await updateStatementDraft(actor, input);
    revalidatePath("/commissioner/statement");
    return { ok: true, message: "The draft is saved. Check the preview, then publish it." };
  },
});

export const publishStatementAction = defineFormAction({
  permission: "publish:statement:council",
  schema: publishStatementSchema,
  run: async (actor, { changelog }) => {
    const { version } = await publishStatement(actor, changelog);
    revalidatePath("/commissioner/statement");
    revalidatePath(route(`/councils/${actor.councilSlug}/statement`));
    return { ok: true, message: `Version ${version} is published. Families now see it.` };
  },
});
