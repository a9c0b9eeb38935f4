import Link from "next/link";
import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getCouncilSettings } from "@/lib/data/council/council-settings";
import { PageHeading } from "@/components/ui/heading";
import { SettingsForm } from "./settings-form";
import { SecondFactorSetting } from "./second-factor-setting";
import { getRequireStaffSecondFactor } from "@/lib/data/council/second-factor-setting";

export const metadata: Metadata = { title: "Council settings" };

const yesNo = (v: boolean) => (v ? "yes" : "no");

export default async function SettingsPage() {
  const actor = await requirePageActor("read:council-settings:council", { role: "ADMIN" });
  const [{ name, ...s }, requireSecondFactor] = await Promise.all([
    getCouncilSettings(actor),
    getRequireStaffSecondFactor(actor),
  ]);
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
          sessionIdleMinutes: String(s.sessionIdleMinutes),
          sessionMaxHours: String(s.sessionMaxHours),
          ocidPrefix: s.ocidPrefix ?? "",
          specificationFourEyes: yesNo(s.specificationFourEyes),
          assessmentFourEyes: yesNo(s.assessmentFourEyes),
        }}
      />
      <SecondFactorSetting required={requireSecondFactor} />
      <p className="mt-8">
        <Link href="/admin/sign-on">Single sign-on for staff (Microsoft Entra ID)</Link>
      </p>
    </>
  );
}
