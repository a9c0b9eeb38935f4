import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { getStatementAdmin } from "@/lib/data/statement/get-statement-admin";
import { formatDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import { ACCESS_ROUTES, ACCESS_ROUTE_LABEL } from "@/lib/schemas/statement";
import {
  ActionForm,
  FormDateInput,
  FormRadios,
  FormTextInput,
  FormTextarea,
} from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { StatementView } from "@/components/statement/statement-view";
import { publishStatementAction, saveStatementDraftAction } from "./actions";

export const metadata: Metadata = { title: "Short breaks services statement" };

const dateParts = (d: Date | null) =>
  d
    ? { day: String(d.getUTCDate()), month: String(d.getUTCMonth() + 1), year: String(d.getUTCFullYear()) }
    : undefined;

/** Commissioners write the statement's text, preview it with today's figures and publish a version. */
export default async function CommissionerStatementPage() {
  const actor = await requirePageActor("read:statement:council", { role: "COMMISSIONER" });
  const { draft, serviceTypes, preview, versions } = await getStatementAdmin(actor);
  const words = new Map(draft.types.map((t) => [t.code, t]));
  const fields = [
    "introduction",
    "howToGet",
    "reviewDate",
    ...serviceTypes.flatMap((t) => [`eligibility-${t.code}`, `access-${t.code}`]),
  ];
  const anchors = {
    reviewDate: "reviewDate-day",
    ...Object.fromEntries(serviceTypes.map((t) => [`access-${t.code}`, `access-${t.code}-0`])),
  };

  return (
    <>
      <PageHeading caption={actor.councilName}>Short breaks services statement</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        The statement families read is built from this text and from live data: the directory, current
        contracts, providers&apos; outcome returns and &ldquo;You said, we did&rdquo;. Save the draft, check
        the preview, then publish it as a new version. Published versions never change.{" "}
        <Link href={route(`/councils/${actor.councilSlug}/statement`)}>See the public statement</Link>.
      </p>

      <SectionHeading>Published versions</SectionHeading>
      <Table
        caption="Versions, newest first"
        captionSize="s"
        head={["Version", "Published", "What changed"]}
        emptyText="Nothing is published yet."
        rows={versions.map((v) => [
          <Link key="v" href={route(`/councils/${actor.councilSlug}/statement/versions/${v.version}`)}>
            Version {v.version}
          </Link>,
          formatDate(v.publishedAt),
          v.changelog,
        ])}
      />

      <SectionHeading>Draft</SectionHeading>
      <p className="mb-4">
        {draft.updatedAt
          ? `Last saved ${formatDate(draft.updatedAt)}.`
          : "Not changed since the last version."}
      </p>
      <ActionForm
        action={saveStatementDraftAction}
        fields={fields}
        anchors={anchors}
        submitLabel="Save draft"
        className="mb-10"
      >
        <FormTextarea
          id="introduction"
          name="introduction"
          label="Introduction"
          hint="What short breaks are for and what this statement covers. Leave a blank line between paragraphs."
          rows={10}
          defaultValue={draft.introduction}
        />
        <FormTextarea
          id="howToGet"
          name="howToGet"
          label="How families get short breaks"
          hint="Self-referral, assessment, personal budgets and direct payments."
          rows={8}
          defaultValue={draft.howToGet}
        />
        <FormDateInput
          id="reviewDate"
          name="reviewDate"
          legend="Review date"
          hint="When the council will next review the statement, for example 31 3 2027."
          defaultValue={dateParts(draft.reviewDate)}
        />
        <h3 className="mt-8 mb-4 text-xl font-bold">Each type of short break</h3>
        {serviceTypes.map((t) => (
          <fieldset key={t.code} className="mb-6 border-t border-border pt-4">
            <legend className="mb-2 text-lg font-bold">{t.name}</legend>
            <FormTextInput
              id={`eligibility-${t.code}`}
              name={`eligibility-${t.code}`}
              label={`Who is eligible for ${t.name.toLowerCase()}`}
              hint="For example: ages 4 to 18, after an assessment. Leave blank if the council does not offer it."
              defaultValue={words.get(t.code)?.eligibility ?? ""}
            />
            <FormRadios
              name={`access-${t.code}`}
              idPrefix={`access-${t.code}`}
              legend={`How families get ${t.name.toLowerCase()}`}
              legendSize="s"
              defaultValue={words.get(t.code)?.access ?? "EITHER"}
              options={ACCESS_ROUTES.map((a) => ({ value: a, label: ACCESS_ROUTE_LABEL[a] }))}
            />
          </fieldset>
        ))}
      </ActionForm>

      <SectionHeading>Preview with today&apos;s figures</SectionHeading>
      <p className="mb-4 max-w-[75ch]">This is what publishing now would freeze as the next version.</p>
      <section aria-label="Preview of the next version" className="mb-10 border-4 border-border p-4 sm:p-6">
        <StatementView slug={actor.councilSlug} content={preview} />
      </section>

      <SectionHeading>Publish</SectionHeading>
      <ActionForm action={publishStatementAction} fields={["changelog"]} submitLabel="Publish a new version">
        <FormTextInput
          id="changelog"
          name="changelog"
          label="What changed in this version"
          hint="One line families will see beside the version, for example: Added shared care for ages 4 to 18."
        />
      </ActionForm>
    </>
  );
}
