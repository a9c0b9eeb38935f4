import { ActionForm } from "@/components/forms/action-form";
import type { FormState } from "@/lib/actions/form-state";

/** "Mark done" or "Open again" for one meeting action, posting to the given server action. */
export function ActionStatusForm({
  formAction,
  contractId,
  action: a,
}: {
  formAction: (prev: FormState, formData: FormData) => Promise<FormState>;
  contractId: string;
  action: { id: string; status: string; description: string };
}) {
  return (
    <ActionForm
      action={formAction}
      fields={["status"]}
      submitVariant="secondary"
      submitLabel={
        <>
          {a.status === "DONE" ? "Open again" : "Mark done"}
          <span className="sr-only">: {a.description}</span>
        </>
      }
    >
      <input type="hidden" name="contractId" value={contractId} readOnly />
      <input type="hidden" name="actionId" value={a.id} readOnly />
      <input type="hidden" name="status" value={a.status === "DONE" ? "OPEN" : "DONE"} readOnly />
    </ActionForm>
  );
}
