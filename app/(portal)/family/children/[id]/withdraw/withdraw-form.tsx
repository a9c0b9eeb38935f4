"use client";

import { useActionState } from "react";
import Link from "next/link";
import { withdrawChildAction } from "../actions";
import { formFeedback } from "@/components/forms/form-feedback";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";

export function WithdrawForm({ childId }: { childId: string }) {
  const [state, action, pending] = useActionState(withdrawChildAction, null);
  const f = formFeedback(state, ["childId"], { form: "withdraw" });
  return (
    <form action={action} id="withdraw">
      <ErrorSummary errors={f.summary} focusKey={state} />
      <input type="hidden" name="childId" value={childId} readOnly />
      <div className="flex flex-wrap items-center gap-6">
        <Button variant="warning" disabled={pending}>
          Yes, take them off the register
        </Button>
        <Link href={`/family/children/${childId}`}>No, go back</Link>
      </div>
    </form>
  );
}
