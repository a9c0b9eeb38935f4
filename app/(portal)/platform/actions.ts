"use server";

import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { createCouncilSchema } from "@/lib/schemas/council";
import { createCouncil } from "@/lib/data/council/create-council";
import { route } from "@/lib/routes/route";

export const createCouncilAction = defineFormAction({
  permission: "create:council:platform",
  schema: createCouncilSchema,
  run: async (actor, input) => {
    await createCouncil(actor, input);
    redirect(route(`/platform?created=${input.slug}`));
  },
});
