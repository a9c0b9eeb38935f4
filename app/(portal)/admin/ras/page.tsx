import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { getRasAdmin } from "@/lib/data/ras/get-ras-admin";
import { formatDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import { ActionForm, FormTextInput } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { TaskList } from "@/components/ui/task-list";
import { WarningText } from "@/components/ui/warning-text";
import { RasRuleSummary } from "@/components/ras/ras-definition-view";
import { addRasDomainAction, publishRasDraftAction } from "./actions";

export const metadata: Metadata = { title: "Resource allocation system" };

/** Where a problem's field lives: a domain's page, or the money rule's. */
function problemHref(field: string) {
  const domain = /^domains\.(\d+)/.exec(field);
  if (domain) return route(`/admin/ras/domains/${domain[1]}`);
  return field === "domains" ? null : route("/admin/ras/rule");
}

export default async function RasAdminPage() {
  const actor = await requirePageActor("read:ras:council", { role: "ADMIN" });
  const { draft, versions } = await getRasAdmin(actor);
  const current = versions[0];

  return (
    <>
      <PageHeading caption={actor.councilName}>Resource allocation system</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        Social workers answer these questions in each assessment. The points give the child&apos;s indicative
        budget. Change the draft, check it, try it with sample answers, then publish it as a new version.
        Assessments keep the version they were made under.
      </p>

      <SectionHeading>Published versions</SectionHeading>
      {current ? (
        <p className="mb-4">
          New assessments use{" "}
          <Link href={route(`/admin/ras/versions/${current.version}`)}>version {current.version}</Link>,
          published {formatDate(current.publishedAt)}.
        </p>
      ) : (
        <p className="mb-4">Nothing is published yet, so social workers cannot start assessments.</p>
      )}
      <Table
        caption="Versions"
        captionSize="s"
        head={["Version", "Name", "Published"]}
        emptyText="No versions have been published."
        rows={versions.map((v) => [
          <Link key="v" href={route(`/admin/ras/versions/${v.version}`)}>
            Version {v.version}
          </Link>,
          v.name,
          formatDate(v.publishedAt),
        ])}
      />

      <SectionHeading>Draft</SectionHeading>
      <p className="mb-4">
        {draft.name}.{" "}
        {draft.updatedAt
          ? `Last changed ${formatDate(draft.updatedAt)}.`
          : "Not changed since the last version."}
      </p>

      <h3 className="mb-3 text-xl font-bold">Check</h3>
      {draft.problems.length === 0 ? (
        <p className="mb-6">
          <Tag colour="green">No problems</Tag> The draft can be published.
        </p>
      ) : (
        <div className="mb-6" id="problems">
          <WarningText>
            {draft.problems.length === 1 ? "1 problem" : `${draft.problems.length} problems`} to fix before
            the draft can be published
          </WarningText>
          <ul className="list-disc pl-6">
            {draft.problems.map((p) => {
              const href = problemHref(p.field);
              return (
                <li key={`${p.field}:${p.message}`}>
                  {href ? <Link href={href}>{p.message}</Link> : p.message}
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <h3 className="mb-3 text-xl font-bold">Domains and questions</h3>
      {draft.definition.domains.length === 0 ? (
        <p className="mb-4">No domains yet.</p>
      ) : (
        <TaskList
          items={draft.definition.domains.map((d, i) => ({
            title: d.label,
            href: route(`/admin/ras/domains/${i}`),
            hint: `${d.questions.length} ${d.questions.length === 1 ? "question" : "questions"}`,
            status: draft.problems.some(
              (p) => p.field.startsWith(`domains.${i}.`) || p.field === `domains.${i}`,
            ) ? (
              <Tag colour="red">To fix</Tag>
            ) : (
              <Tag colour="green">Ready</Tag>
            ),
          }))}
        />
      )}
      <ActionForm
        action={addRasDomainAction}
        fields={["label"]}
        submitLabel="Add domain"
        submitVariant="secondary"
        className="mb-8"
      >
        <FormTextInput
          id="label"
          name="label"
          label="New domain"
          hint="For example, Communication"
          width="20"
        />
      </ActionForm>

      <h3 className="mb-3 text-xl font-bold">Money rule</h3>
      <RasRuleSummary definition={draft.definition} changeHref={route("/admin/ras/rule")} />

      <p className="mb-8">
        <Link href="/admin/ras/preview">Try the draft with sample answers</Link>
      </p>

      <SectionHeading>Publish</SectionHeading>
      <p className="mb-4 max-w-[75ch]">
        Publishing makes the draft version {(current?.version ?? 0) + 1}. It cannot be changed afterwards.
        Assessments already started keep their own version.
      </p>
      <ActionForm
        action={publishRasDraftAction}
        fields={[]}
        submitId="publish"
        submitLabel={`Publish version ${(current?.version ?? 0) + 1}`}
        submitDisabled={draft.problems.length > 0}
      />
    </>
  );
}
