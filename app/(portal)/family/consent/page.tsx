import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/session";
import { childrenAwaitingConsent } from "@/lib/data/register/agree-to-consent";
import { route } from "@/lib/routes/route";
import { agreeToConsentAction } from "./actions";
import { ActionForm, FormCheckboxes } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { InsetText } from "@/components/ui/inset-text";
import { EasyRead } from "@/components/layout/easy-read";

export const metadata: Metadata = { title: "The register's consent wording has changed" };

/** The interstitial every family page sends to while a child's consent is to older wording. */
export default async function FamilyConsentPage() {
  const actor = await requirePageActor("create:consent:own", { role: "FAMILY", consentCheck: false });
  const { latest, children } = await childrenAwaitingConsent(actor);
  if (!latest || !children.length) redirect("/family");
  const names = children.map((c) => c.firstName ?? "your child");
  return (
    <>
      <PageHeading>The register&apos;s consent wording has changed</PageHeading>
      <EasyRead>
        The council changed the words you agreed to. Please read them. Tick the box if you agree.
      </EasyRead>
      <p className="mb-4 max-w-[75ch]">
        You agreed to an earlier version when you put {names.join(", ")} on the register. Please read version{" "}
        {latest.version} and agree to it to carry on.
      </p>
      <p className="mb-6 max-w-[75ch]">
        Nothing changes on the register until you agree. If you do not agree, you can take a child off the
        register instead.
      </p>
      <SectionHeading size="m">Version {latest.version}</SectionHeading>
      <InsetText>
        <p className="whitespace-pre-line">{latest.text}</p>
      </InsetText>
      <ActionForm
        action={agreeToConsentAction}
        fields={["agree"]}
        anchors={{ agree: "agree-0" }}
        submitLabel="Agree and continue"
      >
        <input type="hidden" name="version" value={latest.version} />
        <FormCheckboxes
          name="agree"
          legend="Your agreement"
          options={[
            {
              value: "yes",
              label: `I agree to version ${latest.version} for ${names.join(", ")}`,
            },
          ]}
        />
      </ActionForm>
      <SectionHeading size="m">If you do not agree</SectionHeading>
      <ul className="mb-6 list-disc space-y-2 pl-6">
        {children.map((c) => (
          <li key={c.id}>
            <Link href={route(`/family/children/${c.id}/withdraw`)}>
              Take {c.firstName ?? "your child"} off the register
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
