import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getReturnPeriod } from "@/lib/data/contracts/returns";
import { orNotFound } from "@/lib/or-not-found";
import { reviewReturnAction } from "../actions";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { ActionForm, FormRadios, FormTextarea } from "@/components/forms/action-form";
import { ReturnView } from "@/components/contracts/return-view";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Outcome return" };

export default async function CommissionerReturnPage({
  params,
  searchParams,
}: PageProps<"/commissioner/contracts/[id]/returns/[periodId]">) {
  const actor = await requirePageActor("read:return:council", { role: "COMMISSIONER" });
  const { id, periodId } = await params;
  const { reviewed } = parseSearchParams(
    z.object({ reviewed: flagField("accept", "query") }),
    await searchParams,
  );
  const period = await orNotFound(getReturnPeriod(actor, id, periodId));
  const r = period.outcomeReturn;
  return (
    <>
      <BackLink href={route(`/commissioner/contracts/${id}`)}>Back to the contract</BackLink>
      <PageHeading caption={`${period.contract.reference} · ${period.contract.organisation.name}`}>
        Return for {period.label}
      </PageHeading>
      {reviewed && (
        <NotificationBanner type="success" title={reviewed === "accept" ? "Return accepted" : "Query sent"}>
          <p>
            {reviewed === "accept"
              ? "The provider has been told."
              : "The provider will answer and submit again."}
          </p>
        </NotificationBanner>
      )}
      <ReturnView period={period} />
      {r?.status === "SUBMITTED" && (
        <>
          <SectionHeading>Review the return</SectionHeading>
          <ActionForm
            action={reviewReturnAction}
            fields={["decision", "message"]}
            anchors={{ decision: "decision-0" }}
            submitLabel="Send"
          >
            <input type="hidden" name="contractId" value={id} readOnly />
            <input type="hidden" name="periodId" value={periodId} readOnly />
            <FormRadios
              name="decision"
              legend="What do you want to do?"
              options={[
                { value: "accept", label: "Accept the return" },
                { value: "query", label: "Query it: ask the provider a question" },
              ]}
            />
            <FormTextarea
              id="message"
              name="message"
              label="Message to the provider"
              hint="Needed for a query."
              rows={4}
            />
          </ActionForm>
        </>
      )}
    </>
  );
}
