import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionState } from "@/lib/auth/session";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { PageHeading } from "@/components/ui/heading";
import { SignInForm } from "./sign-in-form";
import { uncheckedRoute } from "@/lib/routes/route";
import { z } from "zod";
import { parseSearchParams } from "@/lib/schemas/search-params";
import { listSignOnCouncils } from "@/lib/data/sign-on/council-sign-on";
import { OIDC_REFUSAL_MESSAGE } from "@/lib/data/sign-on/oidc-sign-in";
import { oidcProviderId } from "@/lib/auth/oidc-providers";
import { SectionHeading } from "@/components/ui/heading";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { SignOnButtons } from "./sign-on-buttons";

const errorSchema = z.object({
  error: z
    .enum(["OidcNotSetUp", "OidcDomain", "OidcUnknown", "OAuthCallback", "OAuthSignin", "Callback"])
    .optional(),
});
const PROVIDER_FAILED =
  "Signing in with your council account did not work. Try again, or use your e-mail and password.";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const params = await searchParams;
  // Only a path that stays on this site: never an open redirect (issue 12).
  const callbackUrl = safeRedirectPath(params.callbackUrl);
  const session = await getSessionState();
  if (session.kind === "choosing") redirect("/choose-council");
  if (session.kind === "acting") redirect(uncheckedRoute(callbackUrl));
  const { error } = parseSearchParams(errorSchema, params);
  const signOn = await listSignOnCouncils();
  return (
    <div className="max-w-xl">
      <PageHeading>Sign in</PageHeading>
      <p className="mb-6">
        Use the e-mail address and password for your account. Your council gives council staff, providers and
        young commissioners their accounts.
      </p>
      {error && (
        <NotificationBanner title="You are not signed in">
          <p data-testid="sign-on-refused">
            {Object.hasOwn(OIDC_REFUSAL_MESSAGE, error)
              ? OIDC_REFUSAL_MESSAGE[error as keyof typeof OIDC_REFUSAL_MESSAGE]
              : PROVIDER_FAILED}
          </p>
        </NotificationBanner>
      )}
      {signOn.length > 0 && (
        <>
          <SectionHeading>Council staff</SectionHeading>
          <SignOnButtons
            councils={signOn.map((c) => ({ ...c, providerId: oidcProviderId(c.slug) }))}
            callbackUrl={callbackUrl}
          />
          <SectionHeading>With your e-mail address</SectionHeading>
        </>
      )}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </div>
  );
}
