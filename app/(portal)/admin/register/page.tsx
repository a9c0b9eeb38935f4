import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { countRegister } from "@/lib/data/register/count-register";
import { PageHeading } from "@/components/ui/heading";
import { ButtonLink } from "@/components/ui/button";
import { WarningText } from "@/components/ui/warning-text";
import { StatCard } from "@/components/ui/stat-card";

export const metadata: Metadata = { title: "Register export" };

export default async function AdminRegisterPage() {
  const actor = await requirePageActor("export:child:council", { role: "ADMIN" });
  const counts = await countRegister(actor);
  return (
    <>
      <PageHeading caption={actor.councilName}>Register of disabled children</PageHeading>
      <div className="mb-8 grid gap-4 sm:grid-cols-3">
        <StatCard label="On the register" value={counts.active} />
        <StatCard label="Withdrawn, awaiting erasure" value={counts.withdrawn} />
        <StatCard label="Left at age 20, awaiting erasure" value={counts.agedOut} />
      </div>
      <WarningText>
        The export holds personal details of children and families. Keep it secure and delete it when you no
        longer need it. Every export is recorded in the audit log.
      </WarningText>
      <div className="flex flex-wrap gap-4">
        <ButtonLink href="/admin/register/export" variant="secondary">
          Download the register (CSV)
        </ButtonLink>
        <ButtonLink href="/admin/register/export?format=xlsx" variant="secondary">
          Download the register (XLSX)
        </ButtonLink>
      </div>
    </>
  );
}
