import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import {
  getReferenceValue,
  listReferenceValues,
  serviceTypesToAdd,
} from "@/lib/data/reference-data/list-reference-values";
import type { ReferenceKind } from "@/lib/data/reference-data/reference-tables";
import { orNotFound } from "@/lib/or-not-found";
import { formatDate } from "@/lib/domain/dates";
import { route, type Route } from "@/lib/routes/route";
import {
  addReferenceValueAction,
  addServiceTypeAction,
  moveReferenceValueAction,
  renameReferenceValueAction,
  retireReferenceValueAction,
} from "@/app/actions/reference-data";
import { ActionForm, FormSelect, FormTextInput } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { Pagination } from "@/components/ui/pagination";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { WarningText } from "@/components/ui/warning-text";

interface KindText {
  base: Route;
  title: string;
  /** "district": for sentences. */
  noun: string;
  intro: string;
  codeHint: string;
}

export const REFERENCE_TEXT: Record<ReferenceKind, KindText> = {
  district: {
    base: "/admin/districts",
    title: "Districts",
    noun: "district",
    intro:
      "The areas of the council that families choose when they register, that listings and contracts cover, and that statistics are counted by. Population figures come from the population import.",
    codeHint: "A short code that never changes, used in open data and imports, like NV or EAST_RIDING.",
  },
  "need-type": {
    base: "/admin/need-types",
    title: "Types of need",
    noun: "type of need",
    intro:
      "The types of need families choose for their child on the register, that listings and specifications name, and that statistics are counted by.",
    codeHint: "A short code that never changes, used in open data and exports, like AUTISM or SENSORY.",
  },
  "service-type": {
    base: "/admin/service-types",
    title: "Service types",
    noun: "service type",
    intro:
      "The national types of short break your council uses, under the names your staff, providers and families see. Listings, specifications, contracts and announcements choose from this list, in this order.",
    codeHint: "",
  },
  "involvement-group": {
    base: "/admin/involvement-groups",
    title: "Groups that rarely get involved",
    noun: "group",
    intro:
      "Groups of young people the council wants to hear from more, like care experienced or living in a rural area. Involvement activities record how many from each group took part, and the involvement report shows which groups are rarely involved.",
    codeHint: "A short code that never changes, used in exports, like CARE_EXPERIENCED or RURAL.",
  },
};

const hrefOf = (kind: ReferenceKind, id: string) =>
  kind === "district"
    ? route(`/admin/districts/${id}`)
    : kind === "need-type"
      ? route(`/admin/need-types/${id}`)
      : kind === "service-type"
        ? route(`/admin/service-types/${id}`)
        : route(`/admin/involvement-groups/${id}`);

/** Service types come from the national list: the council adds one it does not use yet, naming it its own way. */
async function AddServiceTypeForm({ actor }: { actor: Actor }) {
  const available = await serviceTypesToAdd(actor);
  if (!available.length)
    return (
      <p className="mb-6">Your council uses every national service type. Retired ones can be reinstated.</p>
    );
  return (
    <ActionForm action={addServiceTypeAction} fields={["code", "name"]} submitLabel="Add the service type">
      <input type="hidden" name="kind" value="service-type" />
      <FormSelect
        id="code"
        name="code"
        label="National service type"
        defaultValue=""
        options={[
          { value: "", label: "Choose a service type" },
          ...available.map((t) => ({ value: t.code, label: `${t.name} (${t.code})` })),
        ]}
      />
      <FormTextInput
        id="name"
        name="name"
        label="Your council's name for it (optional)"
        hint="Leave empty to use the national name. Open data keeps the national code."
        width="30"
      />
    </ActionForm>
  );
}

function MoveButton({
  kind,
  id,
  name,
  direction,
}: {
  kind: ReferenceKind;
  id: string;
  name: string;
  direction: "up" | "down";
}) {
  return (
    <ActionForm
      key={`${id}-${direction}`}
      action={moveReferenceValueAction}
      fields={[]}
      submitVariant="secondary"
      submitLabel={
        <>
          {direction === "up" ? "Up" : "Down"}
          <span className="sr-only">
            {" "}
            (move {name} {direction})
          </span>
        </>
      }
    >
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="direction" value={direction} />
    </ActionForm>
  );
}

