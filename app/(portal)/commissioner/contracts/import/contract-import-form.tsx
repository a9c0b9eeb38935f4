"use client";

import Link from "next/link";
import { useActionState, useState, type FormEvent } from "react";
import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/actions/form-state";
import { isRowProblemKey, readRowProblems } from "@/lib/actions/row-problems";
import { formatCalendarDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { FileUpload } from "@/components/ui/file-upload";
import { Button } from "@/components/ui/button";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { SummaryList } from "@/components/ui/summary-list";
import { SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { importContractsAction, previewContractImportAction } from "./actions";
import { readImported, readPreview, type PreviewView } from "./preview-state";

const SUMMARY_ROW_PROBLEMS = 10;
const count = (n: number) => n.toLocaleString("en-GB");
const contractsWord = (n: number) => `${count(n)} ${n === 1 ? "contract" : "contracts"}`;
const calendarDate = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`));

/** Both steps share one state, so whichever ran last decides what the page shows. */
async function importStep(
  prev: FormState<Record<string, string>>,
  formData: FormData,
): Promise<FormState<Record<string, string>>> {
  return formData.get("step") === "import"
    ? importContractsAction(prev, formData)
    : previewContractImportAction(prev, formData);
}

export function ContractImportForm(props: { submissionKey: string; maxBytes: number }) {
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
  const [state, dispatch] = useActionState(importStep, null);
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

  if (imported) {
    return (
      <NotificationBanner type="success" title="Contracts imported">
        <p className="mb-3 text-lg font-bold sm:text-2xl">{imported}</p>
        <p className="mb-4">
          <Link href="/commissioner/contracts">View all contracts</Link>
        </p>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Import another file
        </Button>
      </NotificationBanner>
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
    <form action={dispatch} onSubmit={checkSize} noValidate>
      <ErrorSummary errors={summary} focusKey={tooLarge ? "too-large" : state} />
      <FileUpload
        id="file"
        name="file"
        label="Contracts CSV file"
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
  return (
    <section aria-labelledby="preview-heading" data-testid="contract-import-preview">
      <SectionHeading id="preview-heading">Check the contracts before you import them</SectionHeading>
      <SummaryList
        rows={[
          { key: "Contracts", value: count(view.contracts) },
          { key: "Providers", value: count(view.providers) },
          { key: "Total annual value", value: formatMoney(view.annualValue) },
          { key: "Total value over the contracts' terms", value: formatMoney(view.totalValue) },
          ...(view.ignoredColumns.length
            ? [{ key: "Columns not imported", value: view.ignoredColumns.join(", ") }]
            : []),
        ]}
      />
      <Table
        caption="Contracts that will be created"
        captionSize="s"
        head={["Contract", "Provider", "Service type", "Areas", "Dates", "Annual value", "Total value"]}
        numericColumns={[5, 6]}
        firstCellIsHeader
        rows={view.rows.map((c) => [
          <>
            {c.reference}
            <span className="block font-normal">{c.title}</span>
          </>,
          c.providerName,
          c.serviceTypeName,
          c.districtNames.join(", "),
          <>
            {calendarDate(c.startDate)} to {calendarDate(c.endDate)}
            {c.extensionMonthsAvailable > 0 && (
              <span className="block text-secondary">
                Can be extended by {c.extensionMonthsAvailable}{" "}
                {c.extensionMonthsAvailable === 1 ? "month" : "months"}
              </span>
            )}
          </>,
          formatMoney(c.annualValue),
          formatMoney(c.totalValue),
        ])}
      />
      {view.rows.length < view.contracts && (
        <p className="mb-6">
          The first {count(view.rows.length)} of {count(view.contracts)} contracts are shown. All of them will
          be imported.
        </p>
      )}
      <p className="mb-6">
        Each contract gets its quarterly return periods, except those whose returns were due before today, and
        no KPIs. Nobody is told about the import.
      </p>
      <form action={dispatch}>
        <input type="hidden" name="step" value="import" />
        <input type="hidden" name="submissionKey" value={submissionKey} />
        <input type="hidden" name="csv" value={csv} />
        <SubmitWithProgress
          label={`Import ${contractsWord(view.contracts)}`}
          busyText={`Importing ${contractsWord(view.contracts)}…`}
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
