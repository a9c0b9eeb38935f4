import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getEvaluatorView } from "@/lib/data/tenders/evaluation";
import { orNotFound } from "@/lib/or-not-found";
import { youngPanelDecisionAction } from "./actions";
import { formatDate } from "@/lib/domain/dates";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/inset-text";
import { EasyRead } from "@/components/layout/easy-read";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { ActionForm, FormRadios, FormTextarea } from "@/components/forms/action-form";
import { EvaluationView } from "@/components/tenders/evaluation-view";
import { declareConflictsAction, saveScoreAction } from "@/app/actions/evaluation";

export const metadata: Metadata = { title: "Score the bids" };

/** A young commissioner's scoring, always in Easy Read words with the picture scale. */
export default async function YoungPanelPage({
  params,
  searchParams,
}: PageProps<"/young-commissioner/panels/[id]">) {
  const actor = await requirePageActor("read:score:assigned", { role: "YOUNG_COMMISSIONER" });
  const { id } = await params;
  const view = await orNotFound(getEvaluatorView(actor, id));
  const award = view.tender.award;
  const { answered } = parseSearchParams(
    z.object({ answered: flagField("approve", "reject") }),
    await searchParams,
  );
  return (
    <>
      <BackLink href="/young-commissioner/panels">Back to your panels</BackLink>
      <PageHeading caption={view.tender.title}>Score the bids</PageHeading>
      <p className="mb-4 text-lg">
        Groups wrote to say how they would run this service. Read what they said. Then pick a face to show how
        good it is, and say why. Please finish by {formatDate(view.tender.evaluationEndsAt)}.
      </p>
      {answered && (
        <NotificationBanner type="success" title="Thank you">
          <p>
            {answered === "approve"
              ? "You said yes for the panel."
              : "The commissioner will read your reason."}
          </p>
        </NotificationBanner>
      )}
      <EasyRead>Take your time. You can change a score until the panel decides.</EasyRead>
      {award?.status === "PROPOSED" && view.role === "YOUNG_COMMISSIONER" && (
        <section aria-labelledby="decision" className="mb-8 border-4 border-ink p-4">
          <SectionHeading id="decision">The commissioner has chosen</SectionHeading>
          <p className="mb-2 text-lg">
            The commissioner wants to choose <strong>{award.winningBid.organisation.name}</strong>. Their
            reasons:
          </p>
          <p className="mb-4 whitespace-pre-line">{award.decisionNote}</p>
          <ActionForm
            action={youngPanelDecisionAction}
            fields={["decision", "note"]}
            anchors={{ decision: "decision-0" }}
            submitLabel="Send our answer"
          >
            <input type="hidden" name="tenderId" value={view.tender.id} readOnly />
            <FormRadios
              name="decision"
              legend="Does the young commissioners' panel agree?"
              options={[
                { value: "approve", label: "Yes, we agree" },
                { value: "reject", label: "No, we do not agree" },
              ]}
            />
            <FormTextarea id="note" name="note" label="If you said no, tell us why" rows={3} />
          </ActionForm>
        </section>
      )}
      {award && award.status !== "PROPOSED" && award.youngPanelApprovedAt && (
        <InsetText>
          Your panel said yes to {award.winningBid.organisation.name}. Thank you for your help.
        </InsetText>
      )}
      {award?.status === "RETURNED" && (
        <InsetText>
          Your panel said no, because: &ldquo;{award.returnNote}&rdquo;. The commissioners will look at the
          scores again. They may ask your panel again.
        </InsetText>
      )}
      {award?.proceededAt && (
        <InsetText>
          Your panel said no. The chair of the panel decided to go ahead with{" "}
          {award.winningBid.organisation.name}. The chair said why: &ldquo;{award.proceedReason}&rdquo;.
        </InsetText>
      )}
      <EvaluationView view={view} easyRead actions={{ declareConflictsAction, saveScoreAction }} />
    </>
  );
}
