import Link from "next/link";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import {
  findOtherOrganisations,
  getCouncilProvider,
  listCouncilProviders,
  nextProviderStatuses,
} from "@/lib/data/organisations/council-providers";
import {
  PROVIDER_STATUS_LABEL,
  findOrganisationQuery,
  providerListQuery,
  type ProviderStatusValue,
} from "@/lib/schemas/organisation";
import { parseSearchParams, type RawSearchParams } from "@/lib/schemas/search-params";
import { orNotFound } from "@/lib/or-not-found";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import {
  addOrganisationAction,
  changeProviderStatusAction,
  linkOrganisationAction,
} from "@/app/actions/providers";
import {
  ActionForm,
  FormCheckboxes,
  FormRadios,
  FormTextInput,
  FormTextarea,
} from "@/components/forms/action-form";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { Select, TextInput } from "@/components/ui/field";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { Tag, type TagColour } from "@/components/ui/tag";

/** The council's list of providers, for administrators (/admin) and commissioners (/commissioner). */
export type ProviderArea = "/admin" | "/commissioner";

const STATUS_COLOUR: Record<ProviderStatusValue, TagColour> = {
  APPLIED: "yellow",
  APPROVED: "green",
  SUSPENDED: "red",
  REMOVED: "grey",
};

function StatusTag({ status }: { status: ProviderStatusValue }) {
  return <Tag colour={STATUS_COLOUR[status]}>{PROVIDER_STATUS_LABEL[status]}</Tag>;
}

const APPROVE_NOW = [
  {
    value: "APPROVED",
    label: "Approved now",
    hint: "It can be chosen in support plans and shows as approved.",
  },
  { value: "APPLIED", label: "Applied: decide later" },
];

export async function ProviderListPage({
  actor,
  area,
  searchParams,
}: {
  actor: Actor;
  area: ProviderArea;
  searchParams: RawSearchParams;
}) {
  const query = parseSearchParams(providerListQuery, searchParams);
  const result = await listCouncilProviders(actor, query);
  return (
    <>
      <PageHeading caption={actor.councilName}>Providers</PageHeading>
      <p className="mb-4 max-w-[75ch]">
        Your council&apos;s list of provider organisations. Only approved providers can be chosen in support
        plans and show as approved in the directory; any provider may bid for a tender.
      </p>
      {can(actor, "create:provider:council") && (
        <p className="mb-6">
          <ButtonLink href={route(`${area}/providers/new`)}>Add a provider</ButtonLink>
        </p>
      )}
      <FilterForm>
        <TextInput id="q" name="q" label="Name" defaultValue={query.q} />
        <Select
          id="status"
          name="status"
          label="Status"
          defaultValue={query.status ?? ""}
          options={[
            { value: "", label: "Any status" },
            ...Object.entries(PROVIDER_STATUS_LABEL).map(([value, label]) => ({ value, label })),
          ]}
        />
      </FilterForm>
      <Table
        caption={`${result.total} ${result.total === 1 ? "provider" : "providers"}`}
        head={["Organisation", "Status", "Since", "Voluntary or community", "Small business"]}
        emptyText="No providers match these filters."
        rows={result.items.map((p) => [
          <Link key="n" href={route(`${area}/providers/${p.id}`)}>
            {p.organisation.name}
          </Link>,
          <StatusTag key="s" status={p.status} />,
          p.statusChangedAt ? formatDate(p.statusChangedAt) : "",
          p.organisation.isVcs ? "Yes" : "No",
          p.organisation.isSme ? "Yes" : "No",
        ])}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref={route(`${area}/providers`)}
        params={{ q: query.q, status: query.status }}
      />
    </>
  );
}

