import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getYoungCommissionerProfile } from "@/lib/data/involvement/get-young-commissioner-profile";
import { orNotFound } from "@/lib/or-not-found";
import { YoungCommissionerProfileView } from "@/components/involvement/young-commissioner-profile-view";
import { recordTrainingAction, saveYoungCommissionerDetailsAction } from "@/app/actions/young-commissioners";

export const metadata: Metadata = { title: "Young commissioner" };

export default async function YoungCommissionerProfilePage({
  params,
}: PageProps<"/admin/young-commissioners/[id]">) {
  const actor = await requirePageActor("read:young-commissioner:council", { role: "ADMIN" });
  const { id } = await params;
  const p = await orNotFound(getYoungCommissionerProfile(actor, id));
  return (
    <YoungCommissionerProfileView
      p={p}
      editable={can(actor, "update:young-commissioner:council")}
      actions={{ saveDetails: saveYoungCommissionerDetailsAction, recordTraining: recordTrainingAction }}
      backHref="/admin/young-commissioners"
      linksToRecords={false}
    />
  );
}
