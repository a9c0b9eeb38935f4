import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { ActivityForm } from "../activity-form";
import { activityFormProps } from "../activity-form-options";

export const metadata: Metadata = { title: "Log an involvement activity" };

export default async function NewInvolvementActivityPage() {
  const actor = await requirePageActor("update:involvement-plan:council", { role: "COMMISSIONER" });
  const props = await activityFormProps(actor);
  return (
    <>
      <BackLink href="/commissioner/involvement/activities">Back to activities</BackLink>
      <PageHeading caption={actor.councilName}>Log an involvement activity</PageHeading>
      <ActivityForm {...props} />
    </>
  );
}
