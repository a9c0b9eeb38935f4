import type { Actor } from "@/lib/auth/actor";
import { involvementActivityFormOptions } from "@/lib/data/involvement/involvement-activity-options";
import { formatCalendarDate } from "@/lib/domain/dates";

/** The form's count boxes and plans, the plans labelled by their six months. */
export async function activityFormProps(actor: Actor, keep: { dimension: string; key: string }[] = []) {
  const { options, plans } = await involvementActivityFormOptions(actor, keep);
  return {
    options,
    plans: plans.map((p) => ({
      id: p.id,
      label: `${formatCalendarDate(p.periodStart)} to ${formatCalendarDate(p.periodEnd)}`,
    })),
  };
}
