"use client";

import { markNotificationsReadAction } from "./actions";
import { ActionForm } from "@/components/forms/action-form";

export function MarkReadButton({ id, label, context }: { id?: string; label: string; context?: string }) {
  return (
    <ActionForm
      action={markNotificationsReadAction}
      fields={[]}
      submitLabel={
        <>
          {label}
          {context && <span className="sr-only">: {context}</span>}
        </>
      }
      submitVariant="secondary"
      className="mt-2"
    >
      {id && <input type="hidden" name="id" value={id} readOnly />}
    </ActionForm>
  );
}
