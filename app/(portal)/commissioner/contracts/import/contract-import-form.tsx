"use client";

import Link from "next/link";
import { formatCalendarDate } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { CsvImportForm } from "@/components/imports/csv-import-form";
import { Button } from "@/components/ui/button";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { importContractsAction, previewContractImportAction } from "./actions";
import type { PreviewView } from "./preview-state";

const count = (n: number) => n.toLocaleString("en-GB");
const contractsWord = (n: number) => `${count(n)} ${n === 1 ? "contract" : "contracts"}`;
const calendarDate = (iso: string) => formatCalendarDate(new Date(`${iso}T00:00:00Z`));

export function ContractImportForm(props: { submissionKey: string; maxBytes: number }) {
  return (
    <CsvImportForm<PreviewView>
      {...props}
      fileLabel="Contracts CSV file"
      previewAction={previewContractImportAction}
      importAction={importContractsAction}
      preview={{
        heading: "Check the contracts before you import them",
        testId: "contract-import-preview",
        render: (view) => <ContractsPreview view={view} />,
        button: (view) => ({
          label: `Import ${contractsWord(view.contracts)}`,
          busyText: `Importing ${contractsWord(view.contracts)}…`,
        }),
      }}
      imported={{
        thenForm: false,
        render: (message, startAgain) => (
          <NotificationBanner type="success" title="Contracts imported">
            <p className="mb-3 text-lg font-bold sm:text-2xl">{message}</p>
            <p className="mb-4">
              <Link href="/commissioner/contracts">View all contracts</Link>
            </p>
            <Button type="button" variant="secondary" onClick={startAgain}>
              Import another file
            </Button>
          </NotificationBanner>
        ),
      }}
    />
  );
}

function ContractsPreview({ view }: { view: PreviewView }) {
  return (
    <>
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
    </>
  );
}
