"use client";

import { useActionState, useState, type FormEvent, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { readImported, readImportPreview, type ImportState } from "@/lib/spreadsheets/import-preview";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { FileUpload } from "@/components/ui/file-upload";
import { Button } from "@/components/ui/button";
import { SectionHeading } from "@/components/ui/heading";

const SUMMARY_ROW_PROBLEMS = 10;

type Step<V> = (prev: ImportState<V>, formData: FormData) => Promise<ImportState<V>>;

export interface CsvImportFormProps<V> {
  submissionKey: string;
  maxBytes: number;
  /** The file input's label, e.g. "Contracts CSV file". */
  fileLabel: string;
  /** Checks the upload and returns its preview (see lib/spreadsheets/import-preview). Saves nothing. */
  previewAction: Step<V>;
  /** Saves what was previewed, checked again. */
  importAction: Step<V>;
  preview: {
    heading: string;
    testId: string;
    /** Everything between the heading and the import button: summary, table, notes. */
    render: (view: V) => ReactNode;
    /** The import button, and what the progress bar says while it works. */
    button: (view: V) => { label: string; busyText: string };
  };
  /**
   * After a successful import: what to show, given the action's message and a way to start again;
   * `thenForm` keeps the upload form below it.
   */
  imported: { render: (message: string, startAgain: () => void) => ReactNode; thenForm: boolean };
}

/**
 * The two steps of every CSV import: upload and check (every problem listed by row, nothing saved),
 * then a preview with an Import button that sends the checked text back to be checked again.
 */
export function CsvImportForm<V>(props: CsvImportFormProps<V>) {
  // A new key starts a fresh round: "Choose a different file" drops the preview.
  const [round, setRound] = useState(0);
  return <ImportRound key={round} {...props} onCancel={() => setRound((r) => r + 1)} />;
}

function ImportRound<V>({
  submissionKey,
  maxBytes,
  fileLabel,
  previewAction,
  importAction,
  preview: previewStep,
  imported: importedStep,
  onCancel,
}: CsvImportFormProps<V> & { onCancel: () => void }) {
  // Both steps share one state, so whichever ran last decides what the page shows.
  const [state, dispatch] = useActionState<ImportState<V>, FormData>(
    (prev, formData) =>
      formData.get("step") === "import" ? importAction(prev, formData) : previewAction(prev, formData),
    null,
  );
  const [tooLarge, setTooLarge] = useState(false);
  const preview = readImportPreview<V>(state);
  const imported = readImported(state);

  if (preview) {
    const button = previewStep.button(preview.view);
    return (
      <section aria-labelledby="preview-heading" data-testid={previewStep.testId}>
        <SectionHeading id="preview-heading">{previewStep.heading}</SectionHeading>
        {previewStep.render(preview.view)}
        <form action={dispatch}>
          <input type="hidden" name="step" value="import" />
          <input type="hidden" name="submissionKey" value={submissionKey} />
          <input type="hidden" name="csv" value={preview.csv} />
          <SubmitWithProgress
            label={button.label}
            busyText={button.busyText}
            secondary={{ label: "Choose a different file", onClick: onCancel }}
          />
        </form>
      </section>
    );
  }

  const importedNotice = imported ? importedStep.render(imported, onCancel) : null;
  if (importedNotice && !importedStep.thenForm) return importedNotice;

  const failed = state && !state.ok && !tooLarge ? state : null;
  const rowProblems = failed?.rowProblems ?? [];
  const otherErrors = Object.entries(failed?.fieldErrors ?? {})
    .filter(([key]) => key !== "file")
    .map(([, message]) => message);
  const fileError = tooLarge
    ? "The selected file must be smaller than 2 MB"
    : (failed?.fieldErrors?.file ?? otherErrors[0] ?? failed?.formError);
  const summary: ErrorSummaryItem[] = [
    ...(fileError ? [{ href: "#file", text: fileError }] : []),
    ...otherErrors.slice(1).map((text) => ({ href: "#file", text })),
    ...rowProblems.slice(0, SUMMARY_ROW_PROBLEMS).map((p) => ({ href: "#row-problems", text: p.message })),
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
      {importedNotice}
      <form action={dispatch} onSubmit={checkSize} noValidate>
        <ErrorSummary errors={summary} focusKey={tooLarge ? "too-large" : state} />
        <FileUpload
          id="file"
          name="file"
          label={fileLabel}
          labelSize="s"
          accept=".csv,text/csv"
          hint="A CSV file smaller than 2 MB. Nothing is saved until you have checked the preview and chosen Import."
          error={fileError}
        />
        {rowProblems.length > 0 && (
          <div id="row-problems" tabIndex={-1} className="mb-8 focus:outline-3 focus:outline-focus">
            <SectionHeading size="m">Problems in the file</SectionHeading>
            <ul className="list-disc space-y-1 pl-6" data-testid="row-problems">
              {rowProblems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </div>
        )}
        <SubmitWithProgress label="Preview" busyText="Checking the file…" />
      </form>
    </>
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
