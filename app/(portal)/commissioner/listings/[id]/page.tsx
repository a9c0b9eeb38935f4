import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { getListingRevision } from "@/lib/data/directory/get-listing-revision";
import { formatDate } from "@/lib/domain/dates";
import { ActionForm, FormRadios, FormTextarea } from "@/components/forms/action-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { InsetText } from "@/components/ui/inset-text";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { decideListingRevisionAction } from "../actions";

export const metadata: Metadata = { title: "Review a directory change" };

/** One proposed listing change, field by field, with the decision form. */
export default async function ListingRevisionPage({ params }: PageProps<"/commissioner/listings/[id]">) {
  const actor = await requirePageActor("read:listing:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const r = await getListingRevision(actor, id);
  if (!r) notFound();
  const changed = r.diff?.filter((d) => d.changed) ?? [];

  return (
    <>
      <BackLink href="/commissioner/listings">Directory changes to review</BackLink>
      <PageHeading caption={r.service.organisation.name}>
        {r.isNewListing ? "New listing: " : "Change to "}
        {r.service.name}
      </PageHeading>
      <p className="mb-6">
        Sent {formatDate(r.createdAt)}.{" "}
        {r.status === "PENDING" ? (
          <Tag colour="blue">Waiting for review</Tag>
        ) : r.status === "APPROVED" ? (
          <Tag colour="green">Approved</Tag>
        ) : (
          <Tag colour="red">Rejected</Tag>
        )}
      </p>

      {r.diff === null ? (
        <InsetText>
          This proposal no longer passes the listing&apos;s checks, so it can only be rejected.
        </InsetText>
      ) : (
        <Table
          caption={
            r.isNewListing
              ? "The listing as proposed"
              : `${changed.length} ${changed.length === 1 ? "field changes" : "fields change"}`
          }
          head={r.isNewListing ? ["Field", "Proposed"] : ["Field", "Now", "Proposed"]}
          rows={(r.isNewListing ? r.diff.filter((d) => d.after !== "") : r.diff).map((d) =>
            r.isNewListing
              ? [
                  d.label,
                  <span key="a" className="whitespace-pre-line">
                    {d.after}
                  </span>,
                ]
              : [
                  <span key="f">
                    {d.label}
                    {d.changed && (
                      <>
                        {" "}
                        <Tag colour="yellow">Changed</Tag>
                      </>
                    )}
                  </span>,
                  <span key="b" className="whitespace-pre-line">
                    {d.before || "—"}
                  </span>,
                  <span
                    key="a"
                    className={d.changed ? "font-bold whitespace-pre-line" : "whitespace-pre-line"}
                  >
                    {d.after || "—"}
                  </span>,
                ],
          )}
        />
      )}

      {r.status === "PENDING" ? (
        <>
          <SectionHeading size="m">Your decision</SectionHeading>
          <ActionForm
            action={decideListingRevisionAction}
            fields={["decision", "reason"]}
            anchors={{ decision: "decision-0" }}
            submitLabel="Save decision"
          >
            <input type="hidden" name="revisionId" value={r.id} readOnly />
            <FormRadios
              name="decision"
              legend="Publish this change?"
              legendSize="s"
              options={[
                { value: "APPROVE", label: "Approve and publish it" },
                { value: "REJECT", label: "Reject it" },
              ]}
            />
            <FormTextarea
              id="reason"
              name="reason"
              label="Reason"
              hint="Required to reject: the provider sees it"
              rows={3}
              maxLength={500}
            />
          </ActionForm>
        </>
      ) : (
        r.reason && <p className="mb-6">Reason: {r.reason}</p>
      )}
    </>
  );
}
