import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getTender } from "@/lib/data/tenders/get-tender";
import { orNotFound } from "@/lib/or-not-found";
import { updateTenderAction } from "../../actions";
import { TENDER_FORM_FIELDS } from "@/lib/schemas/tender";
import { englandDateParts } from "@/lib/domain/dates";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/inset-text";
import { ActionForm } from "@/components/forms/action-form";
import { TenderFormFields } from "@/components/tenders/tender-form-fields";
import { route } from "@/lib/routes/route";

export const metadata: Metadata = { title: "Change a draft tender" };

export default async function EditTenderPage({ params }: PageProps<"/commissioner/tenders/[id]/edit">) {
  const actor = await requirePageActor("update:tender:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const t = await orNotFound(getTender(actor, id));
  const quality = t.criteria.filter((c) => c.kind === "QUALITY");
  const price = t.criteria.find((c) => c.kind === "PRICE");
  const yp = t.criteria.find((c) => c.kind === "YOUNG_PEOPLE");
  return (
    <>
      <BackLink href={route(`/commissioner/tenders/${id}`)}>Back to the tender</BackLink>
      <PageHeading caption={`${t.reference} · ${actor.councilName}`}>Change a draft tender</PageHeading>
      {t.status !== "DRAFT" ? (
        <InsetText>
          This tender has been published, so its criteria, weights and timeline are fixed.
        </InsetText>
      ) : (
        <ActionForm
          action={updateTenderAction}
          fields={TENDER_FORM_FIELDS}
          anchors={{
            weights: "priceWeight",
            clarificationDeadline: "clarificationDeadline-day",
            submissionDeadline: "submissionDeadline-day",
            evaluationEndsAt: "evaluationEndsAt-day",
            hideBidderNames: "hideBidderNames-0",
          }}
          submitLabel="Save changes"
        >
          <input type="hidden" name="tenderId" value={t.id} readOnly />
          {/* The version edited: saving fails, rather than overwrites, if the draft changed since. */}
          <input type="hidden" name="editVersion" value={t.editVersion} readOnly />
          <TenderFormFields
            d={{
              title: t.title,
              description: t.description,
              estimatedValue: t.estimatedValue.toFixed(2),
              hideBidderNames: t.hideBidderNames ? "yes" : "no",
              clarificationDeadline: englandDateParts(t.clarificationDeadline),
              submissionDeadline: englandDateParts(t.submissionDeadline),
              evaluationEndsAt: englandDateParts(t.evaluationEndsAt),
              quality: quality.map((c) => ({
                title: c.title,
                question: c.question,
                guidance: c.guidance ?? "",
                weight: String(c.weight),
              })),
              priceWeight: price ? String(price.weight) : "",
              yp: yp ? { title: yp.title, question: yp.question, weight: String(yp.weight) } : undefined,
            }}
          />
        </ActionForm>
      )}
    </>
  );
}
