"use client";

import { useActionState } from "react";
import { createYouSaidWeDidAction, updateYouSaidWeDidAction } from "./actions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Checkboxes, Radios, Textarea, TextInput } from "@/components/ui/field";
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
  const [state, action, pending] = useActionState(
    actionId ? updateYouSaidWeDidAction : createYouSaidWeDidAction,
    null,
  );
  const f = formFeedback(state, FIELDS, {
    status: "status-0",
    themeIds: "themeIds-0",
    feedbackIds: "feedbackIds-0",
    publish: "publish-0",
  });
  return (
    <form action={action} noValidate aria-busy={pending} className="max-w-[75ch]">
      <ErrorSummary errors={f.summary} focusKey={state} />
      {actionId && <input type="hidden" name="actionId" value={actionId} readOnly />}
      {submissionKey && <input type="hidden" name="submissionKey" value={submissionKey} readOnly />}
      <Textarea
        id="youSaid"
        name="youSaid"
        label="You said"
        labelSize="m"
        hint="Summarise what people told you, in plain words. Do not quote anyone who did not agree to it."
        rows={4}
        maxLength={FEEDBACK_TEXT_MAX.youSaid}
        error={f.error("youSaid")}
        defaultValue={f.value("youSaid") ?? current?.youSaid}
      />
      <Textarea
        id="weDid"
        name="weDid"
        label="We did"
        labelSize="m"
        hint="What the council did, or will do, because of it."
        rows={5}
        maxLength={FEEDBACK_TEXT_MAX.weDid}
        error={f.error("weDid")}
        defaultValue={f.value("weDid") ?? current?.weDid}
      />
      <Radios
        name="status"
        legend="Status"
        legendSize="m"
        error={f.error("status")}
        defaultValue={f.value("status") ?? current?.status ?? "PLANNED"}
        options={(Object.keys(ACTION_PROGRESS_LABEL) as ActionProgress[]).map((s) => ({
          value: s,
          label: ACTION_PROGRESS_LABEL[s],
        }))}
      />
      <TextInput
        id="startedOn"
        name="startedOn"
        type="date"
        width="10"
        label="Start date (optional)"
        error={f.error("startedOn")}
        defaultValue={f.value("startedOn") ?? current?.startedOn}
      />
      <TextInput
        id="completedOn"
        name="completedOn"
        type="date"
        width="10"
        label="Date done"
        hint="Needed when the status is Done."
        error={f.error("completedOn")}
        defaultValue={f.value("completedOn") ?? current?.completedOn}
      />
      <Checkboxes
        name="themeIds"
        legend="Themes"
        legendSize="m"
        error={f.error("themeIds")}
        defaultValues={f.values("themeIds") ?? current?.themeIds ?? []}
        options={themes.map((t) => ({ value: t.id, label: t.name }))}
      />
      <Checkboxes
        name="feedbackIds"
        legend="Feedback this answers"
        legendSize="m"
        hint="Families whose feedback is linked are told when the action is published and when its status changes. Feedback appears here once it has a theme."
        error={f.error("feedbackIds")}
        defaultValues={f.values("feedbackIds") ?? current?.feedbackIds ?? []}
        options={feedback.map((i) => ({ value: i.id, label: i.label, hint: i.hint }))}
      />
      {current?.published ? (
        <p className="mb-6">This action is published on the council&apos;s public page.</p>
      ) : (
        <Checkboxes
          name="publish"
          legend="Publish"
          legendSize="m"
          error={f.error("publish")}
          defaultValues={f.values("publish")}
          options={[
            {
              value: "yes",
              label: 'Publish on the public "You said, we did" page now',
              hint: "Once published it stays published; you can still change it.",
            },
          ]}
        />
      )}
      <Button disabled={pending}>Save action</Button>
    </form>
  );
}
