import type { CarersOutcome } from "../../schemas/statement";

/** One live contract's latest accepted result for a carers' outcome measure (a percentage KPI). */
export interface CarersObservation {
  serviceTypeCode: string;
  /** The KPI's name, e.g. "% parents who feel supported to care at home". */
  measure: string;
  percent: number;
  /** Families (or, failing that, children) the return covered: the base of the percentage. */
  families: number;
}

export interface CarersOutcomes {
  overall: CarersOutcome[];
  byType: Map<string, CarersOutcome[]>;
}

interface Pool {
  weighted: number;
  families: number;
  contracts: number;
}

const add = (pool: Pool | undefined, o: CarersObservation): Pool => ({
  weighted: (pool?.weighted ?? 0) + o.percent * o.families,
  families: (pool?.families ?? 0) + o.families,
  contracts: (pool?.contracts ?? 0) + 1,
});

const shown = (measure: string, p: Pool): CarersOutcome => ({
  measure,
  percent: Math.round(p.weighted / p.families),
  families: p.families,
  contracts: p.contracts,
  suppressed: false,
});

const hidden = (c: CarersOutcome): CarersOutcome => ({
  ...c,
  percent: null,
  families: null,
  suppressed: true,
});

/**
 * How the short breaks meet carers' needs, from providers' outcome returns: for each measure, the
 * share weighted by the families each return covered, overall and by type of service.
 *
 * Small numbers (docs/decisions/0006): a figure resting on fewer than `threshold` families is not
 * published. Because the overall figure is the weighted sum of the types' figures, one suppressed
 * type beside a published overall could be worked out by subtraction, so a second type (the
 * smallest shown) is suppressed with it, or the overall when there is no other type.
 */
export function summariseCarersOutcomes(
  observations: readonly CarersObservation[],
  threshold: number,
): CarersOutcomes {
  const k = Math.max(1, Math.floor(threshold));
  const overallPools = new Map<string, Pool>();
  const typePools = new Map<string, Map<string, Pool>>();
  for (const o of observations) {
    if (!(o.families > 0)) continue;
    overallPools.set(o.measure, add(overallPools.get(o.measure), o));
    const byMeasure = typePools.get(o.serviceTypeCode) ?? new Map<string, Pool>();
    byMeasure.set(o.measure, add(byMeasure.get(o.measure), o));
    typePools.set(o.serviceTypeCode, byMeasure);
  }

  const overall: CarersOutcome[] = [];
  const byType = new Map<string, CarersOutcome[]>();
  for (const [measure, pool] of [...overallPools].sort(([a], [b]) => a.localeCompare(b))) {
    const cells = [...typePools]
      .filter(([, m]) => m.has(measure))
      .map(([code, m]) => {
        const p = m.get(measure)!;
        return { code, outcome: p.families < k ? hidden(shown(measure, p)) : shown(measure, p) };
      });
    let total = pool.families < k ? hidden(shown(measure, pool)) : shown(measure, pool);
    const suppressedCount = cells.filter((c) => c.outcome.suppressed).length;
    if (suppressedCount === 1 && !total.suppressed) {
      const others = cells.filter((c) => !c.outcome.suppressed);
      if (others.length === 0) total = hidden(total);
      else {
        const smallest = others.reduce((a, b) =>
          (b.outcome.families ?? 0) < (a.outcome.families ?? 0) ? b : a,
        );
        smallest.outcome = hidden(smallest.outcome);
      }
    }
    overall.push(total);
    for (const c of cells) byType.set(c.code, [...(byType.get(c.code) ?? []), c.outcome]);
  }
  return { overall, byType };
}
