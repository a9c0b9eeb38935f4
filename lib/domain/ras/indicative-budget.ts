import { Decimal } from "decimal.js";
import type { RasAnswers, RasBand, RasDefinition } from "./ras-definition";

export interface DomainPoints {
  code: string;
  label: string;
  points: number;
}

export type AppliedRule = { kind: "PER_POINT"; poundsPerPoint: string } | { kind: "BANDS"; band: RasBand };

export interface IndicativeBudget {
  domains: DomainPoints[];
  totalPoints: number;
  rule: AppliedRule;
  /** What the rule gives before the floor and ceiling, to the penny. */
  ruleAmount: string;
  limit: "FLOOR" | "CEILING" | null;
  /** The indicative budget in pounds, to the penny. */
  amount: string;
  /** Question codes with no valid answer: their points count as none. */
  unanswered: string[];
}

/**
 * Works out the indicative budget for a set of answers under one configuration (which must pass
 * `checkRasConfiguration`). Points add up per domain; the rule turns the total into pounds, rounded
 * half up to the penny; the result is then held between the floor and the ceiling.
 */
export function indicativeBudget(def: RasDefinition, answers: RasAnswers): IndicativeBudget {
  const unanswered: string[] = [];
  const domains = def.domains.map((d) => ({
    code: d.code,
    label: d.label,
    points: d.questions.reduce((sum, q) => {
      const chosen = answers[q.code];
      const option = Number.isInteger(chosen) ? q.options[chosen] : undefined;
      if (!option) unanswered.push(q.code);
      return sum + (option?.points ?? 0);
    }, 0),
  }));
  const totalPoints = domains.reduce((s, d) => s + d.points, 0);

  let rule: AppliedRule;
  let raw: Decimal;
  if (def.rule.kind === "PER_POINT") {
    rule = { kind: "PER_POINT", poundsPerPoint: def.rule.poundsPerPoint };
    raw = new Decimal(def.rule.poundsPerPoint).mul(totalPoints);
  } else {
    const band = bandFor(def.rule.bands, totalPoints);
    rule = { kind: "BANDS", band };
    raw = new Decimal(band.amount);
  }
  const ruleAmount = raw.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const floor = new Decimal(def.floor);
  const ceiling = new Decimal(def.ceiling);
  const limit = ruleAmount.lt(floor) ? "FLOOR" : ruleAmount.gt(ceiling) ? "CEILING" : null;
  const amount = limit === "FLOOR" ? floor : limit === "CEILING" ? ceiling : ruleAmount;
  return {
    domains,
    totalPoints,
    rule,
    ruleAmount: ruleAmount.toFixed(2),
    limit,
    amount: amount.toFixed(2),
    unanswered,
  };
}

/** The band holding the points; beyond the last band (a configuration that failed its check), the last. */
function bandFor(bands: RasBand[], points: number): RasBand {
  const band = bands.find((b) => points >= b.fromPoints && points <= b.toPoints);
  if (band) return band;
  if (bands.length === 0) throw new RangeError("A banded rule needs at least one band");
  return points < bands[0].fromPoints ? bands[0] : bands[bands.length - 1];
}
