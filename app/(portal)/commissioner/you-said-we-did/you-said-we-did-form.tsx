"use client";

import { createYouSaidWeDidAction, updateYouSaidWeDidAction } from "./actions";
import {
  ActionForm,
  FormCheckboxes,
  FormRadios,
  FormTextarea,
  FormTextInput,
} from "@/components/forms/action-form";
import { ACTION_PROGRESS_LABEL, FEEDBACK_TEXT_MAX } from "@/lib/domain/feedback-questions";
import type { ActionProgress } from "@/lib/generated/prisma/enums";

const FIELDS = [
  "youSaid",
  "weDid",
  "status",
  "startedOn",
  "completedOn",
  "themeIds",
  "feedbackIds",
  "publish",
];

export interface YouSaidWeDidValues {
  youSaid: string;
  weDid: string;
  status: ActionProgress;
  startedOn?: string;
  completedOn?: string;
  themeIds: string[];
  feedbackIds: string[];
  published: boolean;
}

export function YouSaidWeDidForm({
  actionId,
  submissionKey,
  current,
  themes,
  feedback,
}: {
  actionId?: string;
  submissionKey?: string;
  current?: YouSaidWeDidValues;
  themes: { id: string; name: string }[];
  feedback: { id: string; label: string; hint: string }[];
}) {
  return (
    <ActionForm
      action={actionId ? updateYouSaidWeDidAction : createYouSaidWeDidAction}
      fields={FIELDS}
      anchors={{
        status: "status-0",
        themeIds: "themeIds-0",
        feedbackIds: "feedbackIds-0",
        publish: "publish-0",
      }}
      submitLabel="Save action"
      className="max-w-[75ch]"
    >
      {actionId && <input type="hidden" name="actionId" value={actionId} readOnly />}
      {submissionKey && <input type="hidden" name="submissionKey" value={submissionKey} readOnly />}
      <FormTextarea
        id="youSaid"
        name="youSaid"
        label="You said"
        labelSize="m"
        hint="Summarise what people told you, in plain words. Do not quote anyone who did not agree to it."
        rows={4}
        maxLength={FEEDBACK_TEXT_MAX.youSaid}
        defaultValue={current?.youSaid}
      />
      <FormTextarea
        id="weDid"
        name="weDid"
        label="We did"
        labelSize="m"
        hint="What the council did, or will do, because of it."
        rows={5}
        maxLength={FEEDBACK_TEXT_MAX.weDid}
        defaultValue={current?.weDid}
      />
      <FormRadios
        name="status"
        legend="Status"
        legendSize="m"
        defaultValue={current?.status ?? "PLANNED"}
        options={(Object.keys(ACTION_PROGRESS_LABEL) as ActionProgress[]).map((s) => ({
          value: s,
          label: ACTION_PROGRESS_LABEL[s],
        }))}
      />
      <FormTextInput
        id="startedOn"
        name="startedOn"
        type="date"
        width="10"
        label="Start date (optional)"
        defaultValue={current?.startedOn}
      />
      <FormTextInput
        id="completedOn"
        name="completedOn"
        type="date"
        width="10"
        label="Date done"
        hint="Needed when the status is Done."
        defaultValue={current?.completedOn}
      />
      <FormCheckboxes
        name="themeIds"
        legend="Themes"
        legendSize="m"
        defaultValues={current?.themeIds ?? []}
        options={themes.map((t) => ({ value: t.id, label: t.name }))}
      />
      <FormCheckboxes
        name="feedbackIds"
        legend="Feedback this answers"
        legendSize="m"
        hint="Families whose feedback is linked are told when the action is published and when its status changes. Feedback appears here once it has a theme."
        defaultValues={current?.feedbackIds ?? []}
        options={feedback.map((i) => ({ value: i.id, label: i.label, hint: i.hint }))}
      />
      {current?.published ? (
        <p className="mb-6">This action is published on the council&apos;s public page.</p>
      ) : (
        <FormCheckboxes
          name="publish"
          legend="Publish"
          legendSize="m"
          options={[
            {
              value: "yes",
              label: 'Publish on the public "You said, we did" page now',
              hint: "Once published it stays published; you can still change it.",
            },
          ]}
        />
      )}
    </ActionForm>
  );
}
