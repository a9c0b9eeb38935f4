import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listInvolvementPlans, sixMonthBlockOf } from "@/lib/data/involvement/involvement-plan";
import { addMonths, formatCalendarDate } from "@/lib/domain/dates";
import { route } from "@/lib/routes/route";
import { ActionForm, FormSelect } from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { createInvolvementPlanAction } from "./actions";

export const metadata: Metadata = { title: "Involvement plan" };

/** The council's involvement action plans, one per six months, with what is done and overdue. */
export default async function InvolvementPlansPage() {
  const actor = await requirePageActor("read:involvement-plan:council", { role: "COMMISSIONER" });
  const plans = await listInvolvementPlans(actor);
  const current = sixMonthBlockOf(new Date());
  const blocks = [current.start, addMonths(current.start, 6)]
    .map((start) => sixMonthBlockOf(start))
    .filter((b) => !plans.some((p) => p.periodStart.getTime() === b.start.getTime()));

  return (
    <>
      <PageHeading caption={actor.councilName}>Involvement plan</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        How the council involves young people, in six-month blocks: each action has an owner, a due date and,
        once done, what shows it was done.
      </p>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        <li>
          <Link href="/commissioner/involvement/activities">Involvement activities</Link>: events, training,
          panels and consultations, with how many took part from each group
        </li>
        <li>
          <Link href="/commissioner/involvement/report">Which groups are rarely involved</Link>, six months at
          a time
        </li>
      </ul>
      <Table
        caption="Plans"
        captionSize="m"
        head={["Six months", "Actions", "Done", "Overdue"]}
        numericColumns={[1, 2]}
        emptyText="No involvement plans yet."
        rows={plans.map((p) => [
          <Link key="p" href={route(`/commissioner/involvement/${p.id}`)}>
            {formatCalendarDate(p.periodStart)} to {formatCalendarDate(p.periodEnd)}
          </Link>,
          String(p.actions),
          String(p.done),
          p.overdue > 0 ? (
            <Tag key="o" colour="red">
              {p.overdue} overdue
            </Tag>
          ) : (
            "None"
          ),
        ])}
      />
      {can(actor, "update:involvement-plan:council") && blocks.length > 0 && (
        <>
          <SectionHeading size="m">Start a plan</SectionHeading>
          <ActionForm
            action={createInvolvementPlanAction}
            fields={["periodStart"]}
            submitLabel="Start the plan"
          >
            <FormSelect
              id="periodStart"
              name="periodStart"
              label="Six months the plan covers"
              options={blocks.map((b) => ({
                value: b.start.toISOString().slice(0, 10),
                label: `${formatCalendarDate(b.start)} to ${formatCalendarDate(b.end)}`,
              }))}
            />
          </ActionForm>
        </>
      )}
    </>
  );
}
