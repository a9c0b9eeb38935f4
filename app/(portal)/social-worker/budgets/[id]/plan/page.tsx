import type { Metadata } from "next";
import { recordChildRecordView } from "@/lib/data/audit/record-child-record-view";
import Link from "next/link";
import { z } from "zod";
import { idField, parseSearchParams } from "@/lib/schemas/search-params";
import { requirePageActor } from "@/lib/auth/session";
import { approvedProviders, getBudget } from "@/lib/data/budgets/get-budget";
import { orNotFound } from "@/lib/or-not-found";
import { formatMoney } from "@/lib/domain/money";
import { planTotal } from "@/lib/domain/budgets/budget-balance";
import { PLAN_ITEM_LABEL } from "@/lib/schemas/budget";
import { route } from "@/lib/routes/route";
import {
  ActionForm,
  FormRadios,
  FormSelect,
  FormTextInput,
  FormTextarea,
} from "@/components/forms/action-form";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { BackLink } from "@/components/ui/back-link";
import { InsetText } from "@/components/ui/inset-text";
import { WarningText } from "@/components/ui/warning-text";
import { PlanItemsTable, budgetTypeLabel, childName } from "@/components/budgets/budget-parts";
import {
  addPlanItemAction,
  agreePlanAction,
  removePlanItemAction,
  savePlanOutcomesAction,
} from "../../actions";

export const metadata: Metadata = { title: "Support plan" };

/** `?remove=<item>` asks to confirm removing that item. */
const searchSchema = z.object({ remove: idField });

export default async function PlanPage({
  params,
  searchParams,
}: PageProps<"/social-worker/budgets/[id]/plan">) {
  const actor = await requirePageActor("update:budget:council", { role: "SOCIAL_WORKER" });
  const { id } = await params;
  const { remove } = parseSearchParams(searchSchema, await searchParams);
  const [b, providers] = await Promise.all([orNotFound(getBudget(actor, id)), approvedProviders(actor)]);
  await recordChildRecordView(actor, {
    entityType: "PersonalBudget",
    entityId: b.id,
    childId: b.child.id,
    page: "plan",
  });
  const draft = b.draftPlan;
  const back = route(`/social-worker/budgets/${b.id}`);
  if (!draft || b.status === "ENDED") {
    return (
      <>
        <BackLink href={back}>Back to the budget</BackLink>
        <PageHeading caption={childName(b.child)}>Support plan</PageHeading>
        <p>There is no draft of the plan to change. Start a new version from the budget&apos;s page.</p>
      </>
    );
  }
  const { total, overBy } = planTotal(draft.items, b.annualAmount);
  const removing = draft.items.find((i) => i.id === remove);
  const here = route(`/social-worker/budgets/${b.id}/plan`);

  return (
    <>
      <BackLink href={back}>Back to the budget</BackLink>
      <PageHeading
        caption={`${childName(b.child)}: ${budgetTypeLabel(b.type)} of ${formatMoney(b.annualAmount)} a year`}
      >
        Support plan, version {draft.version} (draft)
      </PageHeading>

      <SectionHeading size="m">Outcomes</SectionHeading>
      <ActionForm
        action={savePlanOutcomesAction}
        fields={["outcomes"]}
        submitLabel="Save the outcomes"
        submitVariant="secondary"
      >
        <input type="hidden" name="id" value={b.id} />
        <input type="hidden" name="editVersion" value={draft.editVersion} />
        <FormTextarea
          id="outcomes"
          name="outcomes"
          label="Outcomes from the child's plan"
          hint="What the support should achieve for the child and the family, in their words where you can."
          rows={5}
          defaultValue={draft.outcomes}
        />
      </ActionForm>

      <SectionHeading size="m">What the budget pays for</SectionHeading>
      <PlanItemsTable
        caption={`${draft.items.length} ${draft.items.length === 1 ? "item" : "items"}, ${formatMoney(total)} a year`}
        items={draft.items}
        action={(item) => (
          <Link href={route(`/social-worker/budgets/${b.id}/plan?remove=${item.id}#confirm-remove`)}>
            Remove<span className="sr-only"> {item.description}</span>
          </Link>
        )}
      />
      {removing && (
        <div id="confirm-remove" className="mb-8 border-4 border-error p-4">
          <h3 className="mb-2 text-xl font-bold">Remove this item from the draft plan?</h3>
          <p className="mb-4">
            {removing.description}, {formatMoney(removing.annualCost)} a year.
          </p>
          <ActionForm
            action={removePlanItemAction}
            fields={[]}
            submitLabel="Yes, remove it"
            submitVariant="warning"
            after={<Link href={here}>Cancel</Link>}
          >
            <input type="hidden" name="id" value={b.id} />
            <input type="hidden" name="editVersion" value={draft.editVersion} />
            <input type="hidden" name="itemId" value={removing.id} />
          </ActionForm>
        </div>
      )}
      {overBy && (
        <WarningText>
          The plan costs {formatMoney(overBy)} more than the budget. It can be agreed only with a reason.
        </WarningText>
      )}

      <h3 className="mb-4 text-xl font-bold">Add an item</h3>
      <div className="mb-8">
        <ActionForm
          action={addPlanItemAction}
          fields={["category", "description", "provider", "frequency", "unitCost", "annualCost"]}
          anchors={{ category: "category-0" }}
          submitLabel="Add the item"
        >
          <input type="hidden" name="id" value={b.id} />
          <input type="hidden" name="editVersion" value={draft.editVersion} />
          <FormRadios
            name="category"
            legend="Kind of support"
            options={Object.entries(PLAN_ITEM_LABEL).map(([value, label]) => ({ value, label }))}
          />
          <FormTextInput id="description" name="description" label="Describe the support" />
          <FormSelect
            id="provider"
            name="provider"
            label="Provider"
            hint={
              b.type === "MANAGED"
                ? "A managed budget is spent by the council with its approved providers."
                : "One of the council's approved providers, or bought directly by the family with the direct payment."
            }
            options={[
              { value: "", label: "Choose a provider" },
              ...(b.type === "MANAGED" ? [] : [{ value: "DIRECT", label: "Bought directly by the family" }]),
              ...providers.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
          <FormTextInput
            id="frequency"
            name="frequency"
            label="How often (optional)"
            hint="For example, two Saturdays a month"
            width="20"
          />
          <FormTextInput
            id="unitCost"
            name="unitCost"
            label="Unit cost in pounds (optional)"
            hint="For example, the cost of one session"
            prefix="£"
            width="10"
            inputMode="decimal"
          />
          <FormTextInput
            id="annualCost"
            name="annualCost"
            label="Cost a year in pounds"
            prefix="£"
            width="10"
            inputMode="decimal"
          />
        </ActionForm>
      </div>

      <SectionHeading size="m">Agree the plan</SectionHeading>
      {b.status !== "ACTIVE" ? (
        <InsetText>The budget must be approved before the plan is agreed.</InsetText>
      ) : (
        <ActionForm action={agreePlanAction} fields={["overBudgetReason"]} submitLabel="Agree the plan">
          <input type="hidden" name="id" value={b.id} />
          <input type="hidden" name="editVersion" value={draft.editVersion} />
          {overBy && (
            <FormTextarea
              id="overBudgetReason"
              name="overBudgetReason"
              label="Why the plan is agreed over the budget"
              rows={3}
            />
          )}
          <p className="mb-4">
            Agreeing makes this version the plan the family sees
            {b.agreedPlan ? `; version ${b.agreedPlan.version} is kept and can still be read` : ""}.
          </p>
        </ActionForm>
      )}
    </>
  );
}
