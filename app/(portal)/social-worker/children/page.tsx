import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { listRegister } from "@/lib/data/register/list-register";
import { pageField, parseSearchParams, textField } from "@/lib/schemas/search-params";
import { ageOn } from "@/lib/domain/age-band";
import { startOfUtcDay } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { Select, TextInput } from "@/components/ui/field";

export const metadata: Metadata = { title: "Find a child" };

const filterSchema = z.object({
  q: textField(100),
  status: z.enum(["ACTIVE", "NOT_REGISTERED"]).optional(),
  page: pageField,
});

export default async function SocialWorkerChildrenPage({
  searchParams,
}: PageProps<"/social-worker/children">) {
  const actor = await requirePageActor("read:child:council", { role: "SOCIAL_WORKER" });
  const { page, q, status } = parseSearchParams(filterSchema, await searchParams);
  const result = await listRegister(actor, { q, status: status ?? "ACTIVE" }, page);
  const today = startOfUtcDay(new Date());
  return (
    <>
      <PageHeading caption={actor.councilName}>Find a child</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        Children on the register of disabled children, and children you assess who are not on it. Opening a
        child&apos;s record is written to the audit log.
      </p>
      <p className="mb-6">
        <Link href="/social-worker/children/new">Record a child who is not on the register</Link>
      </p>
      <FilterForm>
        <TextInput id="q" name="q" label="Name or postcode" defaultValue={q} />
        <Select
          id="status"
          name="status"
          label="Which children"
          defaultValue={status ?? "ACTIVE"}
          options={[
            { value: "ACTIVE", label: "On the register" },
            { value: "NOT_REGISTERED", label: "Not on the register" },
          ]}
        />
      </FilterForm>
      <Table
        caption={`${result.total} ${result.total === 1 ? "child" : "children"}`}
        head={["Name", "Age", "Area"]}
        emptyText="No children match."
        rows={result.items.map((c) => [
          <Link key="n" href={route(`/social-worker/children/${c.id}`)}>
            {c.lastName}, {c.firstName}
          </Link>,
          c.dateOfBirth ? String(ageOn(c.dateOfBirth, today)) : "",
          c.district.name,
        ])}
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        baseHref="/social-worker/children"
        params={{ q, status }}
      />
    </>
  );
}
