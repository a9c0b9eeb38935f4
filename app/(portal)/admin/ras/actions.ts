"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { parseForm } from "@/lib/actions/form-state";
import { AppError } from "@/lib/errors";
import { noFields } from "@/lib/schemas/fields";
import {
  codeFromLabel,
  rasAnswerFormSchema,
  rasDomainIndexSchema,
  rasDomainSchema,
  rasNewDomainSchema,
  rasRuleSchema,
} from "@/lib/schemas/ras";
import { updateRasDraft } from "@/lib/data/ras/update-ras-draft";
import { publishRasDraft } from "@/lib/data/ras/publish-ras-draft";
import { getRasAdmin } from "@/lib/data/ras/get-ras-admin";
import { indicativeBudget, type IndicativeBudget } from "@/lib/domain/ras/indicative-budget";
import { allQuestions } from "@/lib/domain/ras/ras-definition";
import { route } from "@/lib/routes/route";

export const saveRasRuleAction = defineFormAction({
  permission: "update:ras:council",
  schema: rasRuleSchema,
  run: async (actor, input) => {
    await updateRasDraft(actor, (d) => ({
      name: input.name,
      definition: { ...d.definition, rule: input.rule, floor: input.floor, ceiling: input.ceiling },
    }));
    revalidatePath("/admin/ras");
    return { ok: true, message: "The money rule is saved in the draft." };
  },
});

export const addRasDomainAction = defineFormAction({
  permission: "update:ras:council",
  schema: rasNewDomainSchema,
  run: async (actor, input) => {
    let index = 0;
    await updateRasDraft(actor, (d) => {
      index = d.definition.domains.length;
      const domain = { code: codeFromLabel(input.label), label: input.label, questions: [] };
      return { ...d, definition: { ...d.definition, domains: [...d.definition.domains, domain] } };
    });
    redirect(route(`/admin/ras/domains/${index}`));
  },
});

export const saveRasDomainAction = defineFormAction({
  permission: "update:ras:council",
  schema: rasDomainSchema,
  run: async (actor, input, formData) => {
    const { index } = parseForm(rasDomainIndexSchema, { index: formData.get("index") });
    await updateRasDraft(actor, (d) => {
      if (!d.definition.domains[index])
        throw new AppError("NOT_FOUND", "That domain is no longer in the draft.");
      const domains = d.definition.domains.map((dom, i) => (i === index ? input : dom));
      return { ...d, definition: { ...d.definition, domains } };
    });
    revalidatePath("/admin/ras");
    revalidatePath(route(`/admin/ras/domains/${index}`));
    return { ok: true, message: "The domain is saved in the draft." };
  },
});

export const removeRasDomainAction = defineFormAction({
  permission: "update:ras:council",
  schema: rasDomainIndexSchema,
  run: async (actor, { index }) => {
    await updateRasDraft(actor, (d) => {
      if (!d.definition.domains[index])
        throw new AppError("NOT_FOUND", "That domain is no longer in the draft.");
      return {
        ...d,
        definition: { ...d.definition, domains: d.definition.domains.filter((_, i) => i !== index) },
      };
    });
    redirect("/admin/ras");
  },
});

export const publishRasDraftAction = defineFormAction({
  permission: "publish:ras:council",
  schema: noFields,
  run: async (actor) => {
    const { version } = await publishRasDraft(actor);
    revalidatePath("/admin/ras");
    return { ok: true, message: `Version ${version} is published. New assessments use it from now on.` };
  },
});

/** Works out the draft's budget for sample answers; every question must be answered. */
export const previewRasBudgetAction = defineFormAction({
  permission: "read:ras:council",
  schema: rasAnswerFormSchema,
  run: async (actor, answers) => {
    const { draft } = await getRasAdmin(actor);
    if (draft.problems.length)
      throw new AppError(
        "INVALID",
        "Fix the draft's problems first: the preview needs a draft that passes its check.",
      );
    const missing = allQuestions(draft.definition).filter((q) => answers[q.code] === undefined);
    if (missing.length)
      throw new AppError(
        "INVALID",
        "Answer every question.",
        Object.fromEntries(missing.map((q) => [q.code, `Choose an answer for “${q.label}”`])),
      );
    const data: IndicativeBudget = indicativeBudget(draft.definition, answers);
    return { ok: true, data };
  },
});
