import Link from "next/link";
import type { FormAction } from "@/lib/actions/form-state";
import type { listYoungCommissioners } from "@/lib/data/involvement/list-young-commissioners";
import type { listTrainingModules } from "@/lib/data/involvement/list-training-modules";
import type { Route } from "@/lib/routes/route";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { ActionForm, FormTextInput, FormTextarea } from "@/components/forms/action-form";
import { ConsentStandingTag } from "./consent-standing-tag";

/** The council's young commissioners and its training list, for staff (commissioners and administrators). */
export function YoungCommissionersView({
  councilName,
  people,
  modules,
  editable,
  addModule,
  baseHref,
  profileHref,
}: {
  councilName: string;
  people: Awaited<ReturnType<typeof listYoungCommissioners>>;
  modules: Awaited<ReturnType<typeof listTrainingModules>>;
  editable: boolean;
  addModule: FormAction;
  baseHref: Route;
  profileHref: (id: string) => Route;
}) {
  return (
    <>
      <PageHeading caption={councilName}>Young commissioners</PageHeading>
      <p className="mb-6 max-w-prose">
        A young commissioner under 16 can join a venue review team or a scoring panel only once a
        parent&apos;s or carer&apos;s consent is recorded on their profile. Record their date of birth so the
        portal can tell.
      </p>
      <Table
        caption={`${people.total} ${people.total === 1 ? "young commissioner" : "young commissioners"}`}
        captionSize="s"
        head={["Name", "Age and consent", "Training modules", "Panels", "Reviews"]}
        numericColumns={[2, 3, 4]}
        emptyText="There are no young commissioners in this council yet."
        rows={people.items.map((p) => [
          <Link key="n" href={profileHref(p.id)}>
            {p.name}
          </Link>,
          <ConsentStandingTag key="s" standing={p.standing} />,
          p.modules,
          p.panels,
          p.reviews,
        ])}
      />
      <Pagination page={people.page} pageCount={people.pageCount} baseHref={baseHref} />

      <SectionHeading id="modules">Training modules</SectionHeading>
      {modules.length === 0 ? (
        <p>The council&apos;s training list is empty.</p>
      ) : (
        <ul className="mb-6 list-disc pl-6">
          {modules.map((m) => (
            <li key={m.id}>
              {m.name}
              {m.description ? ` – ${m.description}` : ""}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <>
          <SectionHeading size="m">Add a module to the list</SectionHeading>
          <ActionForm action={addModule} fields={["name", "description"]} submitLabel="Add module">
            <FormTextInput id="name" name="name" label="Module name" width="30" />
            <FormTextarea id="description" name="description" label="What it covers (optional)" rows={2} />
          </ActionForm>
        </>
      )}
    </>
  );
}
