import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { getInvolvementPlan, isOverdue } from "@/lib/data/involvement/involvement-plan";
import { orNotFound } from "@/lib/or-not-found";
import { formatCalendarDate } from "@/lib/domain/dates";
import { ACTION_PROGRESS_LABEL } from "@/lib/schemas/involvement-plan";
import {
  ActionForm,
  FormDateInput,
  FormRadios,
  FormTextInput,
  FormTextarea,
} from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { Tag } from "@/components/ui/tag";
import { addInvolvementActionAction, updateInvolvementActionAction } from "../actions";

export const metadata: Metadata = { title: "Involvement plan" };

const STATUS_COLOUR = { PLANNED: "grey", IN_PROGRESS: "blue", DONE: "green" } as const;

/** One six-month plan: its actions in due order, overdue ones marked, each moved on in place. */
export default async function InvolvementPlanPage({ params }: PageProps<"/commissioner/involvement/[id]">) {
  const actor = await requirePageActor("read:involvement-plan:council", { role: "COMMISSIONER" });
  const { id } = await params;
  const plan = await orNotFound(getInvolvementPlan(actor, id));
  const canUpdate = can(actor, "update:involvement-plan:council");
  const overdue = plan.actions.filter((a) => isOverdue(a)).length;

  return (
    <>
      <BackLink href="/commissioner/involvement">Back to involvement plans</BackLink>
      <PageHeading caption={actor.councilName}>
        {formatCalendarDate(plan.periodStart)} to {formatCalendarDate(plan.periodEnd)}
      </PageHeading>
      <p className="mb-6">
        {plan.actions.length} {plan.actions.length === 1 ? "action" : "actions"},{" "}
        {plan.actions.filter((a) => a.status === "DONE").length} done
        {overdue > 0 ? `, ${overdue} overdue` : ""}.
      </p>
      {plan.actions.length === 0 && <p className="mb-6">No actions yet: add the first below.</p>}
      <ol className="mb-8 space-y-6">
        {plan.actions.map((a) => {
          const late = isOverdue(a);
          return (
            <li key={a.id} className={late ? "border-l-4 border-error pl-4" : "border-l-4 border-panel pl-4"}>
              <h2 className="text-xl font-bold">{a.description}</h2>
              <p className="mb-2">
                {a.owner}. Due {formatCalendarDate(a.dueDate)}.{" "}
                <Tag colour={STATUS_COLOUR[a.status]}>{ACTION_PROGRESS_LABEL[a.status]}</Tag>{" "}
                {late && <Tag colour="red">Overdue</Tag>}
              </p>
              {a.evidence && <p className="mb-2 max-w-[75ch] whitespace-pre-line">Evidence: {a.evidence}</p>}
              {canUpdate && (
                <details>
                  <summary className="cursor-pointer underline">
                    Update<span className="sr-only"> {a.description}</span>
                  </summary>
                  <ActionForm
                    action={updateInvolvementActionAction}
                    fields={["status", "evidence"]}
                    anchors={{ status: `status-${a.id}-0` }}
                    submitLabel="Save"
                    className="mt-4"
                  >
                    <input type="hidden" name="actionId" value={a.id} />
                    <input type="hidden" name="editVersion" value={plan.editVersion} />
                    <FormRadios
                      name="status"
                      idPrefix={`status-${a.id}`}
                      legend="Where is it?"
                      defaultValue={a.status}
                      options={Object.entries(ACTION_PROGRESS_LABEL).map(([value, label]) => ({
                        value,
                        label,
                      }))}
                    />
                    <FormTextarea
                      id={`evidence-${a.id}`}
                      name="evidence"
                      label="Evidence (needed to mark it done)"
                      defaultValue={a.evidence ?? undefined}
                      rows={3}
                    />
                  </ActionForm>
                </details>
              )}
            </li>
          );
        })}
      </ol>
      {canUpdate && (
        <>
          <SectionHeading size="m">Add an action</SectionHeading>
          <ActionForm
            action={addInvolvementActionAction}
            fields={["description", "owner", "dueDate"]}
            anchors={{ dueDate: "dueDate-day" }}
            submitLabel="Add the action"
          >
            <input type="hidden" name="planId" value={plan.id} />
            <input type="hidden" name="editVersion" value={plan.editVersion} />
            <FormTextInput id="description" name="description" label="Action" />
            <FormTextInput id="owner" name="owner" label="Owner" hint="A role or a person" width="20" />
            <FormDateInput
              id="dueDate"
              name="dueDate"
              legend="Due date"
              hint={`Between ${formatCalendarDate(plan.periodStart)} and ${formatCalendarDate(plan.periodEnd)}`}
            />
          </ActionForm>
        </>
      )}
    </>
  );
}
