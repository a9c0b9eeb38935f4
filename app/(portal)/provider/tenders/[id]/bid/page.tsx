import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/session";
import { flagField, parseSearchParams } from "@/lib/schemas/search-params";
import { ANSWER_MAX, getProviderTender } from "@/lib/data/tenders/bids";
import { orNotFound } from "@/lib/or-not-found";
import { saveBidAction, withdrawBidAction } from "../actions";
import { biddingOpen } from "@/lib/domain/tenders/tender-status";
import { formatDateTime } from "@/lib/domain/dates";
import { formatMoney } from "@/lib/domain/money";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { SummaryList } from "@/components/ui/summary-list";
import { InsetText } from "@/components/ui/inset-text";
import { Details } from "@/components/ui/details";
import { WarningText } from "@/components/ui/warning-text";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { ActionForm, FormCheckboxes, FormTextInput, FormTextarea } from "@/components/forms/action-form";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Your bid" };

export default async function BidPage({ params, searchParams }: PageProps<"/provider/tenders/[id]/bid">) {
  const actor = await requirePageActor("update:bid:own", { role: "PROVIDER" });
  const { id } = await params;
  const query = parseSearchParams(
    z.object({ submitted: flagField("1"), withdrawn: flagField("1") }),
    await searchParams,
  );
  const t = await orNotFound(getProviderTender(actor, id));
  const open = biddingOpen(t.status, t.submissionDeadline, new Date());
  const bid = t.bid;
  const answers = new Map(bid?.answers.map((a) => [a.criterionId, a.answer]) ?? []);
  const questions = t.criteria.filter((c) => c.kind !== "PRICE");
  const price = t.criteria.find((c) => c.kind === "PRICE");
  const header = (
    <>
      <BackLink href={route(`/provider/tenders/${t.id}`)}>Back to the tender</BackLink>
      <PageHeading caption={`${t.reference} · ${t.title}`}>Your bid</PageHeading>
      {query.submitted && bid?.status === "SUBMITTED" && (
        <NotificationBanner type="success" title="Bid submitted">
          <p>Your bid has been submitted. The council cannot open it before the deadline.</p>
        </NotificationBanner>
      )}
      {query.withdrawn && bid?.status === "WITHDRAWN" && (
        <NotificationBanner type="success" title="Bid withdrawn">
          <p>Your bid has been withdrawn. You can change it and submit again before the deadline.</p>
        </NotificationBanner>
      )}
      <p className="mb-6">
        Submission deadline: {formatDateTime(t.submissionDeadline)}. Late bids are not accepted.
      </p>
    </>
  );
  if (bid?.status === "SUBMITTED" || !open) {
    return (
      <>
        {header}
        {bid ? (
          <SummaryList
            rows={[
              {
                key: "Status",
                value:
                  bid.status === "SUBMITTED"
                    ? `Submitted ${bid.submittedAt ? formatDateTime(bid.submittedAt) : ""}`
                    : bid.status === "WITHDRAWN"
                      ? "Withdrawn"
                      : "Draft, never submitted",
              },
              { key: "Annual price", value: bid.price ? formatMoney(bid.price) : "Not given" },
              ...questions.map((c) => ({
                key: c.title,
                value: <span className="whitespace-pre-line">{answers.get(c.id) || "Not answered"}</span>,
              })),
            ]}
          />
        ) : (
          <InsetText>Your organisation did not bid.</InsetText>
        )}
        {!open && <InsetText>Bidding has closed, so the bid can no longer change.</InsetText>}
        {open && bid?.status === "SUBMITTED" && (
          <Details summary="Withdraw the bid to change it">
            <WarningText>
              A withdrawn bid is not considered. You can change it and submit again before the deadline.
            </WarningText>
            <ActionForm
              action={withdrawBidAction}
              fields={["form"]}
              submitLabel="Yes, withdraw our bid"
              submitVariant="warning"
            >
              <input type="hidden" name="tenderId" value={t.id} readOnly />
            </ActionForm>
          </Details>
        )}
      </>
    );
  }
  const fields = [...questions.map((c) => `answer-${c.id}`), "price", "safeguarding", "insurance"];
  return (
    <>
      {header}
      <p className="mb-6">
        Save a draft as often as you like. Nothing is sent until you submit. The council cannot open any bid
        before the deadline.
      </p>
      <ActionForm
        action={saveBidAction}
        fields={fields}
        anchors={{ safeguarding: "safeguarding-0", insurance: "insurance-0" }}
        submitLabel="Save draft"
        intents={[
          { value: "save", label: "Save draft", variant: "secondary" },
          { value: "submit", label: "Submit bid" },
        ]}
      >
        <input type="hidden" name="tenderId" value={t.id} readOnly />
        {/* The bid as this page was opened (0: none yet): a colleague's save since refuses this one. */}
        <input type="hidden" name="editVersion" value={bid?.editVersion ?? 0} readOnly />
        {questions.map((c) => (
          <div key={c.id}>
            <SectionHeading size="m">
              {c.title} ({c.weight}%)
            </SectionHeading>
            <FormTextarea
              id={`answer-${c.id}`}
              name={`answer-${c.id}`}
              label={c.question}
              hint={`${c.guidance ? `${c.guidance} ` : ""}Up to ${ANSWER_MAX.toLocaleString("en-GB")} characters.`}
              rows={8}
              defaultValue={answers.get(c.id)}
            />
          </div>
        ))}
        <SectionHeading size="m">Price{price ? ` (${price.weight}%)` : ""}</SectionHeading>
        <FormTextInput
          id="price"
          name="price"
          label="Annual price for the whole service, in pounds"
          hint="The lowest price scores the full weight; others score in proportion."
          prefix="£"
          width="10"
          inputMode="decimal"
          defaultValue={bid?.price ? bid.price.toFixed(2) : undefined}
        />
        <SectionHeading size="m">Declarations</SectionHeading>
        <FormCheckboxes
          name="safeguarding"
          legend="Safeguarding"
          defaultValues={bid?.safeguardingDeclared ? ["yes"] : []}
          options={[
            {
              value: "yes",
              label:
                "We have a safeguarding policy that meets the council's standards, and we will share it on request",
            },
          ]}
        />
        <FormCheckboxes
          name="insurance"
          legend="Insurance"
          defaultValues={bid?.insuranceDeclared ? ["yes"] : []}
          options={[
            {
              value: "yes",
              label: "We hold employer's liability and public liability insurance of at least £5 million",
            },
          ]}
        />
      </ActionForm>
    </>
  );
}
