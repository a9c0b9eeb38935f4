"use client";

import {
  ActionForm,
  FormDateInput,
  FormRadios,
  FormSelect,
  FormTextarea,
  FormTextInput,
} from "@/components/forms/action-form";
import { Fieldset } from "@/components/ui/form-group";
import { SectionHeading } from "@/components/ui/heading";
import {
  DIMENSION_LABEL,
  INVOLVEMENT_KIND_LABEL,
  INVOLVEMENT_KINDS,
  countFieldName,
} from "@/lib/schemas/involvement-activity";
import type { InvolvementKind } from "@/lib/generated/prisma/enums";
import type { CountOption } from "@/lib/data/involvement/involvement-activity-options";
import { createInvolvementActivityAction, updateInvolvementActivityAction } from "./actions";

export interface ActivityValues {
  id: string;
  kind: InvolvementKind;
  title: string;
  heldOn: { day: string; month: string; year: string };
  description: string;
  planId: string;
  participants: string;
  counts: Record<string, string>;
}

const DIMENSIONS = ["AGE_BAND", "NEED_TYPE", "GROUP"] as const;
const HINT: Record<(typeof DIMENSIONS)[number], string> = {
  AGE_BAND: "Each person has one age band, so these add up to no more than everyone who took part.",
  NEED_TYPE: "Someone with more than one type of need is counted under each of them.",
  GROUP: "Someone in more than one group is counted under each. Administrators keep this list.",
};

/** Logs or changes an involvement activity, with who took part as counts by group (never names). */
export function ActivityForm({
  options,
  plans,
  current,
}: {
  options: CountOption[];
  plans: { id: string; label: string }[];
  current?: ActivityValues;
}) {
  const countFields = options.map((o) => countFieldName(o.dimension, o.key));
  return (
    <ActionForm
      action={current ? updateInvolvementActivityAction : createInvolvementActivityAction}
      fields={["kind", "title", "heldOn", "description", "planId", "participants", ...countFields, "form"]}
      anchors={{ kind: "kind-0", heldOn: "heldOn-day" }}
      submitLabel={current ? "Save the changes" : "Log the activity"}
      className="max-w-[75ch]"
    >
      {current && <input type="hidden" name="id" value={current.id} readOnly />}
      <FormRadios
        name="kind"
        legend="What kind of activity"
        legendSize="m"
        defaultValue={current?.kind}
        options={INVOLVEMENT_KINDS.map((k) => ({ value: k, label: INVOLVEMENT_KIND_LABEL[k] }))}
      />
      <FormTextInput id="title" name="title" label="Title" width="30" defaultValue={current?.title} />
      <FormDateInput
        id="heldOn"
        name="heldOn"
        legend="Date it is held"
        hint="A planned activity can be in the future: record who took part once it has been held. For example, 27 3 2027"
        defaultValue={current?.heldOn}
      />
      <FormTextarea
        id="description"
        name="description"
        label="Description (optional)"
        rows={4}
        maxLength={2000}
        defaultValue={current?.description}
      />
      <FormSelect
        id="planId"
        name="planId"
        label="Involvement plan it is part of (optional)"
        defaultValue={current?.planId ?? ""}
        options={[
          { value: "", label: "Not part of a plan" },
          ...plans.map((p) => ({ value: p.id, label: p.label })),
        ]}
      />
      <SectionHeading size="m">Who took part</SectionHeading>
      <p className="mb-4">
        Numbers only, never names. Leave a box blank for none. Leave them all blank until the activity has
        been held.
      </p>
      <FormTextInput
        id="participants"
        name="participants"
        label="Everyone who took part"
        width="4"
        inputMode="numeric"
        defaultValue={current?.participants}
      />
      {DIMENSIONS.map((dimension) => {
        const rows = options.filter((o) => o.dimension === dimension);
        if (!rows.length) return null;
        return (
          <div key={dimension} className="mb-6">
            <Fieldset legend={DIMENSION_LABEL[dimension]} legendSize="s">
              <p className="mb-4 text-secondary">{HINT[dimension]}</p>
              <div className="grid gap-x-6 sm:grid-cols-2">
                {rows.map((o) => {
                  const name = countFieldName(o.dimension, o.key);
                  return (
                    <FormTextInput
                      key={name}
                      id={name}
                      name={name}
                      label={o.retired ? `${o.label} (retired)` : o.label}
                      width="4"
                      inputMode="numeric"
                      defaultValue={current?.counts[name]}
                    />
                  );
                })}
              </div>
            </Fieldset>
          </div>
        );
      })}
    </ActionForm>
  );
}
