import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { listRegister, registerFilterOptions } from "@/lib/data/register/list-register";
import { idField, pageField, parseSearchParams, textField } from "@/lib/schemas/search-params";
import { AGE_BANDS, ageOn } from "@/lib/domain/age-band";
import { formatDate, startOfUtcDay } from "@/lib/domain/dates";
import { AgeBand, RegisterStatus } from "@/lib/generated/prisma/enums";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { Select, TextInput } from "@/components/ui/field";
import { RegisterStatusTag } from "@/components/register/register-status-tag";

export const metadata: Metadata = { title: "Register of disabled children" };

const filterSchema = z.object({
  q: textField(100),
  districtId: idField,
  needTypeId: idField,
  ageBand: z.enum(AgeBand).optional(),
  // Children known only for an assessment are not on the register.
  status: z.enum(RegisterStatus).exclude(["NOT_REGISTERED"]).optional(),
  page: pageField,
});

export default async function RegisterListPage({ searchParams }: PageProps<"/commissioner/register">) {
  const actor = await requirePageActor("read:child:council", { role: "COMMISSIONER" });
  const { page, ...filters } = parseSearchParams(filterSchema, await searchParams);
  const [[districts, needTypes], result] = await Promise.all([
    registerFilterOptions(actor),
    listRegister(actor, filters, page),
  ]);
  const today = startOfUtcDay(new Date());

  return (
    <>
      <PageHeading caption={actor.councilName}>Register of disabled children</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        Opening a child&apos;s record is written to the audit log, and the family can see who looked at it.
      </p>
      <FilterForm>
        <TextInput id="q" name="q" label="Name or postcode" defaultValue={filters.q} />
        <Select
          id="districtId"
          name="districtId"
          label="Area"
          defaultValue={filters.districtId ?? ""}
          options={[
            { value: "", label: "All areas" },
            ...districts.map((d) => ({ value: d.id, label: d.name })),
          ]}
        />
        <Select
          id="ageBand"
          name="ageBand"
          label="Age"
          defaultValue={filters.ageBand ?? ""}
          options={[
            { value: "", label: "All ages" },
            ...AGE_BANDS.map((b) => ({ value: b.band, label: b.label })),
          ]}
        />
        <Select
          id="needTypeId"
          name="needTypeId"
          label="Type of need"
          defaultValue={filters.needTypeId ?? ""}
          options={[
            { value: "", label: "All types of need" },
            ...needTypes.map((n) => ({ value: n.id, label: n.name })),
          ]}
        />
        <Select
          id="status"
          name="status"
          label="Status"
          defaultValue={filters.status ?? "ACTIVE"}
          options={[
            { value: "ACTIVE", label: "On the register" },
            { value: "WITHDRAWN", label: "Withdrawn (awaiting erasure)" },
            { value: "AGED_OUT", label: "Left at age 20 (awaiting erasure)" },
          ]}
        />
      </FilterForm>
      <Table
        caption={`${result.total} ${result.total === 1 ? "child" : "children"}`}
        head={["Name", "Age", "Area", "Types of need", "Status", "Registered", "Consent"]}
        emptyText="No children match these filters."
        rows={result.items.map((c) => [
          <Link key="n" href={`/commissioner/register/${c.id}`}>
            {c.lastName}, {c.firstName}
          </Link>,
          c.dateOfBirth ? String(ageOn(c.dateOfBirth, today)) : "",
          c.district.name,
          c.needs.map((n) => n.needType.name).join(", "),
          <RegisterStatusTag key="s" status={c.status} />,
          formatDate(c.registeredAt),
          c.consents[0] ? `Version ${c.consents[0].statement.version}` : "None",
        ])}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref="/commissioner/register"
        params={{ ...filters }}
      />
    </>
  );
}
