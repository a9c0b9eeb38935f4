import type { Metadata } from "next";
import { z } from "zod";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getConsentWording } from "@/lib/data/register/consent-wording";
import { formatDate, formatDateTime } from "@/lib/domain/dates";
import { saveConsentDraftAction, publishConsentDraftAction } from "./actions";
import { ActionForm, FormTextarea } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { InsetText } from "@/components/ui/inset-text";
import { Table } from "@/components/ui/table";
import { Details } from "@/components/ui/details";

export const metadata: Metadata = { title: "Register consent wording" };

const query = z.object({ published: z.coerce.number().int().min(1).optional() });

export default async function ConsentWordingPage({ searchParams }: PageProps<"/admin/consent">) {
  const actor = await requirePageActor("read:consent-wording:council", { role: "ADMIN" });
  const { published } = parseSearchParams(query, await searchParams);
  const w = await getConsentWording(actor);
  const next = (w.current?.version ?? 0) + 1;
  return (
    <>
      {published && published === w.current?.version && (
        <NotificationBanner type="success" title="Published">
          <p>
            Version {published} is published. Families are asked to agree to it the next time they sign in.
          </p>
        </NotificationBanner>
      )}
      <PageHeading caption={actor.councilName}>Register consent wording</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        Families agree to this wording when they put a child on the register. When you publish a new version,
        families whose consent is to an older one are asked to agree again the next time they sign in. Until
        they do, their children stay on the register and are counted as before.
      </p>
      {w.current ? (
        <>
          <SectionHeading size="m">Published: version {w.current.version}</SectionHeading>
          <InsetText>
            <p className="whitespace-pre-line">{w.current.text}</p>
          </InsetText>
          <p className="mb-6" data-testid="awaiting-consent">
            {w.awaiting === 0
              ? "Every child on the register has consent to this version."
              : `${w.awaiting} ${w.awaiting === 1 ? "child on the register has" : "children on the register have"} consent to an older version: their families will be asked to agree again.`}
          </p>
        </>
      ) : (
        <p className="mb-6">No wording is published yet, so families cannot register children.</p>
      )}
      {can(actor, "update:consent-wording:council") && (
        <>
          <SectionHeading size="m">Draft version {next}</SectionHeading>
          {w.draft && <p className="mb-4">Draft last saved {formatDateTime(w.draft.updatedAt)}.</p>}
          <ActionForm
            action={saveConsentDraftAction}
            fields={["text"]}
            submitLabel="Save the draft"
            submitVariant="secondary"
          >
            <FormTextarea
              id="text"
              name="text"
              label="Consent wording"
              hint="Plain words: what the register holds, who sees it, how it is used, and how to leave it."
              rows={10}
              defaultValue={w.draft?.text ?? w.current?.text ?? ""}
            />
          </ActionForm>
        </>
      )}
      {w.draft && can(actor, "publish:consent-wording:council") && (
        <ActionForm
          action={publishConsentDraftAction}
          fields={[]}
          submitId="publish"
          submitLabel={`Publish version ${next}`}
          className="mt-6"
        />
      )}
      <SectionHeading size="m">All versions</SectionHeading>
      <Table
        caption="Published versions"
        captionSize="s"
        head={["Version", "Published", "Wording"]}
        emptyText="None yet."
        rows={w.versions.map((v) => [
          String(v.version),
          formatDate(v.publishedAt),
          <Details key="t" summary={`Read version ${v.version}`}>
            <p className="whitespace-pre-line">{v.text}</p>
          </Details>,
        ])}
      />
    </>
  );
}
