"use client";

import Link from "next/link";
import { withdrawChildAction } from "../actions";
import { ActionForm } from "@/components/forms/action-form";

export function WithdrawForm({ childId }: { childId: string }) {
  return (
    <ActionForm
      action={withdrawChildAction}
      fields={["childId"]}
      anchors={{ form: "withdraw" }}
      id="withdraw"
      submitLabel="Yes, take them off the register"
      submitVariant="warning"
      after={<Link href={`/family/children/${childId}`}>No, go back</Link>}
    >
      <input type="hidden" name="childId" value={childId} readOnly />
    </ActionForm>
  );
}
