import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { isOrganisationAdmin, listOrganisationStaff } from "@/lib/data/organisations/organisation-staff";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { inviteStaffAction, removeStaffAction } from "./actions";
import { ActionForm, FormTextInput } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Pagination } from "@/components/ui/pagination";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";

export const metadata: Metadata = { title: "Your organisation's staff" };

const query = z.object({ page: pageField });

export default async function ProviderStaffPage({ searchParams }: PageProps<"/provider/staff">) {
  const actor = await requirePageActor("read:organisation-staff:own", { role: "PROVIDER" });
  const { page } = parseSearchParams(query, await searchParams);
  if (!(await isOrganisationAdmin(actor)))
    return (
      <>
        <PageHeading caption="Your organisation">Staff</PageHeading>
        <p className="max-w-[75ch]">
          Your organisation&apos;s administrators add and remove its staff. Ask one of them if someone needs
          access, or no longer works for you.
        </p>
      </>
    );
  const staff = await listOrganisationStaff(actor, page);
  return (
    <>
      <PageHeading caption="Your organisation">Staff</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        The people who act for your organisation with {actor.councilName}. Removing someone ends their access
        here straight away.
      </p>
      <Table
        caption={`${staff.total} ${staff.total === 1 ? "person" : "people"}`}
        head={["Name", "E-mail", "Status", "Remove"]}
        emptyText="No staff yet."
        rows={staff.items.map((m) => [
          m.user.name,
          m.user.email,
          m.disabledAt ? (
            <Tag key="s" colour="grey">
              Removed
            </Tag>
          ) : m.user.invited ? (
            <Tag key="s" colour="yellow">
              Invited
            </Tag>
          ) : (
            <Tag key="s" colour="green">
              {m.isOrganisationAdmin ? "Administrator" : "Active"}
            </Tag>
          ),
          m.disabledAt || m.id === actor.membershipId ? (
            ""
          ) : (
            <ActionForm
              key="r"
              action={removeStaffAction}
              fields={[]}
              submitVariant="warning"
              submitLabel={
                <>
                  Remove<span className="sr-only"> {m.user.name}</span>
                </>
              }
            >
              <input type="hidden" name="membershipId" value={m.id} />
            </ActionForm>
          ),
        ])}
      />
      <Pagination page={staff.page} pageCount={staff.pageCount} baseHref="/provider/staff" />
      <SectionHeading size="m">Invite a member of staff</SectionHeading>
      <ActionForm action={inviteStaffAction} fields={["name", "email"]} submitLabel="Send the invitation">
        <input type="hidden" name="submissionKey" value={randomUUID()} />
        <FormTextInput id="name" name="name" label="Full name" autoComplete="off" />
        <FormTextInput
          id="email"
          name="email"
          label="E-mail address"
          hint="They are sent an e-mail with a link to set their password."
          type="email"
          autoComplete="off"
          spellCheck={false}
        />
      </ActionForm>
    </>
  );
}
