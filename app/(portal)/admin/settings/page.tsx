import Link from "next/link";
import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { getCouncilSettings } from "@/lib/data/council/council-settings";
import { PageHeading } from "@/components/ui/heading";
import { SettingsForm } from "./settings-form";
import { SecondFactorSetting } from "./second-factor-setting";
import { getRequireStaffSecondFactor } from "@/lib/data/council/second-factor-setting";

export const metadata: Metadata = { title: "Council settings" };

export default async function SettingsPage() {
  const actor = await requirePageActor("read:council-settings:council", { role: "ADMIN" });
  const [settings, requireSecondFactor] = await Promise.all([
    getCouncilSettings(actor),
    getRequireStaffSecondFactor(actor),
  ]);
  return (
    <>
      <PageHeading caption={settings.name}>Council settings</PageHeading>
      <SettingsForm
        settings={{
          ...settings,
          annualBudget: settings.annualBudget?.toFixed(2) ?? "",
          specificationFourEyes: settings.specificationFourEyes ? "yes" : "no",
        }}
      />
      <SecondFactorSetting required={requireSecondFactor} />
      <p className="mt-8">
        <Link href="/admin/sign-on">Single sign-on for staff (Microsoft Entra ID)</Link>
      </p>
    </>
  );
}
