import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getEvaluatorView } from "@/lib/data/tenders/evaluation";
import { orNotFound } from "@/lib/or-not-found";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { TenderTabs } from "@/components/tenders/tender-tabs";
import { EvaluationView } from "@/components/tenders/evaluation-view";
import { declareConflictsAction, saveScoreAction } from "@/app/actions/evaluation";

export const metadata: Metadata = { title: "Your scoring" };

/** A commissioner's own scoring as a panel member; 404 for anyone not on this tender's panel. */
export default async function ScorePage({ params }: PageProps<"/commissioner/tenders/[id]/score">) {
  const actor = await requirePageActor("read:score:assigned", { role: "COMMISSIONER" });
  const { id } = await params;
  const view = await orNotFound(getEvaluatorView(actor, id));
  return (
    <>
      <BackLink href="/commissioner/tenders">Back to tenders</BackLink>
      <PageHeading caption={`${view.tender.reference} · ${view.tender.title}`}>Your scoring</PageHeading>
      <TenderTabs tenderId={id} current="/score" />
      <EvaluationView view={view} easyRead={false} actions={{ declareConflictsAction, saveScoreAction }} />
    </>
  );
}
