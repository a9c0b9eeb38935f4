import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { getModeration } from "@/lib/data/tenders/moderation";
import { orNotFound } from "@/lib/or-not-found";
import { isAppError } from "@/lib/errors";
import { confirmAwardAction, proposeAwardAction } from "../../actions";
import { formatDateTime } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { TIE_RULE } from "@/lib/domain/tenders/scoring";
import { AWARD_STATUS_LABEL } from "@/lib/domain/tenders/award-status";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { Table } from "@/components/ui/table";
import { InsetText } from "@/components/ui/inset-text";
import { SummaryList } from "@/components/ui/summary-list";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { ActionForm, FormTextarea } from "@/components/forms/action-form";
import { TenderTabs } from "@/components/tenders/tender-tabs";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Award" };

export default async function AwardPage({
  params,
  searchParams,
}: PageProps<"/commissioner/tenders/[id]/award">) {
  const actor = await requirePageActor("create:award:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const query = parseSearchParams(
    z.object({ decided: flagField("1"), confirmed: flagField("1") }),
    await searchParams,
  );
  let data: Awaited<ReturnType<typeof getModeration>> | null = null;
  let message: string | null = null;
  try {
    data = await orNotFound(getModeration(actor, id));
  } catch (e) {
    if (isAppError(e) && e.code === "CONFLICT") message = e.message;
    else throw e;
  }
  const header = (
    <>
      <BackLink href={route(`/commissioner/tenders/${id}`)}>Back to the tender</BackLink>
      <PageHeading caption={data ? `${data.tender.reference} · ${data.tender.title}` : undefined}>
        Award
      </PageHeading>
      <TenderTabs tenderId={id} current="/award" />
    </>
  );
  if (!data)
    return (
      <>
        {header}
        <InsetText>{message}</InsetText>
      </>
    );
  const { tender, ranking, bids, complete, moderation } = data;
  const award = tender.award;
  const name = (bidId: string) => {
    const b = bids.find((x) => x.id === bidId)!;
    return tender.hideBidderNames && b.label ? `${b.organisation.name} (${b.label})` : b.organisation.name;
  };
  // Only the chair decides; everyone else is told who can, and why not them.
  const decisionDue = moderation.decisionOpen && complete && !!ranking?.length;
  const canPropose = decisionDue && !moderation.proposeRefusal;
  const returned = award?.status === "RETURNED" ? award : null;
  const stillFirst = !!returned && ranking?.[0]?.bidId === returned.winningBidId;
  const chairText = moderation.chairName
    ? `Only the panel chair (${moderation.chairName}) can decide the award.`
    : "Only the panel chair can decide the award. Choose a chair on the panel page.";
  return (
    <>
      {header}
      {query.decided && award && (
        <NotificationBanner type="success" title="Decision recorded">
          <p>
            {award.status === "STANDSTILL"
              ? "The standstill period has started and every bidder's letter has been sent."
              : "The young commissioners' panel has been asked to approve it."}
          </p>
        </NotificationBanner>
      )}
      {query.confirmed && (
        <NotificationBanner type="success" title="Award confirmed">
          <p>
            The contract and its KPIs have been created.{" "}
            {award?.contractId && (
              <a href={`/commissioner/contracts/${award.contractId}`} className="underline">
                Open the contract
              </a>
            )}
          </p>
        </NotificationBanner>
      )}
      {ranking ? (
        <Table
          caption="Ranking after moderation"
          captionSize="m"
          head={["Rank", "Bidder", "Quality points", "Price points", "Annual price", "Total"]}
          numericColumns={[2, 3, 4, 5]}
          rows={ranking.map((r) => [
            `${r.rank}${r.tieBrokenBy ? ` (tie broken by ${r.tieBrokenBy})` : ""}`,
            name(r.bidId),
            r.quality.toFixed(2),
            r.price.toFixed(2),
            formatMoney(bids.find((b) => b.id === r.bidId)?.price ?? "0"),
            r.total.toFixed(2),
          ])}
        />
      ) : (
        <InsetText>The ranking appears when moderation is complete.</InsetText>
      )}
      <p className="mb-6 text-secondary">Tie rule: {TIE_RULE}</p>
      {award && (
        <>
          <SectionHeading>Decision</SectionHeading>
          <SummaryList
            rows={[
              { key: "Status", value: AWARD_STATUS_LABEL[award.status] },
              { key: "Proposed winner", value: name(award.winningBidId) },
              {
                key: "Commissioner's decision",
                value: award.commissionerDecisionAt
                  ? formatDateTime(award.commissionerDecisionAt)
                  : "Not yet",
              },
              {
                key: "Young commissioners' panel",
                value: award.youngPanelApprovedAt
                  ? `Approved ${formatDateTime(award.youngPanelApprovedAt)}`
                  : award.returnedAt
                    ? `Said no ${formatDateTime(award.returnedAt)}`
                    : "Not yet approved",
              },
              { key: "Reasons", value: <span className="whitespace-pre-line">{award.decisionNote}</span> },
              ...(award.returnNote
                ? [
                    {
                      key: "The young commissioners' reason",
                      value: <span className="whitespace-pre-line">{award.returnNote}</span>,
                    },
                  ]
                : []),
              ...(award.proceededAt
                ? [
                    {
                      key: "The chair went ahead",
                      value: (
                        <span className="whitespace-pre-line">
                          {formatDateTime(award.proceededAt)}: {award.proceedReason}
                        </span>
                      ),
                    },
                  ]
                : []),
              ...(award.standstillEndsAt
                ? [{ key: "Standstill ends", value: formatDateTime(award.standstillEndsAt) }]
                : []),
            ]}
          />
        </>
      )}
      {returned && (
        <>
          <SectionHeading>The young commissioners&apos; panel said no</SectionHeading>
          <p className="mb-4">
            Their reason: &ldquo;<span className="whitespace-pre-line">{returned.returnNote}</span>&rdquo;.
            The decision is not lost. There are two ways forward, both for the panel chair:
          </p>
          <ul className="mb-6 list-disc pl-6">
            <li>
              <a href={`/commissioner/tenders/${id}/moderation`} className="underline">
                Change the moderated scores
              </a>{" "}
              their reasons call into question, then record a new decision below. It goes back to the young
              commissioners&apos; panel.
            </li>
            <li>
              Or go ahead with this decision, giving your reason. It is kept with the award and in the audit
              log, and the young commissioners see it.
            </li>
          </ul>
        </>
      )}
      {decisionDue && (
        <>
          <SectionHeading>{returned ? "Record a new decision" : "Decide the award"}</SectionHeading>
          <p className="mb-4">
            {chairText} The ranking proposes {ranking ? name(ranking[0].bidId) : "the top bid"}. The decision
            then goes to the young commissioners&apos; panel to approve. Letters go to every bidder once both
            are recorded.
          </p>
          {canPropose ? (
            <ActionForm action={proposeAwardAction} fields={["note"]} submitLabel="Record my decision">
              <input type="hidden" name="tenderId" value={id} readOnly />
              <input type="hidden" name="intent" value="propose" readOnly />
              <FormTextarea id="note" name="note" label="Reasons for the decision" rows={4} />
            </ActionForm>
          ) : (
            <InsetText>{moderation.proposeRefusal}</InsetText>
          )}
        </>
      )}
      {returned && stillFirst && (
        <>
          <SectionHeading>Go ahead with this decision</SectionHeading>
          {moderation.proceedRefusal ? (
            <InsetText>{moderation.proceedRefusal}</InsetText>
          ) : (
            <ActionForm
              action={proposeAwardAction}
              fields={["reason"]}
              submitLabel="Go ahead and start the standstill period"
              submitVariant="warning"
            >
              <input type="hidden" name="tenderId" value={id} readOnly />
              <input type="hidden" name="intent" value="proceed" readOnly />
              <FormTextarea
                id="reason"
                name="reason"
                label="Why are you going ahead despite the young commissioners' panel?"
                hint="Answer their reason. Every bidder's letter is sent and the standstill period starts."
                rows={4}
              />
            </ActionForm>
          )}
        </>
      )}
      {award?.status === "STANDSTILL" && (
        <>
          <SectionHeading>Confirm the award</SectionHeading>
          <p className="mb-4">
            After the standstill period, confirming creates the contract with KPIs from the
            specification&apos;s outputs.
          </p>
          <ActionForm
            action={confirmAwardAction}
            fields={["form"]}
            submitLabel="Confirm award and create the contract"
          >
            <input type="hidden" name="tenderId" value={id} readOnly />
          </ActionForm>
        </>
      )}
    </>
  );
}
