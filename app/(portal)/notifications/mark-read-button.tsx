"use client";

import { useActionState } from "react";
import { markNotificationsReadAction } from "./actions";
import { Button } from "@/components/ui/button";

export function MarkReadButton({ id, label, context }: { id?: string; label: string; context?: string }) {
  const [state, action, pending] = useActionState(markNotificationsReadAction, null);
  return (
    <form action={action} className="mt-2">
      {id && <input type="hidden" name="id" value={id} readOnly />}
      <Button variant="secondary" disabled={pending}>
        {label}
        {context && <span className="sr-only">: {context}</span>}
      </Button>
      {state && !state.ok && (
        <p className="text-error" role="status">
          {state.formError}
        </p>
      )}
    </form>
  );
}
