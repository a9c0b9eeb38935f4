import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requirePageActor } from "@/lib/auth/session";
import { contractImportOptions } from "@/lib/data/contracts/contract-import-options";
import {
  CONTRACT_IMPORT_MAX_ROWS,
  CONTRACT_REFERENCE_MAX,
  CONTRACT_TITLE_MAX,
  EXTENSION_MONTHS_MAX,
  contractImportTemplate,
} from "@/lib/domain/contracts/parse-contracts-csv";
import { CONTRACT_FILE_MAX_BYTES } from "@/lib/schemas/contract-import";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { ContractImportForm } from "./contract-import-form";

export const metadata: Metadata = { title: "Import contracts from a CSV" };

export default async function ContractImportPage() {
  const actor = await requirePageActor("import:contract:council", { role: "COMMISSIONER" });
  const options = await contractImportOptions(actor);
  const template = contractImportTemplate({
    provider: options.exampleProvider ?? "Provider name",
    serviceType: options.serviceTypes[0] ?? "Play scheme",
    districts: options.districts.slice(0, 2),
  });
  const required = "Required";

  return (
    <>
      <BackLink href="/commissioner/contracts">Back to contracts</BackLink>
      <PageHeading caption={actor.councilName}>Import contracts from a CSV</PageHeading>
      <p className="mb-4 max-w-[75ch]">
        Add your council&apos;s existing contracts from a spreadsheet saved as a CSV file. You will see every
        contract the file would create before anything is saved. If any row is wrong, nothing is saved and
        each problem is listed by its row.
      </p>
      <p className="mb-8 max-w-[75ch]">
        At most {CONTRACT_IMPORT_MAX_ROWS.toLocaleString("en-GB")} contracts and 2 MB in one file.
      </p>

      <SectionHeading>What the file must contain</SectionHeading>
      <p className="mb-4 max-w-[75ch]">
        The first row names the columns, in any order and in upper or lower case. Then one row for each
        contract. Other columns are ignored.
      </p>
      <Table
        caption="Columns"
        captionSize="s"
        head={["Column", "What to write", "Required"]}
        firstCellIsHeader
        rows={[
          [
            "reference",
            `Your reference for the contract, ${CONTRACT_REFERENCE_MAX} characters or fewer. Each must be new to your council and appear once in the file.`,
            required,
          ],
          ["title", `What the contract is for, ${CONTRACT_TITLE_MAX} characters or fewer.`, required],
          [
            "provider",
            "The name of the provider organisation, as your council holds it. It must be a provider that works with your council.",
            required,
          ],
          ["service type", `One of: ${options.serviceTypes.join(", ")}.`, required],
          [
            "districts",
            options.districts.length
              ? `One or more of your districts, separated by semicolons (;): ${options.districts.join(", ")}.`
              : "One or more of your districts, separated by semicolons (;). Your council has no districts yet.",
            required,
          ],
          [
            "annual value",
            "In pounds, with at most 2 decimal places, for example 12,500.00 or £12500. Not negative.",
            required,
          ],
          [
            "total value",
            "In pounds, the value over the whole term. For a contract of a year or more, at least the annual value.",
            required,
          ],
          ["start date", "Written like 01/04/2025 or 2025-04-01.", required],
          ["end date", "The last day of the contract, after the start date, written the same way.", required],
          [
            "extension months available",
            `How many months the contract may still be extended by, a whole number from 0 to ${EXTENSION_MONTHS_MAX}. Leave blank for none.`,
            "Optional",
          ],
        ]}
      />
      <p className="mb-8">
        <a
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(template)}`}
          download="contracts-template.csv"
        >
          Download a template CSV file
        </a>{" "}
        with these columns and an example row.
      </p>

      <SectionHeading>Upload the file</SectionHeading>
      <ContractImportForm submissionKey={randomUUID()} maxBytes={CONTRACT_FILE_MAX_BYTES} />
    </>
  );
}
