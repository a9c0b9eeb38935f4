import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users/list-users";
import { pageField, parseSearchParams } from "@/lib/schemas/search-params";
import { ROLE_LABEL, ROLES } from "@/lib/auth/roles";
import { Role } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/domain/dates";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { Pagination } from "@/components/ui/pagination";
import { ButtonLink } from "@/components/ui/button";
import { TextInput, Select } from "@/components/ui/field";

export const metadata: Metadata = { title: "Users" };

const filterSchema = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.enum(Role).optional(),
  status: z.enum(["active", "disabled"]).optional(),
  page: pageField,
});

export default async function UsersPage({ searchParams }: PageProps<"/admin/users">) {
  const actor = await requirePageActor("read:user:council", { role: "ADMIN" });
  const { page, ...filters } = parseSearchParams(filterSchema, await searchParams);
  const result = await listUsers(actor, filters, page);

  return (
    <>
      <PageHeading caption={actor.councilName}>Users</PageHeading>
      <p className="mb-6">
        <ButtonLink href="/admin/users/new">Add a user</ButtonLink>
      </p>
      <FilterForm columns={4}>
        <TextInput id="q" name="q" label="Name or e-mail" defaultValue={filters.q} />
        <Select
          id="role"
          name="role"
          label="Role"
          defaultValue={filters.role ?? ""}
          options={[
            { value: "", label: "Any role" },
            ...ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] })),
          ]}
        />
        <Select
          id="status"
          name="status"
          label="Status"
          defaultValue={filters.status ?? ""}
          options={[
            { value: "", label: "Any status" },
            { value: "active", label: "Active" },
            { value: "disabled", label: "Disabled" },
          ]}
        />
      </FilterForm>
      <Table
        caption={`${result.total} ${result.total === 1 ? "user" : "users"}`}
        head={["Name", "E-mail", "Role", "Status", "Last signed in"]}
        emptyText="No users match these filters."
        rows={result.items.map((u) => [
          <Link key="n" href={`/admin/users/${u.id}`}>
            {u.name}
          </Link>,
          u.email,
          u.role === "PROVIDER" && u.organisation
            ? `${ROLE_LABEL[u.role]} (${u.organisation})`
            : ROLE_LABEL[u.role],
          u.disabled ? (
            <Tag key="s" colour="red">
              Disabled
            </Tag>
          ) : u.hasPassword ? (
            <Tag key="s" colour="green">
              Active
            </Tag>
          ) : (
            <Tag key="s" colour="yellow">
              Invited
            </Tag>
          ),
          u.lastSignInAt ? formatDateTime(u.lastSignInAt) : "Never",
        ])}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref="/admin/users"
        params={{ q: filters.q, role: filters.role, status: filters.status }}
      />
    </>
  );
}
