import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getInvolvementActivity, youSaidWeDidChoices } from "@/lib/data/involvement/get-involvement-activity";
import { orNotFound } from "@/lib/or-not-found";
import { formatCalendarDate } from "@/lib/domain/dates";
import { ACTION_PROGRESS_LABEL } from "@/lib/domain/feedback-questions";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { DIMENSION_LABEL, INVOLVEMENT_KIND_LABEL } from "@/lib/schemas/involvement-activity";
import { route } from "@/lib/routes/route";
import { ActionForm, FormCheckboxes } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { linkYouSaidWeDidAction } from "../actions";

export const metadata: Metadata = { title: "Involvement activity" };

const DIMENSIONS = ["AGE_BAND", "NEED_TYPE", "GROUP"] as const;
const clip = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** One activity: what, when, who took part by group, and the "You said, we did" actions from it. */
export default async function InvolvementActivityPage({
  params,
  searchParams,
}: PageProps<"/commissioner/involvement/activities/[id]">) {
  const actor = await requirePageActor("read:involvement-plan:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const saved = parseSearchParams(z.object({ saved: flagField("1") }), await searchParams).saved === "1";
  const a = await orNotFound(getInvolvementActivity(actor, id));
  const canUpdate = can(actor, "update:involvement-plan:council");
  const choices = canUpdate ? await youSaidWeDidChoices(actor) : [];

  return (
    <>
      <BackLink href="/commissioner/involvement/activities">Back to activities</BackLink>
      {saved && (
        <NotificationBanner type="success" title="Saved">
          <p>The activity is saved.</p>
        </NotificationBanner>
      )}
      <PageHeading caption={INVOLVEMENT_KIND_LABEL[a.kind]}>{a.title}</PageHeading>
      <SummaryList
        rows={[
          { key: "Held on", value: formatCalendarDate(a.heldOn) },
          { key: "Kind", value: INVOLVEMENT_KIND_LABEL[a.kind] },
          { key: "Description", value: a.description ?? "None" },
          {
            key: "Involvement plan",
            value: a.plan ? (
              <Link href={route(`/commissioner/involvement/${a.plan.id}`)}>{a.plan.title}</Link>
            ) : (
              "Not part of a plan"
            ),
          },
          {
            key: "Everyone who took part",
            value: a.participants === null ? "Not recorded yet" : String(a.participants),
          },
        ]}
      />
      {canUpdate && (
        <p className="mb-8">
          <Link href={route(`/commissioner/involvement/activities/${a.id}/edit`)}>
            Change the activity or who took part
          </Link>
        </p>
      )}
      <SectionHeading size="m">Who took part, by group</SectionHeading>
      {a.participants === null ? (
        <p className="mb-8">Who took part is recorded once the activity has been held.</p>
      ) : (
        DIMENSIONS.map((d) => {
          const rows = a.rows.filter((r) => r.dimension === d);
          return (
            <Table
              key={d}
              caption={DIMENSION_LABEL[d]}
              captionSize="s"
              head={["Group", "Took part"]}
              numericColumns={[1]}
              firstCellIsHeader
              emptyText="None on your council's list."
              rows={rows.map((r) => [r.retired ? `${r.label} (retired)` : r.label, String(r.count)])}
            />
          );
        })
      )}
      <SectionHeading size="m">&ldquo;You said, we did&rdquo; actions that came from it</SectionHeading>
      {a.youSaidWeDid.length === 0 ? (
        <p className="mb-6">None yet.</p>
      ) : (
        <ul className="mb-6 list-disc space-y-1 pl-6">
          {a.youSaidWeDid.map((y) => (
            <li key={y.id}>
              {can(actor, "update:you-said-we-did:council") ? (
                <Link href={route(`/commissioner/you-said-we-did/${y.id}`)}>{clip(y.youSaid)}</Link>
              ) : (
                clip(y.youSaid)
              )}{" "}
              ({ACTION_PROGRESS_LABEL[y.status].toLowerCase()}
              {y.publishedAt ? ", published" : ", not published"})
            </li>
          ))}
        </ul>
      )}
      {canUpdate && choices.length === 0 && (
        <p className="mb-6">Your council has no &ldquo;You said, we did&rdquo; actions to link yet.</p>
      )}
      {canUpdate && choices.length > 0 && (
        <ActionForm
          action={linkYouSaidWeDidAction}
          fields={["youSaidWeDidIds"]}
          anchors={{ youSaidWeDidIds: "youSaidWeDidIds-0" }}
          submitVariant="secondary"
          submitLabel="Save the links"
          className="max-w-[75ch]"
        >
          <input type="hidden" name="activityId" value={a.id} readOnly />
          <FormCheckboxes
            name="youSaidWeDidIds"
            legend='Which "You said, we did" actions came from this activity'
            legendSize="s"
            hint="Tick every one that came from it; untick one that did not."
            defaultValues={a.youSaidWeDid.map((y) => y.id)}
            options={choices.map((c) => ({
              value: c.id,
              label: clip(c.youSaid),
              hint: ACTION_PROGRESS_LABEL[c.status],
            }))}
          />
        </ActionForm>
      )}
    </>
  );
}
