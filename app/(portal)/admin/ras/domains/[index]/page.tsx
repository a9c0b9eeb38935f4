import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { getRasAdmin } from "@/lib/data/ras/get-ras-admin";
import { MAX_QUESTIONS_PER_DOMAIN, optionsToText } from "@/lib/schemas/ras";
import { ActionForm, FormCheckboxes, FormTextInput, FormTextarea } from "@/components/forms/action-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { removeRasDomainAction, saveRasDomainAction } from "../../actions";

export const metadata: Metadata = { title: "Domain: resource allocation system" };

const paramsSchema = z.object({ index: z.coerce.number().int().min(0).max(99) });

export default async function RasDomainPage({ params }: PageProps<"/admin/ras/domains/[index]">) {
  const actor = await requirePageActor("update:ras:council", { role: "ADMIN" });
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { index } = parsed.data;
  const { draft } = await getRasAdmin(actor);
  const domain = draft.definition.domains[index];
  if (!domain) notFound();
  // Every question, then one empty slot to add another.
  const slots = [...domain.questions, null].slice(0, MAX_QUESTIONS_PER_DOMAIN + 1);
  const fields = ["label", ...slots.flatMap((_, i) => [`q${i}-label`, `q${i}-options`, `q${i}-remove`])];

  return (
    <>
      <BackLink href="/admin/ras">Back to the resource allocation system</BackLink>
      <PageHeading caption="Resource allocation system draft">{domain.label}</PageHeading>
      <ActionForm
        action={saveRasDomainAction}
        fields={fields}
        anchors={Object.fromEntries(slots.map((_, i) => [`q${i}-remove`, `q${i}-remove-0`]))}
        submitLabel="Save in the draft"
      >
        <input type="hidden" name="index" value={index} />
        <FormTextInput id="label" name="label" label="Domain name" width="30" defaultValue={domain.label} />
        {slots.map((q, i) => (
          <fieldset key={i} className="mb-8 border-l-4 border-border pl-4">
            <legend className="mb-3 text-xl font-bold">{q ? `Question ${i + 1}` : "Add a question"}</legend>
            <FormTextInput
              id={`q${i}-label`}
              name={`q${i}-label`}
              label="Question"
              width="full"
              defaultValue={q?.label ?? ""}
            />
            <FormTextarea
              id={`q${i}-options`}
              name={`q${i}-options`}
              label="Answers and their points"
              hint="One answer a line: the points, a colon, then the answer. For example 15: Needs some help every day"
              rows={4}
              defaultValue={q ? optionsToText(q.options) : ""}
            />
            {q && (
              <FormCheckboxes
                name={`q${i}-remove`}
                idPrefix={`q${i}-remove`}
                legend={<span className="sr-only">Remove question {i + 1}</span>}
                options={[{ value: "yes", label: `Remove question ${i + 1}` }]}
              />
            )}
          </fieldset>
        ))}
      </ActionForm>

      <SectionHeading size="m">Remove this domain</SectionHeading>
      <ActionForm
        action={removeRasDomainAction}
        fields={["index"]}
        submitLabel={`Remove ${domain.label} from the draft`}
        submitVariant="warning"
      >
        <input type="hidden" name="index" value={index} />
      </ActionForm>
    </>
  );
}