/** The list of one kind, with moves and a form to add a value. */
export async function ReferenceListPage({
  actor,
  kind,
  page,
}: {
  actor: Actor;
  kind: ReferenceKind;
  page: number;
}) {
  const text = REFERENCE_TEXT[kind];
  const list = await listReferenceValues(actor, kind, page);
  const first = (list.page - 1) * list.pageSize;
  return (
    <>
      <PageHeading caption={actor.councilName}>{text.title}</PageHeading>
      <p className="mb-6 max-w-[75ch]">{text.intro}</p>
      <p className="mb-6 max-w-[75ch]">
        A retired {text.noun} stays on the records that have it, but cannot be chosen for new ones. Renaming
        changes only the name people see; the code stays.
      </p>
      <Table
        caption={`${list.total} ${list.total === 1 ? text.noun : text.title.toLowerCase()}`}
        head={["Name", "Code", "Status", "Order"]}
        emptyText={`No ${text.title.toLowerCase()} yet. Add the first below.`}
        rows={list.items.map((r, i) => [
          <Link key="n" href={hrefOf(kind, r.id)}>
            {r.name}
          </Link>,
          r.code,
          r.retiredAt ? (
            <Tag key="s" colour="grey">
              Retired
            </Tag>
          ) : (
            <Tag key="s" colour="green">
              In use
            </Tag>
          ),
          <div key="m" className="flex gap-2">
            {first + i > 0 && <MoveButton kind={kind} id={r.id} name={r.name} direction="up" />}
            {first + i < list.total - 1 && (
              <MoveButton kind={kind} id={r.id} name={r.name} direction="down" />
            )}
          </div>,
        ])}
      />
      <Pagination page={list.page} pageCount={list.pageCount} baseHref={text.base} />
      <SectionHeading size="m">Add a {text.noun}</SectionHeading>
      {kind === "service-type" ? (
        <AddServiceTypeForm actor={actor} />
      ) : (
        <ActionForm
          action={addReferenceValueAction}
          fields={["name", "code"]}
          submitLabel={`Add the ${text.noun}`}
        >
          <input type="hidden" name="kind" value={kind} />
          <FormTextInput id="name" name="name" label="Name" width="30" />
          <FormTextInput
            id="code"
            name="code"
            label="Code"
            hint={text.codeHint}
            width="20"
            autoComplete="off"
            spellCheck={false}
          />
        </ActionForm>
      )}
    </>
  );
}

/** One value: rename it, retire or reinstate it. */
export async function ReferenceValuePage({
  actor,
  kind,
  id,
}: {
  actor: Actor;
  kind: ReferenceKind;
  id: string;
}) {
  const text = REFERENCE_TEXT[kind];
  const row = await orNotFound(getReferenceValue(actor, kind, id));
  return (
    <>
      <BackLink href={text.base}>Back to {text.title.toLowerCase()}</BackLink>
      <PageHeading caption={text.title}>{row.name}</PageHeading>
      <SummaryList
        rows={[
          { key: "Code", value: row.code },
          ...(row.nationalName ? [{ key: "National name", value: row.nationalName }] : []),
          {
            key: "Status",
            value: row.retiredAt ? `Retired on ${formatDate(row.retiredAt)}` : "In use",
          },
        ]}
      />
      <SectionHeading size="m">Rename</SectionHeading>
      <ActionForm action={renameReferenceValueAction} fields={["name"]} submitLabel="Save the name">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={row.id} />
        <FormTextInput
          id="name"
          name="name"
          label="New name"
          hint={`Records that have this ${text.noun} show the new name. The code ${row.code} stays.`}
          width="30"
          defaultValue={row.name}
        />
      </ActionForm>
      {row.retiredAt ? (
        <>
          <SectionHeading size="m">Use it again</SectionHeading>
          <p className="mb-4">New records can choose it again once it is reinstated.</p>
          <ActionForm
            action={retireReferenceValueAction}
            fields={[]}
            submitId="reinstate"
            submitVariant="secondary"
            submitLabel={`Reinstate ${row.name}`}
          >
            <input type="hidden" name="kind" value={kind} />
            <input type="hidden" name="id" value={row.id} />
            <input type="hidden" name="op" value="reinstate" />
          </ActionForm>
        </>
      ) : (
        <>
          <SectionHeading size="m">Retire</SectionHeading>
          <WarningText>
            {kind === "district"
              ? "A district can be retired only when no child on the register, published listing or current contract uses it. Old records keep it."
              : kind === "need-type"
                ? "Children and listings that have this type of need keep it; new ones cannot choose it."
                : kind === "service-type"
                  ? "Listings, specifications, contracts and announcements that have this service type keep it; new ones cannot choose it."
                  : "Activities that counted this group keep their counts; new ones cannot count it."}
          </WarningText>
          <ActionForm
            action={retireReferenceValueAction}
            fields={[]}
            submitId="retire"
            submitVariant="warning"
            submitLabel={`Retire ${row.name}`}
          >
            <input type="hidden" name="kind" value={kind} />
            <input type="hidden" name="id" value={row.id} />
            <input type="hidden" name="op" value="retire" />
          </ActionForm>
        </>
      )}
    </>
  );
}
