import type { Metadata } from "next";
import { renderSVG } from "uqr";
import { requirePageActor } from "@/lib/auth/session";
import { getSecondFactorState } from "@/lib/data/second-factor/set-up-second-factor";
import { groupedSecret } from "@/lib/domain/totp";
import { formatDate } from "@/lib/domain/dates";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { ConfirmSetupForm, RenewRecoveryCodesForm, StartSetupForm, TurnOffForm } from "./second-factor-forms";

export const metadata: Metadata = { title: "Second factor at sign-in" };

export default async function SecondFactorPage() {
  const actor = await requirePageActor("update:second-factor:own", { beforeSecondFactor: true });
  const state = await getSecondFactorState(actor);
  const required = actor.mustSetUpSecondFactor === true;
  return (
    <div className="max-w-3xl">
      <PageHeading caption="Your account">Second factor at sign-in</PageHeading>
      {required && (
        <NotificationBanner title="Important">
          <p>{actor.councilName} asks council staff to use a second factor. Set one up to carry on.</p>
        </NotificationBanner>
      )}
      {state.status === "off" && (
        <>
          <p className="mb-4">
            With a second factor, signing in needs your password and a code from an authenticator app on your
            phone, such as Microsoft Authenticator or Google Authenticator. Someone who learns your password
            still cannot sign in.
          </p>
          <StartSetupForm />
        </>
      )}
      {state.status === "pending" && (
        <>
          <SectionHeading>1. Add this account to your app</SectionHeading>
          <p className="mb-4">In your authenticator app, choose to add an account, then scan this QR code.</p>
          <div
            className="mb-6 w-56 border-2 border-ink bg-white p-2"
            role="img"
            aria-label="QR code for your authenticator app. If you cannot scan it, use the setup key below."
            // The SVG is made here from the otpauth address; it holds no script.
            dangerouslySetInnerHTML={{ __html: renderSVG(state.uri, { border: 2 }) }}
          />
          <p className="mb-2">If you cannot scan the code, choose to enter a setup key instead, and type:</p>
          <p className="mb-2 font-mono text-xl break-all" id="setup-key">
            {groupedSecret(state.secret)}
          </p>
          <p className="mb-6 text-secondary">
            The key is 32 letters and numbers (spaces do not matter). Choose &ldquo;time based&rdquo; if the
            app asks.
          </p>
          <SectionHeading>2. Enter a code from the app</SectionHeading>
          <ConfirmSetupForm />
          <SectionHeading>Stop setting up</SectionHeading>
          <TurnOffForm label="Cancel set-up" />
        </>
      )}
      {state.status === "on" && (
        <>
          <p className="mb-4">
            Your second factor is on since {formatDate(state.enabledAt)}. Signing in asks for a code from your
            authenticator app. You have {state.recoveryCodesLeft} unused recovery{" "}
            {state.recoveryCodesLeft === 1 ? "code" : "codes"}.
          </p>
          <SectionHeading>Recovery codes</SectionHeading>
          <p className="mb-4">New codes replace the old ones, which stop working.</p>
          <RenewRecoveryCodesForm />
          <SectionHeading>Turn off the second factor</SectionHeading>
          <p className="mb-4">
            To set up a new phone, turn the second factor off with your password, then set it up again.
          </p>
          <TurnOffForm label="Turn off" />
        </>
      )}
    </div>
  );
}
