"use client";

import type { RasDefinition } from "@/lib/domain/ras/ras-definition";
import { formatMoney } from "@/lib/domain/money";
import { ActionForm, FormRadios } from "@/components/forms/action-form";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { BudgetBreakdown } from "@/components/ras/budget-breakdown";
import { previewRasBudgetAction } from "../actions";

export function PreviewForm({ definition }: { definition: RasDefinition }) {
  const questions = definition.domains.flatMap((d) => d.questions);
  return (
    <ActionForm
      action={previewRasBudgetAction}
      fields={questions.map((q) => q.code)}
      anchors={Object.fromEntries(questions.map((q) => [q.code, `${q.code}-0`]))}
      submitLabel="Work out the budget"
      banner={(done) =>
        done.data && (
          <NotificationBanner type="success" title="Indicative budget with these answers">
            <p className="mb-4 text-2xl font-bold">{formatMoney(done.data.amount)} a year</p>
            <BudgetBreakdown budget={done.data} />
          </NotificationBanner>
        )
      }
    >
      {definition.domains.map((d) => (
        <fieldset key={d.code} className="mb-6">
          <legend className="mb-3 text-2xl font-bold">{d.label}</legend>
          {d.questions.map((q) => (
            <FormRadios
              key={q.code}
              name={q.code}
              legend={q.label}
              options={q.options.map((o, i) => ({
                value: String(i),
                label: o.label,
                hint: `${o.points} points`,
              }))}
            />
          ))}
        </fieldset>
      ))}
    </ActionForm>
  );
}
