"use client";

import { setFeedbackThemesAction, updateFeedbackStatusAction } from "../actions";
import { ActionForm, FormCheckboxes, FormRadios } from "@/components/forms/action-form";
import { FEEDBACK_STATUS_LABEL } from "@/lib/domain/feedback-questions";
import type { FeedbackStatus } from "@/lib/generated/prisma/enums";

export function ThemesForm({
  feedbackId,
  themes,
  current,
}: {
  feedbackId: string;
  themes: { id: string; name: string }[];
  current: string[];
}) {
  return (
    <ActionForm
      action={setFeedbackThemesAction}
      fields={["themeIds"]}
      anchors={{ themeIds: "themeIds-0" }}
      submitLabel="Save themes"
      submitVariant="secondary"
      className="mb-8"
    >
      <input type="hidden" name="feedbackId" value={feedbackId} readOnly />
      <FormCheckboxes
        name="themeIds"
        legend="Themes"
        legendSize="m"
        hint="Choose every theme this feedback is about."
        defaultValues={current}
        options={themes.map((t) => ({ value: t.id, label: t.name }))}
      />
    </ActionForm>
  );
}

export function StatusForm({ feedbackId, current }: { feedbackId: string; current: FeedbackStatus }) {
  return (
    <ActionForm
      action={updateFeedbackStatusAction}
      fields={["status"]}
      anchors={{ status: "status-0" }}
      submitLabel="Save status"
      submitVariant="secondary"
      className="mb-8"
    >
      <input type="hidden" name="feedbackId" value={feedbackId} readOnly />
      <FormRadios
        name="status"
        legend="Status"
        legendSize="m"
        hint="The family can see this status."
        defaultValue={current}
        options={(Object.keys(FEEDBACK_STATUS_LABEL) as FeedbackStatus[]).map((s) => ({
          value: s,
          label: FEEDBACK_STATUS_LABEL[s],
        }))}
      />
    </ActionForm>
  );
}
