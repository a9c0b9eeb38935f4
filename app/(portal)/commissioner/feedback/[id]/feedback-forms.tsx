"use client";

import { useActionState } from "react";
import { setFeedbackThemesAction, updateFeedbackStatusAction } from "../actions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Checkboxes, Radios } from "@/components/ui/field";
import { FEEDBACK_STATUS_LABEL } from "@/lib/domain/feedback-questions";
import type { FeedbackStatus } from "@/lib/generated/prisma/enums";

function Saved({ message }: { message?: string }) {
  return (
    <p role="status" className="mb-4 font-bold text-success">
      {message}
    </p>
  );
}

export function ThemesForm({
  feedbackId,
  themes,
  current,
}: {
  feedbackId: string;
  themes: { id: string; name: string }[];
  current: string[];
}) {
  const [state, action, pending] = useActionState(setFeedbackThemesAction, null);
  const f = formFeedback(state, ["themeIds"], { themeIds: "themeIds-0" });
  return (
    <form action={action} noValidate aria-busy={pending} className="mb-8">
      <ErrorSummary errors={f.summary} focusKey={state} />
      {f.succeeded && <Saved message={f.succeeded.message} />}
      <input type="hidden" name="feedbackId" value={feedbackId} readOnly />
      <Checkboxes
        name="themeIds"
        legend="Themes"
        legendSize="m"
        hint="Choose every theme this feedback is about."
        error={f.error("themeIds")}
        defaultValues={f.values("themeIds") ?? current}
        options={themes.map((t) => ({ value: t.id, label: t.name }))}
      />
      <Button disabled={pending} variant="secondary">
        Save themes
      </Button>
    </form>
  );
}

export function StatusForm({ feedbackId, current }: { feedbackId: string; current: FeedbackStatus }) {
  const [state, action, pending] = useActionState(updateFeedbackStatusAction, null);
  const f = formFeedback(state, ["status"], { status: "status-0" });
  return (
    <form action={action} noValidate aria-busy={pending} className="mb-8">
      <ErrorSummary errors={f.summary} focusKey={state} />
      {f.succeeded && <Saved message={f.succeeded.message} />}
      <input type="hidden" name="feedbackId" value={feedbackId} readOnly />
      <Radios
        name="status"
        legend="Status"
        legendSize="m"
        hint="The family can see this status."
        error={f.error("status")}
        defaultValue={f.value("status") ?? current}
        options={(Object.keys(FEEDBACK_STATUS_LABEL) as FeedbackStatus[]).map((s) => ({
          value: s,
          label: FEEDBACK_STATUS_LABEL[s],
        }))}
      />
      <Button disabled={pending} variant="secondary">
        Save status
      </Button>
    </form>
  );
}
