"use client";

import { useEffect, useRef, useState } from "react";
import { createSpecificationAction, updateSpecificationAction } from "./actions";
import {
  ActionForm,
  FormCheckboxes,
  FormSelect,
  FormTextarea,
  FormTextInput,
  useFormFeedback,
} from "@/components/forms/action-form";
import { Button } from "@/components/ui/button";
import { Fieldset, Select, TextInput } from "@/components/ui/field";
import { SectionHeading } from "@/components/ui/heading";
import { OUTPUT_PERIOD_LABEL, OUTPUT_UNIT_LABEL } from "@/lib/domain/specifications/output-labels";
import { MAX_OUTPUT_ROWS } from "@/lib/schemas/specification";

export interface SpecificationFormValues {
  title: string;
  summary: string;
  serviceTypeId: string;
  districtIds: string[];
  ageMin: string;
  ageMax: string;
  needTypeCodes: string[];
  outcomes: string;
  outputs: { measure: string; unit: string; quantity: string; period: string }[];
  maxAnnualValue: string;
  termMonths: string;
  extensionMonths: string;
}

interface Options {
  /** The council's types in use, and the specification's own if since retired. */
  serviceTypes: { id: string; name: string; retired: boolean }[];
  districts: { id: string; name: string }[];
  needTypes: { code: string; name: string }[];
}

const FIELDS = [
  "title",
  "summary",
  "serviceTypeId",
  "districtIds",
  "ageMin",
  "ageMax",
  "needTypeCodes",
  "outcomes",
  "outputs",
  ...Array.from({ length: MAX_OUTPUT_ROWS }, (_, i) => `outputs-${i}`),
  "maxAnnualValue",
  "termMonths",
  "extensionMonths",
];
const ANCHORS: Record<string, string> = {
  serviceTypeId: "serviceTypeId",
  districtIds: "districtIds-0",
  needTypeCodes: "needTypeCodes-0",
  outputs: "outputs-0-measure",
  ...Object.fromEntries(
    Array.from({ length: MAX_OUTPUT_ROWS }, (_, i) => [`outputs-${i}`, `outputs-${i}-measure`]),
  ),
};

/** At least three output rows, and always one empty row to add another without JavaScript. */
function initialRows(filled: number) {
  return Math.min(MAX_OUTPUT_ROWS, Math.max(3, filled + 1));
}

export function SpecificationForm({
  mode,
  options,
  current,
  submissionKey,
  specificationId,
  editVersion,
  fromNeeds,
  submitLabel,
}: {
  mode: "create" | "update";
  options: Options;
  current: SpecificationFormValues;
  submissionKey?: string;
  specificationId?: string;
  /** Editing: the specification's edit version as the page was opened (decision 0044). */
  editVersion?: number;
  fromNeeds?: boolean;
  submitLabel: string;
}) {
  return (
    <ActionForm
      action={mode === "create" ? createSpecificationAction : updateSpecificationAction}
      fields={FIELDS}
      anchors={ANCHORS}
      submitLabel={submitLabel}
      banner={(done) =>
        done.message && (
          <p role="status" className="mb-6 font-bold">
            {done.message}
          </p>
        )
      }
    >
      {submissionKey && <input type="hidden" name="submissionKey" value={submissionKey} readOnly />}
      {specificationId && <input type="hidden" name="specificationId" value={specificationId} readOnly />}
      {editVersion !== undefined && <input type="hidden" name="editVersion" value={editVersion} readOnly />}
      {mode === "create" && (
        <input type="hidden" name="fromNeeds" value={fromNeeds ? "yes" : "no"} readOnly />
      )}
      <SpecificationFields options={options} current={current} />
    </ActionForm>
  );
}

