"use client";

import { useActionState } from "react";
import { approveSpecificationAction, sendForApprovalAction } from "../actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";

/** "Send for approval" or "Approve": one button, with the server's reason shown if it is refused. */
export function StatusForm({ specificationId, step }: { specificationId: string; step: "send" | "approve" }) {
  const [state, action, pending] = useActionState(
    step === "send" ? sendForApprovalAction : approveSpecificationAction,
    null,
  );
  const error = state && !state.ok ? (state.formError ?? "That could not be done.") : null;
  return (
    <form action={action} className="mb-6" aria-busy={pending}>
      <ErrorSummary errors={error ? [{ href: `#status-${step}`, text: error }] : []} focusKey={state} />
      <input type="hidden" name="specificationId" value={specificationId} readOnly />
      <Button id={`status-${step}`} disabled={pending}>
        {step === "send" ? "Send for approval" : "Approve this version"}
      </Button>
    </form>
  );
}
