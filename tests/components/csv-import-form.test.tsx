/**
 * The shared CSV import form after a refused upload: the file's message on the file field, its
 * row problems listed in file order, and the first ten of them in the error summary.
 */
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ImportState } from "@/lib/spreadsheets/import-preview";
import { CsvImportForm } from "@/components/imports/csv-import-form";
import { expectNoAxeViolations } from "./axe";

afterEach(cleanup);

const message = "The selected file has 12 problems, listed below. Fix them and choose the file again";
const rowProblems = Array.from({ length: 12 }, (_, i) => ({
  row: i + 2,
  message: `Row ${i + 2}: no such district`,
}));

function renderForm(answer: ImportState<string>) {
  const refuse = async (): Promise<ImportState<string>> => answer;
  return render(
    <CsvImportForm<string>
      submissionKey="6f1c3a52-4a8b-4c1e-9a55-0c1d2e3f4a5b"
      maxBytes={2_000_000}
      fileLabel="Population CSV file"
      previewAction={refuse}
      importAction={refuse}
      preview={{
        heading: "Check",
        testId: "preview",
        render: (v) => <p>{v}</p>,
        button: () => ({ label: "Import", busyText: "Importing" }),
      }}
      imported={{ render: (m) => <p>{m}</p>, thenForm: true }}
    />,
  );
}

describe("CsvImportForm", () => {
  it("lists a refused file's row problems, and the first ten in the summary", async () => {
    const { container } = renderForm({
      ok: false,
      formError: message,
      fieldErrors: { file: message },
      rowProblems,
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    });
    const summary = await screen.findByTestId("error-summary");
    const summaryTexts = within(summary)
      .getAllByRole("link")
      .map((a) => a.textContent);
    expect(summaryTexts).toEqual([
      message,
      ...rowProblems.slice(0, 10).map((p) => p.message),
      "and 2 more problems",
    ]);
    expect(
      within(screen.getByTestId("row-problems"))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(rowProblems.map((p) => p.message));
    expect(document.getElementById("file-error")?.textContent).toContain(message);
    await expectNoAxeViolations(container);
  });

  it("a file problem alone shows no row list", async () => {
    renderForm({
      ok: false,
      formError: "The selected file is empty",
      fieldErrors: { file: "The selected file is empty" },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    });
    await screen.findByTestId("error-summary");
    expect(screen.queryByTestId("row-problems")).toBeNull();
  });
});
