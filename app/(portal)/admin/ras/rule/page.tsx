import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getRasAdmin } from "@/lib/data/ras/get-ras-admin";
import { bandsToText } from "@/lib/schemas/ras";
import { ActionForm, FormRadios, FormTextInput, FormTextarea } from "@/components/forms/action-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/heading";
import { saveRasRuleAction } from "../actions";

export const metadata: Metadata = { title: "Money rule: resource allocation system" };

export default async function RasRulePage() {
  const actor = await requirePageActor("update:ras:council", { role: "ADMIN" });
  const { draft } = await getRasAdmin(actor);
  const { rule, floor, ceiling } = draft.definition;
  return (
    <>
      <BackLink href="/admin/ras">Back to the resource allocation system</BackLink>
      <PageHeading caption="Resource allocation system draft">How points become money</PageHeading>
      <ActionForm
        action={saveRasRuleAction}
        fields={["name", "kind", "poundsPerPoint", "bands", "floor", "ceiling"]}
        anchors={{ kind: "kind-0" }}
        submitLabel="Save in the draft"
      >
        <FormTextInput id="name" name="name" label="Name" width="30" defaultValue={draft.name} />
        <FormRadios
          name="kind"
          legend="How do points become money?"
          options={[
            { value: "PER_POINT", label: "An amount for each point" },
            { value: "BANDS", label: "Bands of points, each with an amount" },
          ]}
          defaultValue={rule.kind}
        />
        <FormTextInput
          id="poundsPerPoint"
          name="poundsPerPoint"
          label="Pounds per point (for an amount for each point)"
          hint="Up to 4 decimal places. The result is rounded to the penny, half up."
          inputMode="decimal"
          width="10"
          prefix="£"
          defaultValue={rule.kind === "PER_POINT" ? rule.poundsPerPoint : ""}
        />
        <FormTextarea
          id="bands"
          name="bands"
          label="Bands (for bands of points)"
          hint="One band a line: points from, to, then the amount. For example 0-19: 1200.00. Start at 0, leave no gaps, and go up to the most points the answers can give."
          rows={6}
          defaultValue={rule.kind === "BANDS" ? bandsToText(rule.bands) : ""}
        />
        <FormTextInput
          id="floor"
          name="floor"
          label="Floor: the least an indicative budget can be"
          inputMode="decimal"
          width="10"
          prefix="£"
          defaultValue={floor}
        />
        <FormTextInput
          id="ceiling"
          name="ceiling"
          label="Ceiling: the most an indicative budget can be"
          inputMode="decimal"
          width="10"
          prefix="£"
          defaultValue={ceiling}
        />
      </ActionForm>
    </>
  );
}
