"use client";

import { AGE_BANDS } from "@/lib/domain/age-band";
import { CsvImportForm } from "@/components/imports/csv-import-form";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { importPopulationAction, previewPopulationAction } from "./actions";
import type { PreviewView } from "./preview-state";

const BAND_LABEL = Object.fromEntries(AGE_BANDS.map((b) => [b.band, b.label]));
const count = (n: number) => n.toLocaleString("en-GB");

export function PopulationImportForm(props: { submissionKey: string; maxBytes: number }) {
  return (
    <CsvImportForm<PreviewView>
      {...props}
      fileLabel="Population CSV file"
      previewAction={previewPopulationAction}
      importAction={importPopulationAction}
      preview={{
        heading: "Check the figures before you import them",
        testId: "population-preview",
        render: (view) => <PopulationPreview view={view} />,
        button: (view) => ({
          label: `Import ${count(view.rows)} ${view.rows === 1 ? "figure" : "figures"}`,
          busyText: `Importing ${count(view.rows)} ${view.rows === 1 ? "row" : "rows"}…`,
        }),
      }}
      imported={{
        thenForm: true,
        render: (message) => (
          <NotificationBanner type="success" title="Figures imported">
            {message}
          </NotificationBanner>
        ),
      }}
    />
  );
}

function PopulationPreview({ view }: { view: PreviewView }) {
  const years = [...view.years].sort((a, b) => a - b);
  return (
    <>
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
    </>
  );
}