function SpecificationFields({ options, current }: { options: Options; current: SpecificationFormValues }) {
  const f = useFormFeedback();
  // After a failed submit every row that was on the page comes back, empty ones included.
  const failedRows = Array.from({ length: MAX_OUTPUT_ROWS }, (_, i) =>
    f.value(`outputs-${i}-measure`),
  ).filter((v) => v !== undefined).length;
  const [rows, setRows] = useState(initialRows(current.outputs.length));
  const shownRows = Math.max(rows, failedRows);
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current !== null) {
      document.getElementById(`outputs-${focusRow.current}-measure`)?.focus();
      focusRow.current = null;
    }
  }, [rows]);

  // After a failed submit, the rows show what was sent; otherwise what is saved.
  const outputValue = (i: number, part: "measure" | "unit" | "quantity" | "period") =>
    f.value(`outputs-${i}-${part}`) ?? current.outputs[i]?.[part] ?? "";

  return (
    <>
      <SectionHeading size="m">About the service</SectionHeading>
      <FormTextInput id="title" name="title" label="Title" defaultValue={current.title} />
      <FormTextarea
        id="summary"
        name="summary"
        label="Summary"
        hint="What the service is for and who it is for, in a few sentences."
        defaultValue={current.summary}
        maxLength={4000}
      />
      <FormSelect
        id="serviceTypeId"
        name="serviceTypeId"
        label="Service type"
        defaultValue={current.serviceTypeId}
        options={[
          { value: "", label: "Choose a service type" },
          ...options.serviceTypes.map((t) => ({
            value: t.id,
            label: t.retired ? `${t.name} (retired)` : t.name,
          })),
        ]}
      />
      <FormCheckboxes
        name="districtIds"
        legend="Districts"
        legendSize="s"
        hint="Choose every district the service must cover."
        defaultValues={current.districtIds}
        options={options.districts.map((d) => ({ value: d.id, label: d.name }))}
      />
      <Fieldset legend="Age range" legendSize="s">
        <p className="mb-3 text-secondary">Ages from 0 to 25, in whole years.</p>
        <div className="flex flex-wrap gap-x-6">
          <FormTextInput
            id="ageMin"
            name="ageMin"
            label="Youngest age (years)"
            inputMode="numeric"
            width="3"
            defaultValue={current.ageMin}
          />
          <FormTextInput
            id="ageMax"
            name="ageMax"
            label="Oldest age (years)"
            inputMode="numeric"
            width="3"
            defaultValue={current.ageMax}
          />
        </div>
      </Fieldset>
      <FormCheckboxes
        name="needTypeCodes"
        legend="Types of need"
        legendSize="s"
        defaultValues={current.needTypeCodes}
        options={options.needTypes.map((n) => ({ value: n.code, label: n.name }))}
      />
      <FormTextarea
        id="outcomes"
        name="outcomes"
        label="Outcomes"
        hint="The difference the service should make. Write one outcome per line."
        defaultValue={current.outcomes}
      />

      <SectionHeading size="m">Outputs</SectionHeading>
      <p className="mb-4 max-w-[75ch]">
        What the provider must deliver, for example &ldquo;Play scheme days: 30 days per year&rdquo;. Leave
        rows you do not need empty.
      </p>
      {f.error("outputs") && (
        <p className="mb-4 font-bold text-error" id="outputs-error">
          <span className="sr-only">Error:</span> {f.error("outputs")}
        </p>
      )}
      {Array.from({ length: shownRows }, (_, i) => (
        <div key={i} className="mb-6">
          <Fieldset legend={`Output ${i + 1}`} legendSize="s">
            {f.error(`outputs-${i}`) && (
              <p className="mb-3 font-bold text-error">
                <span className="sr-only">Error:</span> {f.error(`outputs-${i}`)}
              </p>
            )}
            <div className="grid gap-x-4 sm:grid-cols-4">
              <TextInput
                id={`outputs-${i}-measure`}
                name={`outputs-${i}-measure`}
                label="Measure"
                defaultValue={outputValue(i, "measure")}
              />
              <Select
                id={`outputs-${i}-unit`}
                name={`outputs-${i}-unit`}
                label="Unit"
                defaultValue={outputValue(i, "unit")}
                options={[
                  { value: "", label: "Choose" },
                  ...Object.entries(OUTPUT_UNIT_LABEL).map(([value, label]) => ({ value, label })),
                ]}
              />
              <TextInput
                id={`outputs-${i}-quantity`}
                name={`outputs-${i}-quantity`}
                label="Quantity"
                inputMode="decimal"
                defaultValue={outputValue(i, "quantity")}
              />
              <Select
                id={`outputs-${i}-period`}
                name={`outputs-${i}-period`}
                label="Period"
                defaultValue={outputValue(i, "period")}
                options={[
                  { value: "", label: "Choose" },
                  ...Object.entries(OUTPUT_PERIOD_LABEL).map(([value, label]) => ({ value, label })),
                ]}
              />
            </div>
          </Fieldset>
        </div>
      ))}
      {shownRows < MAX_OUTPUT_ROWS && (
        <p className="mb-8">
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              focusRow.current = shownRows;
              setRows(shownRows + 1);
            }}
          >
            Add another output
          </Button>
        </p>
      )}

      <SectionHeading size="m">Budget and term</SectionHeading>
      <FormTextInput
        id="maxAnnualValue"
        name="maxAnnualValue"
        label="Maximum annual value (pounds)"
        prefix="£"
        width="10"
        inputMode="decimal"
        defaultValue={current.maxAnnualValue}
      />
      <FormTextInput
        id="termMonths"
        name="termMonths"
        label="Term (months)"
        inputMode="numeric"
        width="3"
        defaultValue={current.termMonths}
      />
      <FormTextInput
        id="extensionMonths"
        name="extensionMonths"
        label="Extension option (months)"
        hint="How many months the council may extend the contract by. Enter 0 for none."
        inputMode="numeric"
        width="3"
        defaultValue={current.extensionMonths}
      />
    </>
  );
}
