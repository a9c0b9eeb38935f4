import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { listFamilyChildren } from "@/lib/data/register/family-children";
import { formatCalendarDate, formatDate } from "@/lib/domain/dates";
import { PageHeading } from "@/components/ui/heading";
import { ButtonLink } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { RegisterStatusTag } from "@/components/register/register-status-tag";
import { EasyRead } from "@/components/layout/easy-read";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Your children" };

export default async function ChildrenPage() {
  const actor = await requirePageActor("read:child:own", { role: "FAMILY" });
  const children = await listFamilyChildren(actor);
  return (
    <>
      <PageHeading caption={actor.councilName}>Your children on the register</PageHeading>
      <EasyRead>The register is a list of disabled children. Being on it is your choice.</EasyRead>
      <p className="mb-6 max-w-[75ch]">
        The register helps the council plan short breaks. Joining is your choice, and you can leave at any
        time. <Link href={`/councils/${actor.councilSlug}/join-the-register`}>What the register is for</Link>
      </p>
      <p className="mb-6">
        <ButtonLink href={route("/family/register/child")}>Register a child</ButtonLink>
      </p>
      <Table
        caption="Your children"
        captionSize="m"
        head={["Name", "Date of birth", "Area", "Status"]}
        emptyText="You have not registered a child yet."
        rows={children.map((c) => [
          <Link key="n" href={`/family/children/${c.id}`}>
            {c.firstName} {c.lastName}
          </Link>,
          c.dateOfBirth ? formatCalendarDate(c.dateOfBirth) : "",
          c.district.name,
          <span key="s">
            <RegisterStatusTag status={c.status} />
            {c.eraseAfter && (
              <span className="block text-base">Details erased from {formatDate(c.eraseAfter)}</span>
            )}
          </span>,
        ])}
      />
    </>
  );
}
