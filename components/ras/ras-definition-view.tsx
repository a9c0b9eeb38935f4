import type { RasDefinition } from "@/lib/domain/ras/ras-definition";
import { formatMoney } from "@/lib/domain/money";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import type { Route } from "@/lib/routes/route";

/** How points become money, in words. */
export function RasRuleSummary({
  definition,
  changeHref,
}: {
  definition: RasDefinition;
  changeHref?: Route;
}) {
  const { rule } = definition;
  const action = changeHref && { href: changeHref, label: "Change", visuallyHidden: "the money rule" };
  return (
    <SummaryList
      rows={[
        {
          key: "Points become money",
          value:
            rule.kind === "PER_POINT" ? (
              `${formatMoney(rule.poundsPerPoint)} a point`
            ) : (
              <ul>
                {rule.bands.map((b) => (
                  <li key={`${b.fromPoints}-${b.toPoints}`}>
                    {b.fromPoints} to {b.toPoints} points: {formatMoney(b.amount)}
                  </li>
                ))}
              </ul>
            ),
          action,
        },
        { key: "Floor", value: formatMoney(definition.floor), action },
        { key: "Ceiling", value: formatMoney(definition.ceiling), action },
      ]}
    />
  );
}

/** Every domain's questions with their answers and points, read-only. */
export function RasDomainsView({ definition }: { definition: RasDefinition }) {
  return (
    <>
      {definition.domains.map((d) => (
        <Table
          key={d.code}
          caption={d.label}
          captionSize="s"
          head={["Question", "Answers and points"]}
          emptyText={`${d.label} has no questions yet.`}
          rows={d.questions.map((q) => [
            q.label,
            <ul key="o">
              {q.options.map((o, i) => (
                <li key={i}>
                  {o.label}: {o.points} {o.points === 1 ? "point" : "points"}
                </li>
              ))}
            </ul>,
          ])}
        />
      ))}
    </>
  );
}
