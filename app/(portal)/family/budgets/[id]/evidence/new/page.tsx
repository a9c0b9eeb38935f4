import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { requirePageActor } from "@/lib/auth/session";
import { getBudget } from "@/lib/data/budgets/get-budget";
import { orNotFound } from "@/lib/or-not-found";
import { prisma } from "@/lib/db";
import { formatCalendarDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import {
  ActionForm,
  FormDateInput,
  FormFileUpload,
  FormTextInput,
  FormTextarea,
} from "@/components/forms/action-form";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { EasyRead } from "@/components/layout/easy-read";
import { InsetText } from "@/components/ui/inset-text";
import { childName } from "@/components/budgets/budget-parts";
import { submitEvidenceAction } from "../../../actions";

export const metadata: Metadata = { title: "Send evidence of spend" };

/** A family sends evidence of what a direct payment paid for, with a receipt. */
export default async function NewEvidencePage({ params }: PageProps<"/family/budgets/[id]/evidence/new">) {
  const actor = await requirePageActor("submit:evidence:own", { role: "FAMILY" });
  const { id } = await params;
  const b = await orNotFound(getBudget(actor, id));
  const { uploadLimitMb } = await prisma.council.findUniqueOrThrow({
    where: { id: actor.councilId },
    select: { uploadLimitMb: true },
  });
  const back = route(`/family/budgets/${b.id}`);
  const open = b.status === "ACTIVE" && b.paysFamily;

  return (
    <>
      <BackLink href={back}>Back to the budget</BackLink>
      <PageHeading caption={`${childName(b.child)}'s personal budget`}>Send evidence of spend</PageHeading>
      {!open ? (
        <InsetText>
          {b.status !== "ACTIVE"
            ? "This budget is not running, so there is no evidence to send for it."
            : "The council pays for this budget's support directly, so there is no evidence of spend to send."}
        </InsetText>
      ) : (
        <>
          <EasyRead>
            Tell us what you bought with the money and how it helped. Add a photo of the receipt or a PDF.
          </EasyRead>
          <p className="mb-6 max-w-[75ch]">
            Send one item at a time: what the direct payment paid for, when, and a receipt or invoice. The
            budget runs from {formatCalendarDate(b.startDate)} to {formatCalendarDate(b.endDate)}.
          </p>
          <ActionForm
            action={submitEvidenceAction}
            fields={["spentOn", "amount", "description", "howItHelped", "receipt"]}
            anchors={{ spentOn: "spentOn-day" }}
            submitLabel="Send the evidence"
          >
            <input type="hidden" name="id" value={b.id} />
            <input type="hidden" name="submissionKey" value={randomUUID()} />
            <FormDateInput
              id="spentOn"
              name="spentOn"
              legend="Date of the spending"
              hint="The date on the receipt, for example 14 11 2026"
            />
            <FormTextInput
              id="amount"
              name="amount"
              label="Amount in pounds"
              prefix="£"
              width="10"
              inputMode="decimal"
            />
            <FormTextInput
              id="description"
              name="description"
              label="What the money paid for"
              hint="For example, two sessions at the holiday club"
            />
            <FormTextarea
              id="howItHelped"
              name="howItHelped"
              label="How it helped your child"
              hint="A sentence or two is enough"
              rows={3}
            />
            <FormFileUpload
              id="receipt"
              name="receipt"
              label="Receipt"
              hint={`A photo (JPG, PNG or WebP) or a PDF, smaller than ${uploadLimitMb} MB. If there is a problem with the form, choose the file again.`}
              accept="image/jpeg,image/png,image/webp,application/pdf"
            />
          </ActionForm>
        </>
      )}
    </>
  );
}
