"use client";

import { startSignUpAction } from "./actions";
import { ActionForm, FormTextInput } from "@/components/forms/action-form";
import { Panel } from "@/components/ui/panel";

export function StartSignUpForm({ councilSlug }: { councilSlug: string }) {
  return (
    <ActionForm
      action={startSignUpAction}
      fields={["email"]}
      submitLabel="Continue"
      done={(succeeded) => (
        <Panel title="Check your e-mail">
          <p data-testid="sign-up-requested">{succeeded.message}</p>
        </Panel>
      )}
    >
      <input type="hidden" name="councilSlug" value={councilSlug} readOnly />
      <FormTextInput
        id="email"
        name="email"
        type="email"
        label="Your e-mail address"
        hint="We will send you a link to confirm it"
        autoComplete="email"
        spellCheck={false}
      />
    </ActionForm>
  );
}
