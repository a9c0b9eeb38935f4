"use client";

import { useActionState, useState, type FormEvent } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/actions/form-state";
import { AGE_BANDS } from "@/lib/domain/age-band";
import { isRowProblemKey, readRowProblems } from "@/lib/actions/row-problems";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { FileUpload } from "@/components/ui/file-upload";
import { Button } from "@/components/ui/button";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { SummaryList } from "@/components/ui/summary-list";
import { SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { importPopulationAction, previewPopulationAction } from "./actions";
import { readImported, readPreview, type PreviewView } from "./preview-state";

const BAND_LABEL = Object.fromEntries(AGE_BANDS.map((b) => [b.band, b.label]));
const SUMMARY_ROW_PROBLEMS = 10;
const count = (n: number) => n.toLocaleString("en-GB");

/** Both steps share one state, so whichever ran last decides what the page shows. */
async function populationStep(
  prev: FormState<Record<string, string>>,
  formData: FormData,
): Promise<FormState<Record<string, string>>> {
  return formData.get("step") === "import"
    ? importPopulationAction(prev, formData)
    : previewPopulationAction(prev, formData);
}

export function PopulationImportForm(props: { submissionKey: string; maxBytes: number }) {
  // A new key starts a fresh round: "Choose a different file" drops the preview.
  const [round, setRound] = useState(0);
  return <ImportRound key={round} {...props} onCancel={() => setRound((r) => r + 1)} />;
}

function ImportRound({
  submissionKey,
  maxBytes,
  onCancel,
}: {
  submissionKey: string;
  maxBytes: number;
  onCancel: () => void;
}) {
  const [state, dispatch] = useActionState(populationStep, null);
  const [tooLarge, setTooLarge] = useState(false);
  const preview = readPreview(state);
  const imported = readImported(state);

  if (preview) {
    return (
      <PreviewStep
        view={preview.view}
        csv={preview.csv}
        submissionKey={submissionKey}
        dispatch={dispatch}
        onCancel={onCancel}
      />
    );
  }

  const failed = state && !state.ok && !tooLarge ? state : null;
  const rowProblems = readRowProblems(failed?.fieldErrors);
  const otherErrors = Object.entries(failed?.fieldErrors ?? {})
    .filter(([key]) => key !== "file" && !isRowProblemKey(key))
    .map(([, message]) => message);
  const fileError = tooLarge
    ? "The selected file must be smaller than 2 MB"
    : (failed?.fieldErrors?.file ?? otherErrors[0] ?? failed?.formError);
  const summary: ErrorSummaryItem[] = [
    ...(fileError ? [{ href: "#file", text: fileError }] : []),
    ...otherErrors.slice(1).map((text) => ({ href: "#file", text })),
    ...rowProblems.slice(0, SUMMARY_ROW_PROBLEMS).map((text) => ({ href: "#row-problems", text })),
    ...(rowProblems.length > SUMMARY_ROW_PROBLEMS
      ? [{ href: "#row-problems", text: `and ${rowProblems.length - SUMMARY_ROW_PROBLEMS} more problems` }]
      : []),
  ];

  // The server checks the size too; this stops a large file before it is sent at all.
  function checkSize(event: FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem("file");
    const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
    const large = !!file && file.size > maxBytes;
    setTooLarge(large);
    if (large) event.preventDefault();
  }

  return (
    <>
      {imported && (
        <NotificationBanner type="success" title="Figures imported">
          {imported}
        </NotificationBanner>
      )}
      <form action={dispatch} onSubmit={checkSize} noValidate>
        <ErrorSummary errors={summary} focusKey={tooLarge ? "too-large" : state} />
        <FileUpload
          id="file"
          name="file"
          label="Population CSV file"
          labelSize="s"
          accept=".csv,text/csv"
          hint="A CSV file smaller than 2 MB. Nothing is saved until you have checked the preview and chosen Import."
          error={fileError}
        />
        {rowProblems.length > 0 && (
          <div id="row-problems" tabIndex={-1} className="mb-8 focus:outline-3 focus:outline-focus">
            <SectionHeading size="m">Problems in the file</SectionHeading>
            <ul className="list-disc space-y-1 pl-6" data-testid="row-problems">
              {rowProblems.map((message, i) => (
                <li key={i}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        <SubmitWithProgress label="Preview" busyText="Checking the file…" />
      </form>
    </>
  );
}

function PreviewStep({
  view,
  csv,
  submissionKey,
  dispatch,
  onCancel,
}: {
  view: PreviewView;
  csv: string;
  submissionKey: string;
  dispatch: (formData: FormData) => void;
  onCancel: () => void;
}) {
  const years = [...view.years].sort((a, b) => a - b);
  return (
    <section aria-labelledby="preview-heading" data-testid="population-preview">
      <SectionHeading id="preview-heading">Check the figures before you import them</SectionHeading>
      <SummaryList
        rows={[
          { key: "Rows", value: count(view.rows) },
          { key: "Districts", value: count(view.districts) },
          { key: "Years", value: years.length <= 10 ? years.join(", ") : `${years[0]} to ${years.at(-1)}` },
          { key: "New figures", value: count(view.created) },
          { key: "Figures replaced with a new number", value: count(view.replaced) },
          { key: "Figures that stay the same", value: count(view.unchanged) },
          ...(view.ignoredColumns.length
            ? [{ key: "Columns not imported", value: view.ignoredColumns.join(", ") }]
            : []),
        ]}
      />
      <Table
        caption="Figures in the file"
        captionSize="s"
        head={["District", "Year", "Age band", "Population", "Compared with now"]}
        numericColumns={[3]}
        rows={view.figures.map((f) => [
          `${f.districtName} (${f.districtCode})`,
          String(f.year),
          BAND_LABEL[f.ageBand],
          count(f.population),
          f.previous === null ? (
            <Tag colour="green">New</Tag>
          ) : f.previous === f.population ? (
            "No change"
          ) : (
            `Replaces ${count(f.previous)}`
          ),
        ])}
      />
      {view.figures.length < view.rows && (
        <p className="mb-6">
          The first {count(view.figures.length)} of {count(view.rows)} rows are shown. All of them will be
          imported.
        </p>
      )}
      <form action={dispatch}>
        <input type="hidden" name="step" value="import" />
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <input type="hidden" name="csv" value={csv} />
        <SubmitWithProgress
          label={`Import ${count(view.rows)} ${view.rows === 1 ? "figure" : "figures"}`}
          busyText={`Importing ${count(view.rows)} ${view.rows === 1 ? "row" : "rows"}…`}
          secondary={{ label: "Choose a different file", onClick: onCancel }}
        />
      </form>
    </section>
  );
}

/** The submit button, and while the server works an indeterminate progress bar that is announced. */
function SubmitWithProgress({
  label,
  busyText,
  secondary,
}: {
  label: string;
  busyText: string;
  secondary?: { label: string; onClick: () => void };
}) {
  const { pending } = useFormStatus();
  return (
    <>
      <div role="status" className="mb-4">
        {pending && (
          <p className="flex items-center gap-3 font-bold">
            <progress aria-label={busyText} className="h-4 w-40 accent-success" />
            <span>{busyText}</span>
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-4">
        <Button disabled={pending}>{label}</Button>
        {secondary && (
          <Button type="button" variant="secondary" disabled={pending} onClick={secondary.onClick}>
            {secondary.label}
          </Button>
        )}
      </div>
    </>
  );
}
