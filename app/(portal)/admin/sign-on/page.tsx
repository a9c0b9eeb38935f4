import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getCouncilSignOn } from "@/lib/data/sign-on/council-sign-on";
import { portalUrl } from "@/lib/mail/compose";
import { oidcProviderId } from "@/lib/auth/oidc-providers";
import { PageHeading } from "@/components/ui/heading";
import { InsetText } from "@/components/ui/inset-text";
import { SignOnForm } from "./sign-on-form";

export const metadata: Metadata = { title: "Single sign-on" };

export default async function SignOnPage() {
  const actor = await requirePageActor("update:council-settings:council", { role: "ADMIN" });
  const saved = await getCouncilSignOn(actor);
  return (
    <div className="max-w-3xl">
      <PageHeading caption={actor.councilName}>Single sign-on for staff</PageHeading>
      <p className="mb-4">
        Commissioners, social workers and administrators can sign in with their council account (Microsoft
        Entra ID or another OpenID Connect provider) instead of a portal password. Only people an
        administrator has invited can sign in; their first sign-in links their council account to their portal
        account.
      </p>
      <InsetText>
        In the app registration, add this redirect address:{" "}
        <code className="break-all">
          {portalUrl(`/api/auth/callback/${oidcProviderId(actor.councilSlug)}`)}
        </code>
      </InsetText>
      <SignOnForm
        saved={{
          issuer: saved?.issuer ?? "",
          clientId: saved?.clientId ?? "",
          allowedDomains: saved?.allowedDomains.join(", ") ?? "",
          enabled: saved?.enabled ?? false,
          hasSecret: !!saved,
        }}
      />
    </div>
  );
}
