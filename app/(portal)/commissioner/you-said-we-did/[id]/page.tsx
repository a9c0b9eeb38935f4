import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getCouncilYouSaidWeDid } from "@/lib/data/feedback/list-you-said-we-did";
import { listFeedbackThemes } from "@/lib/data/feedback/list-council-feedback";
import { orNotFound } from "@/lib/or-not-found";
import { can } from "@/lib/auth/permissions";
import { activitiesOfYouSaidWeDid } from "@/lib/data/involvement/link-you-said-we-did";
import { formatCalendarDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import Link from "next/link";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { YouSaidWeDidForm } from "../you-said-we-did-form";
import { feedbackChoices } from "../feedback-choices";

export const metadata: Metadata = { title: 'Change a "You said, we did" action' };

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : undefined);

export default async function EditYouSaidWeDidPage({
  params,
  searchParams,
}: PageProps<"/commissioner/you-said-we-did/[id]">) {
  const actor = await requirePageActor("update:you-said-we-did:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const saved = parseSearchParams(z.object({ saved: flagField("1") }), await searchParams).saved === "1";
  const a = await orNotFound(getCouncilYouSaidWeDid(actor, id));
  const [themes, feedback, cameFrom] = await Promise.all([
    listFeedbackThemes(actor),
    feedbackChoices(
      actor,
      a.feedback.map((f) => f.id),
    ),
    can(actor, "read:involvement-plan:council") ? activitiesOfYouSaidWeDid(actor, a.id) : [],
  ]);
  return (
    <>
      <BackLink href="/commissioner/you-said-we-did">Back</BackLink>
      {saved && (
        <NotificationBanner type="success" title="Saved">
          <p>The action has been saved{a.publishedAt ? " and is published" : ""}.</p>
        </NotificationBanner>
      )}
      <PageHeading caption={actor.councilName}>Change a &ldquo;You said, we did&rdquo; action</PageHeading>
      {cameFrom.length > 0 && (
        <div className="mb-8">
          <h2 className="mb-2 text-xl font-bold">Came from</h2>
          <ul className="list-disc space-y-1 pl-6">
            {cameFrom.map((c) => (
              <li key={c.id}>
                <Link href={route(`/commissioner/involvement/activities/${c.id}`)}>{c.title}</Link> on{" "}
                {formatCalendarDate(c.heldOn)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <YouSaidWeDidForm
        actionId={a.id}
        themes={themes}
        feedback={feedback}
        current={{
          youSaid: a.youSaid,
          weDid: a.weDid,
          status: a.status,
          startedOn: iso(a.startedOn),
          completedOn: iso(a.completedOn),
          themeIds: a.themes.map((t) => t.id),
          feedbackIds: a.feedback.map((f) => f.id),
          published: !!a.publishedAt,
        }}
      />
    </>
  );
}
