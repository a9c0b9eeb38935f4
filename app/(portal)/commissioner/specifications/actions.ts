"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/require-actor";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { FormInvalid, parseForm, runAction, type FormState } from "@/lib/actions/form-state";
import {
  createSpecificationMetaSchema,
  equalityImpactSchema,
  specificationFormObject,
  specificationEditSchema,
  specificationIdSchema,
  specificationSchema,
} from "@/lib/schemas/specification";
import { createSpecification } from "@/lib/data/specifications/create-specification";
import { updateSpecification } from "@/lib/data/specifications/update-specification";
import { saveEqualityImpact } from "@/lib/data/specifications/save-equality-impact";
import { changeSpecificationStatus } from "@/lib/data/specifications/change-specification-status";

/** Parses the meta fields and the specification together, so every field error shows at once. */
function parseBoth<T>(parseMeta: () => T, raw: Record<string, unknown>) {
  const errors: Record<string, string> = {};
  let meta: T | undefined;
  try {
    meta = parseMeta();
  } catch (e) {
    if (!(e instanceof FormInvalid)) throw e;
    Object.assign(errors, e.fieldErrors);
  }
  try {
    const spec = parseForm(specificationSchema, raw);
    if (Object.keys(errors).length) throw new FormInvalid(errors);
    return { meta: meta!, spec };
  } catch (e) {
    if (!(e instanceof FormInvalid)) throw e;
    throw new FormInvalid({ ...errors, ...e.fieldErrors });
  }
}

// Creating and editing parse two schemas together (parseBoth), so they are not defineFormAction.
export async function createSpecificationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await requireActor("create:specification:council");
    const raw = specificationFormObject(formData);
    const { meta, spec } = parseBoth(() => parseForm(createSpecificationMetaSchema, raw), raw);
    const result = await createSpecification(actor, {
      ...spec,
      submissionKey: meta.submissionKey,
      fromNeeds: meta.fromNeeds === "yes",
    });
    revalidatePath("/commissioner/specifications");
    if (!result.id) {
      return { ok: true, message: "This form was already sent, so the specification was created once." };
    }
    redirect(`/commissioner/specifications/${result.id}?saved=${result.created ? "created" : "again"}`);
  });
}

export async function updateSpecificationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return runAction(formData, async () => {
    const actor = await requireActor("update:specification:council");
    const raw = specificationFormObject(formData);
    const { meta, spec } = parseBoth(() => parseForm(specificationEditSchema, raw), raw);
    const result = await updateSpecification(actor, meta.specificationId, spec, meta.editVersion);
    revalidatePath(`/commissioner/specifications/${meta.specificationId}`);
    redirect(
      `/commissioner/specifications/${meta.specificationId}?saved=${result.newVersion ? "new-version" : "updated"}`,
    );
  });
}

export const saveEqualityImpactAction = defineFormAction({
  permission: "update:specification:council",
  schema: equalityImpactSchema,
  run: async (actor, input) => {
    const { complete } = await saveEqualityImpact(actor, input);
    revalidatePath(`/commissioner/specifications/${input.specificationId}`);
    redirect(`/commissioner/specifications/${input.specificationId}?saved=${complete ? "eia" : "eia-part"}`);
  },
});

export const sendForApprovalAction = defineFormAction({
  permission: "update:specification:council",
  schema: specificationIdSchema,
  run: async (actor, { specificationId }) => {
    await changeSpecificationStatus(actor, specificationId, "send-for-approval");
    revalidatePath(`/commissioner/specifications/${specificationId}`);
    redirect(`/commissioner/specifications/${specificationId}?saved=sent`);
  },
});

export const approveSpecificationAction = defineFormAction({
  permission: "approve:specification:council",
  schema: specificationIdSchema,
  run: async (actor, { specificationId }) => {
    await changeSpecificationStatus(actor, specificationId, "approve");
    revalidatePath(`/commissioner/specifications/${specificationId}`);
    redirect(`/commissioner/specifications/${specificationId}?saved=approved`);
  },
});
