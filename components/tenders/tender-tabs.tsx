import { TabNav } from "@/components/ui/tab-nav";
import { route } from "@/lib/routes/route";

const TABS = [
  ["", "Overview"],
  ["/panel", "Panel"],
  ["/score", "Your scoring"],
  ["/moderation", "Moderation"],
  ["/award", "Award"],
] as const;

/** Sub-pages of one tender for council staff; `current` is the path suffix ("" for the overview). */
export function TenderTabs({ tenderId, current }: { tenderId: string; current: (typeof TABS)[number][0] }) {
  return (
    <TabNav
      label="Tender sections"
      items={TABS.map(([suffix, label]) => ({
        href: route(`/commissioner/tenders/${tenderId}${suffix}`),
        label,
        current: suffix === current,
      }))}
    />
  );
}
