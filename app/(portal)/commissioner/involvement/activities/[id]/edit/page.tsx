import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getInvolvementActivity } from "@/lib/data/involvement/get-involvement-activity";
import { orNotFound } from "@/lib/or-not-found";
import { countFieldName } from "@/lib/schemas/involvement-activity";
import { route } from "@/lib/routes/route";
import { PageHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { ActivityForm } from "../../activity-form";
import { activityFormProps } from "../../activity-form-options";

export const metadata: Metadata = { title: "Change an involvement activity" };

export default async function EditInvolvementActivityPage({
  params,
}: PageProps<"/commissioner/involvement/activities/[id]/edit">) {
  const actor = await requirePageActor("update:involvement-plan:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const a = await orNotFound(getInvolvementActivity(actor, id));
  const props = await activityFormProps(actor, a.counts);
  return (
    <>
      <BackLink href={route(`/commissioner/involvement/activities/${a.id}`)}>Back to the activity</BackLink>
      <PageHeading caption={actor.councilName}>Change an involvement activity</PageHeading>
      <ActivityForm
        {...props}
        current={{
          id: a.id,
          kind: a.kind,
          title: a.title,
          heldOn: {
            day: String(a.heldOn.getUTCDate()),
            month: String(a.heldOn.getUTCMonth() + 1),
            year: String(a.heldOn.getUTCFullYear()),
          },
          description: a.description ?? "",
          planId: a.planId ?? "",
          participants: a.participants === null ? "" : String(a.participants),
          counts: Object.fromEntries(
            a.counts.map((c) => [countFieldName(c.dimension, c.key), String(c.count)]),
          ),
        }}
      />
    </>
  );
}
