"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { formObject } from "@/lib/actions/form-state";
import { linkOrganisationSchema, organisationSchema, providerStatusSchema } from "@/lib/schemas/organisation";
import {
  addOrganisation,
  changeProviderStatus,
  linkOrganisation,
} from "@/lib/data/organisations/council-providers";
import { route } from "@/lib/routes/route";

/** Administrators and commissioners keep the list, each from their own area. */
const area = (actor: Actor) => (actor.role === "ADMIN" ? "/admin" : "/commissioner");

export const addOrganisationAction = defineFormAction({
  permission: "create:provider:council",
  schema: organisationSchema,
  read: (formData) => formObject(formData, ["flags"]),
  run: async (actor, input) => {
    const { id } = await addOrganisation(actor, input);
    redirect(id ? route(`${area(actor)}/providers/${id}`) : route(`${area(actor)}/providers`));
  },
});

export const linkOrganisationAction = defineFormAction({
  permission: "create:provider:council",
  schema: linkOrganisationSchema,
  run: async (actor, { organisationId, status }) => {
    const { id } = await linkOrganisation(actor, organisationId, status);
    redirect(route(`${area(actor)}/providers/${id}`));
  },
});

export const changeProviderStatusAction = defineFormAction({
  permission: "update:provider-status:council",
  schema: providerStatusSchema,
  run: async (actor, input) => {
    await changeProviderStatus(actor, input);
    revalidatePath(route(`${area(actor)}/providers/${input.id}`));
    return { ok: true, message: "The provider's status is changed." };
  },
});
