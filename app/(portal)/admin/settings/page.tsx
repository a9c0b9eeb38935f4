import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getCouncilSettings } from "@/lib/data/council/council-settings";
import { PageHeading } from "@/components/ui/heading";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Council settings" };

const yesNo = (v: boolean) => (v ? "yes" : "no");

export default async function SettingsPage() {
  const actor = await requirePageActor("read:council-settings:council", { role: "ADMIN" });
  const { name, ...s } = await getCouncilSettings(actor);
  return (
    <>
      <PageHeading caption={name}>Council settings</PageHeading>
      <SettingsForm
        settings={{
          statisticsThreshold: String(s.statisticsThreshold),
          retentionDays: String(s.retentionDays),
          contactEmail: s.contactEmail ?? "",
          returnDueDays: String(s.returnDueDays),
          standstillDays: String(s.standstillDays),
          annualBudget: s.annualBudget?.toFixed(2) ?? "",
          budgetReviewMonths: String(s.budgetReviewMonths),
          evidenceDeadlineDays: String(s.evidenceDeadlineDays),
          uploadLimitMb: String(s.uploadLimitMb),
          ocidPrefix: s.ocidPrefix ?? "",
          specificationFourEyes: yesNo(s.specificationFourEyes),
          assessmentFourEyes: yesNo(s.assessmentFourEyes),
        }}
      />
    </>
  );
}
