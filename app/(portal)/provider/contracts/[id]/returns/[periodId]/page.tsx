import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getReturnPeriod } from "@/lib/data/contracts/returns";
import { orNotFound } from "@/lib/or-not-found";
import { startOfUtcDay } from "@/lib/domain/dates";
import { saveReturnAction } from "../actions";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/inset-text";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { ActionForm, FormTextInput, FormTextarea } from "@/components/forms/action-form";
import { ReturnView } from "@/components/contracts/return-view";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Outcome return" };

export default async function ProviderReturnPage({
  params,
  searchParams,
}: PageProps<"/provider/contracts/[id]/returns/[periodId]">) {
  const actor = await requirePageActor("read:return:own", { role: "PROVIDER" });
  const { id, periodId } = await params;
  const query = parseSearchParams(z.object({ submitted: flagField("1") }), await searchParams);
  const period = await orNotFound(getReturnPeriod(actor, id, periodId));
  const r = period.outcomeReturn;
  const ended = period.endDate < startOfUtcDay(new Date());
  const editable = ended && (!r || r.status === "DRAFT" || r.status === "QUERIED");
  const value = (kpiId: string) => r?.actuals.find((a) => a.kpiId === kpiId)?.value.toString();
  const fields = [
    ...period.contract.kpis.map((k) => `actual-${k.id}`),
    "childrenSupported",
    "familiesSupported",
    "narrative",
    "childVoiceMethod",
    "childVoiceSummary",
    "caseStudy",
    "reply",
  ];
  return (
    <>
      <BackLink href={route(`/provider/contracts/${id}`)}>Back to the contract</BackLink>
      <PageHeading caption={`${period.contract.reference} · ${period.contract.title}`}>
        Return for {period.label}
      </PageHeading>
      {query.submitted && r?.status === "SUBMITTED" && (
        <NotificationBanner type="success" title="Return submitted">
          <p>The council will accept it or ask a question.</p>
        </NotificationBanner>
      )}
      <ReturnView period={period} />
      {!ended && (
        <InsetText>This period has not ended yet. You can send its return after its last day.</InsetText>
      )}
      {editable && (
        <>
          <SectionHeading>
            {r?.status === "QUERIED" ? "Answer the query and submit again" : "Your return"}
          </SectionHeading>
          <ActionForm
            action={saveReturnAction}
            fields={fields}
            submitLabel="Save"
            intents={[
              { value: "save", label: "Save draft", variant: "secondary" },
              { value: "submit", label: "Submit return" },
            ]}
          >
            <input type="hidden" name="contractId" value={id} readOnly />
            <input type="hidden" name="periodId" value={periodId} readOnly />
            {/* The return as this page was opened (0: none yet): a colleague's save since refuses this one. */}
            <input type="hidden" name="editVersion" value={r?.editVersion ?? 0} readOnly />
            {r?.status === "QUERIED" && (
              <FormTextarea id="reply" name="reply" label="Your answer to the council's query" rows={4} />
            )}
            {period.contract.kpis.map((k) => (
              <FormTextInput
                key={k.id}
                id={`actual-${k.id}`}
                name={`actual-${k.id}`}
                label={`${k.name} (${k.unit.toLowerCase()})`}
                hint={`Target this period: ${k.targetPerPeriod.toString()}`}
                width="10"
                inputMode="decimal"
                defaultValue={value(k.id)}
              />
            ))}
            <FormTextInput
              id="childrenSupported"
              name="childrenSupported"
              label="Children supported"
              width="5"
              inputMode="numeric"
              defaultValue={r?.childrenSupported?.toString()}
            />
            <FormTextInput
              id="familiesSupported"
              name="familiesSupported"
              label="Families supported"
              width="5"
              inputMode="numeric"
              defaultValue={r?.familiesSupported?.toString()}
            />
            <FormTextarea
              id="narrative"
              name="narrative"
              label="How did the service go this period?"
              rows={5}
              defaultValue={r?.narrative ?? undefined}
            />
            <FormTextarea
              id="childVoiceMethod"
              name="childVoiceMethod"
              label="How did you ask children what they wanted?"
              hint="For example: picture cards at the end of each session, a young people's committee."
              rows={3}
              defaultValue={r?.childVoiceMethod ?? undefined}
            />
            <FormTextarea
              id="childVoiceSummary"
              name="childVoiceSummary"
              label="What did the children say?"
              rows={4}
              defaultValue={r?.childVoiceSummary ?? undefined}
            />
            <FormTextarea
              id="caseStudy"
              name="caseStudy"
              label="A case study (optional)"
              hint="No names or details that identify a child."
              rows={4}
              defaultValue={r?.caseStudy ?? undefined}
            />
          </ActionForm>
        </>
      )}
    </>
  );
}