export async function NewProviderPage({
  actor,
  area,
  searchParams,
}: {
  actor: Actor;
  area: ProviderArea;
  searchParams: RawSearchParams;
}) {
  const { find } = parseSearchParams(findOrganisationQuery, searchParams);
  const found = find ? await findOtherOrganisations(actor, find) : [];
  return (
    <>
      <BackLink href={route(`${area}/providers`)}>Back to providers</BackLink>
      <PageHeading caption={actor.councilName}>Add a provider</PageHeading>

      <SectionHeading size="m">Does it already work with another council?</SectionHeading>
      <form method="get" role="search" className="mb-6">
        <TextInput
          id="find"
          name="find"
          label="Name, charity number or company number"
          hint="An organisation is kept once, however many councils it works with."
          defaultValue={find}
        />
        <button className="inline-flex min-h-11 items-center border-2 border-ink px-4 font-semibold">
          Find
        </button>
      </form>
      {find && (
        <Table
          caption={`${found.length} ${found.length === 1 ? "organisation" : "organisations"} found`}
          captionSize="s"
          head={["Organisation", "Charity number", "Company number", "Add"]}
          emptyText="No organisation working with another council matches. Add it below."
          rows={found.map((o) => [
            o.name,
            o.charityNumber ?? "",
            o.companyNumber ?? "",
            <ActionForm
              key="a"
              action={linkOrganisationAction}
              fields={["status"]}
              submitLabel={
                <>
                  Add to your list<span className="sr-only"> {o.name}</span>
                </>
              }
              submitVariant="secondary"
            >
              <input type="hidden" name="organisationId" value={o.id} />
              <input type="hidden" name="status" value="APPLIED" />
            </ActionForm>,
          ])}
        />
      )}

      <SectionHeading size="m">A new organisation</SectionHeading>
      <ActionForm
        action={addOrganisationAction}
        fields={[
          "name",
          "charityNumber",
          "companyNumber",
          "flags",
          "address",
          "postcode",
          "email",
          "phone",
          "website",
          "status",
        ]}
        anchors={{ status: "status-0" }}
        submitLabel="Add the provider"
      >
        <input type="hidden" name="submissionKey" value={randomUUID()} />
        <FormTextInput id="name" name="name" label="Name" />
        <FormTextInput
          id="charityNumber"
          name="charityNumber"
          label="Charity number (optional)"
          hint="For example, 1123456, or SC012345 in Scotland"
          width="10"
        />
        <FormTextInput
          id="companyNumber"
          name="companyNumber"
          label="Company number (optional)"
          hint="8 digits, or 2 letters and 6 digits, like SC123456"
          width="10"
        />
        <FormCheckboxes
          name="flags"
          legend="About the organisation"
          options={[
            { value: "isVcs", label: "A voluntary or community organisation" },
            { value: "isSme", label: "A small or medium-sized business" },
          ]}
        />
        <FormTextarea id="address" name="address" label="Address (optional)" rows={3} />
        <FormTextInput id="postcode" name="postcode" label="Postcode (optional)" width="10" />
        <FormTextInput id="email" name="email" label="Contact e-mail (optional)" type="email" width="30" />
        <FormTextInput id="phone" name="phone" label="Contact phone (optional)" type="tel" width="20" />
        <FormTextInput id="website" name="website" label="Website (optional)" width="30" />
        <FormRadios name="status" legend="Status on your list" options={APPROVE_NOW} />
      </ActionForm>
    </>
  );
}

export async function ProviderPage({ actor, area, id }: { actor: Actor; area: ProviderArea; id: string }) {
  const p = await orNotFound(getCouncilProvider(actor, id));
  const o = p.organisation;
  const next = nextProviderStatuses(p.status);
  return (
    <>
      <BackLink href={route(`${area}/providers`)}>Back to providers</BackLink>
      <PageHeading caption="Provider">{o.name}</PageHeading>
      <SummaryList
        rows={[
          { key: "Status", value: <StatusTag status={p.status} /> },
          ...(p.statusReason ? [{ key: "Reason", value: p.statusReason }] : []),
          ...(p.approvedAt ? [{ key: "Approved", value: formatDate(p.approvedAt) }] : []),
          { key: "Charity number", value: o.charityNumber ?? "None" },
          { key: "Company number", value: o.companyNumber ?? "None" },
          { key: "Voluntary or community", value: o.isVcs ? "Yes" : "No" },
          { key: "Small or medium-sized business", value: o.isSme ? "Yes" : "No" },
          { key: "Address", value: [o.address, o.postcode].filter(Boolean).join(", ") || "Not given" },
          { key: "Contact", value: [o.email, o.phone, o.website].filter(Boolean).join(" · ") || "Not given" },
        ]}
      />
      {can(actor, "update:provider-status:council") && (
        <>
          <SectionHeading size="m">Change the status</SectionHeading>
          <ActionForm
            action={changeProviderStatusAction}
            fields={["status", "reason"]}
            anchors={{ status: "status-0" }}
            submitLabel="Change the status"
          >
            <input type="hidden" name="id" value={p.id} />
            <FormRadios
              name="status"
              legend="New status"
              options={next.map((s) => ({
                value: s,
                label:
                  s === "APPROVED"
                    ? p.status === "APPLIED"
                      ? "Approve"
                      : "Approve again"
                    : s === "SUSPENDED"
                      ? "Suspend"
                      : p.status === "APPLIED"
                        ? "Refuse"
                        : "Remove from the list",
              }))}
            />
            <FormTextarea
              id="reason"
              name="reason"
              label="Reason"
              hint="Needed to suspend, refuse or remove. The provider's staff may be told it."
              rows={3}
            />
          </ActionForm>
        </>
      )}
      <SectionHeading size="m">History</SectionHeading>
      <Table
        caption="Changes to this provider on your list"
        captionSize="s"
        head={["When", "What"]}
        emptyText="No changes recorded."
        rows={p.history.map((h) => [formatDateTime(h.createdAt), h.summary])}
      />
    </>
  );
}
