"use client";

import { FormDateInput, FormRadios, FormTextInput, FormTextarea } from "@/components/forms/action-form";
import { Fieldset } from "@/components/ui/field";
import { QUALITY_ROWS } from "@/lib/schemas/tender-rows";

export interface TenderFormDefaults {
  title?: string;
  description?: string;
  estimatedValue?: string;
  hideBidderNames?: "yes" | "no";
  clarificationDeadline?: { day: string; month: string; year: string };
  submissionDeadline?: { day: string; month: string; year: string };
  evaluationEndsAt?: { day: string; month: string; year: string };
  quality?: { title: string; question: string; guidance: string; weight: string }[];
  priceWeight?: string;
  yp?: { title: string; question: string; weight: string };
}

/** The tender's details, timeline and criteria; used to draft a tender and to change a draft. */
export function TenderFormFields({ d }: { d: TenderFormDefaults }) {
  return (
    <>
      <FormTextInput id="title" name="title" label="Title" defaultValue={d.title} />
      <FormTextarea
        id="description"
        name="description"
        label="Description for bidders"
        rows={5}
        defaultValue={d.description}
      />
      <FormTextInput
        id="estimatedValue"
        name="estimatedValue"
        label="Estimated total contract value, in pounds"
        hint="Over the whole term, without extensions. It cannot be more than the specification allows."
        prefix="£"
        width="10"
        inputMode="decimal"
        defaultValue={d.estimatedValue}
      />
      <Fieldset legend="Timeline" legendSize="m">
        <p className="mb-4">Deadlines are at 12 noon, and the evaluation ends at 5pm, UK time.</p>
        <FormDateInput
          id="clarificationDeadline"
          name="clarificationDeadline"
          legend="Clarification questions close"
          defaultValue={d.clarificationDeadline}
        />
        <FormDateInput
          id="submissionDeadline"
          name="submissionDeadline"
          legend="Submission deadline"
          defaultValue={d.submissionDeadline}
        />
        <FormDateInput
          id="evaluationEndsAt"
          name="evaluationEndsAt"
          legend="Evaluation ends"
          defaultValue={d.evaluationEndsAt}
        />
      </Fieldset>
      <FormRadios
        name="hideBidderNames"
        legend="Should the panel see bidders' names?"
        hint="Hiding names (Bidder A, B, C) helps the panel score the answers, not the organisation."
        defaultValue={d.hideBidderNames ?? "yes"}
        options={[
          { value: "yes", label: "No, hide names from the panel" },
          { value: "no", label: "Yes, show names" },
        ]}
      />
      <Fieldset legend="Criteria and weights" legendSize="m">
        <p className="mb-4">
          Weights are percentages and must add up to 100. Leave a quality row empty if you do not need it.
          Once the tender is published, criteria and weights cannot change.
        </p>
        {Array.from({ length: QUALITY_ROWS }, (_, i) => {
          const q = d.quality?.[i];
          return (
            <Fieldset
              key={i}
              legend={`Quality criterion ${i + 1}${i === 0 ? "" : " (optional)"}`}
              legendSize="s"
            >
              <FormTextInput id={`q${i}Title`} name={`q${i}Title`} label="Title" defaultValue={q?.title} />
              <FormTextarea
                id={`q${i}Question`}
                name={`q${i}Question`}
                label="Question for bidders"
                rows={3}
                defaultValue={q?.question}
              />
              <FormTextInput
                id={`q${i}Guidance`}
                name={`q${i}Guidance`}
                label="Guidance (optional)"
                defaultValue={q?.guidance}
              />
              <FormTextInput
                id={`q${i}Weight`}
                name={`q${i}Weight`}
                label="Weight (%)"
                width="3"
                inputMode="numeric"
                defaultValue={q?.weight}
              />
            </Fieldset>
          );
        })}
        <FormTextInput
          id="priceWeight"
          name="priceWeight"
          label="Price weight (%)"
          hint="Price scores: lowest price ÷ bid price × weight."
          width="3"
          inputMode="numeric"
          defaultValue={d.priceWeight}
        />
        <Fieldset legend="Young people's criterion (optional)" legendSize="s">
          <p className="mb-4">Scored by young commissioners in an Easy Read view.</p>
          <FormTextInput id="ypTitle" name="ypTitle" label="Title" defaultValue={d.yp?.title} />
          <FormTextarea
            id="ypQuestion"
            name="ypQuestion"
            label="Question for bidders"
            rows={3}
            defaultValue={d.yp?.question}
          />
          <FormTextInput
            id="ypWeight"
            name="ypWeight"
            label="Weight (%)"
            width="3"
            inputMode="numeric"
            defaultValue={d.yp?.weight}
          />
        </Fieldset>
      </Fieldset>
    </>
  );
}
