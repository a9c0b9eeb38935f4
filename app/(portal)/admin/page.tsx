import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { getAdminDashboard } from "@/lib/data/dashboards/admin-dashboard";
import { ROLE_LABEL, ROLES } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/domain/dates";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { StatCard } from "@/components/ui/stat-card";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Council administration" };

export default async function AdminHome() {
  const actor = await requirePageActor("read:dashboard:own", { role: "ADMIN" });
  const d = await getAdminDashboard(actor);
  return (
    <>
      <PageHeading caption={actor.councilName}>Council administration</PageHeading>
      <div className="mb-8 grid gap-4 sm:grid-cols-3">
        <StatCard
          label="People who have not set a password yet"
          value={d.awaitingPassword}
          href="/admin/users"
        />
        <StatCard label="Disabled accounts" value={d.disabled} href="/admin/users?status=disabled" />
        <StatCard
          label="Statistics threshold"
          value={d.council.statisticsThreshold}
          detail={`Register details erased ${d.council.retentionDays} days after withdrawal`}
          href="/admin/settings"
        />
      </div>
      <Table
        caption="Active users by role"
        head={["Role", "Users"]}
        numericColumns={[1]}
        rows={ROLES.map((r) => [ROLE_LABEL[r], String(d.byRole[r] ?? 0)])}
      />
      <SectionHeading>Latest activity</SectionHeading>
      {d.recent.length === 0 ? (
        <p>Nothing has been recorded yet.</p>
      ) : (
        <ul className="mb-4 list-disc pl-6">
          {d.recent.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.createdAt)}: {e.summary}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/admin/audit">See the full audit log</Link>
      </p>
    </>
  );
}
