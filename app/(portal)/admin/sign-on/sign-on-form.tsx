"use client";

import { ActionForm, FormRadios, FormTextInput } from "@/components/forms/action-form";
import { saveCouncilSignOnAction } from "./actions";

export function SignOnForm({
  saved,
}: {
  saved: { issuer: string; clientId: string; allowedDomains: string; enabled: boolean; hasSecret: boolean };
}) {
  return (
    <ActionForm
      action={saveCouncilSignOnAction}
      fields={["issuer", "clientId", "clientSecret", "allowedDomains", "enabled"]}
      anchors={{ enabled: "enabled-0" }}
      submitLabel="Save single sign-on"
    >
      <FormTextInput
        id="issuer"
        name="issuer"
        label="Issuer"
        hint="For Microsoft Entra ID: https://login.microsoftonline.com/ followed by your tenant ID and /v2.0"
        spellCheck={false}
        defaultValue={saved.issuer}
      />
      <FormTextInput
        id="clientId"
        name="clientId"
        label="Client ID"
        hint="The application (client) ID of the portal's app registration"
        spellCheck={false}
        width="30"
        defaultValue={saved.clientId}
      />
      <FormTextInput
        id="clientSecret"
        name="clientSecret"
        type="password"
        label="Client secret"
        hint={
          saved.hasSecret
            ? "A secret is saved. It is never shown again. Leave this empty to keep it, or enter a new one."
            : "The value of a client secret made for the app registration"
        }
        autoComplete="off"
        width="30"
      />
      <FormTextInput
        id="allowedDomains"
        name="allowedDomains"
        label="E-mail domains of your staff"
        hint="Only people with addresses in these domains can sign in this way, like northshire.gov.uk. Separate them with commas."
        spellCheck={false}
        defaultValue={saved.allowedDomains}
      />
      <FormRadios
        name="enabled"
        legend="Can staff sign in with their council account?"
        hint="A staff member's first sign-in links to the account an administrator invited, by e-mail address."
        options={[
          { value: "yes", label: "Yes, show the button on the sign-in page" },
          { value: "no", label: "No, e-mail and password only" },
        ]}
        defaultValue={saved.enabled ? "yes" : "no"}
      />
    </ActionForm>
  );
}
