"use client";

import { approveSpecificationAction, sendForApprovalAction } from "../actions";
import { ActionForm } from "@/components/forms/action-form";

/** "Send for approval" or "Approve": one button, with the server's reason shown if it is refused. */
export function StatusForm({ specificationId, step }: { specificationId: string; step: "send" | "approve" }) {
  return (
    <ActionForm
      action={step === "send" ? sendForApprovalAction : approveSpecificationAction}
      fields={[]}
      anchors={{ form: `status-${step}` }}
      submitId={`status-${step}`}
      submitLabel={step === "send" ? "Send for approval" : "Approve this version"}
      className="mb-6"
    >
      <input type="hidden" name="specificationId" value={specificationId} readOnly />
    </ActionForm>
  );
}
