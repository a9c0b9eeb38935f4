import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { listYoungCommissioners } from "@/lib/data/involvement/list-young-commissioners";
import { listTrainingModules } from "@/lib/data/involvement/list-training-modules";
import { route } from "@/lib/routes/route";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { ActionForm, FormTextInput, FormTextarea } from "@/components/forms/action-form";
import { ConsentStandingTag } from "@/components/involvement/consent-standing-tag";
import { addTrainingModuleAction } from "./actions";

export const metadata: Metadata = { title: "Young commissioners" };

const searchSchema = z.object({ page: pageField });

export default async function YoungCommissionersPage({
  searchParams,
}: PageProps<"/commissioner/young-commissioners">) {
  const actor = await requirePageActor("read:young-commissioner:council", { role: "COMMISSIONER" });
  const { page } = parseSearchParams(searchSchema, await searchParams);
  const [people, modules] = await Promise.all([
    listYoungCommissioners(actor, { page }),
    listTrainingModules(actor),
  ]);
  return (
    <>
      <PageHeading caption={actor.councilName}>Young commissioners</PageHeading>
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
          <Link key="n" href={route(`/commissioner/young-commissioners/${p.id}`)}>
            {p.name}
          </Link>,
          <ConsentStandingTag key="s" standing={p.standing} />,
          p.modules,
          p.panels,
          p.reviews,
        ])}
      />
      <Pagination
        page={people.page}
        pageCount={people.pageCount}
        baseHref="/commissioner/young-commissioners"
      />

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
      {can(actor, "update:young-commissioner:council") && (
        <>
          <SectionHeading size="m">Add a module to the list</SectionHeading>
          <ActionForm
            action={addTrainingModuleAction}
            fields={["name", "description"]}
            submitLabel="Add module"
          >
            <FormTextInput id="name" name="name" label="Module name" width="30" />
            <FormTextarea id="description" name="description" label="What it covers (optional)" rows={2} />
          </ActionForm>
        </>
      )}
    </>
  );
}
