/**
 * A council's Resource Allocation System (RAS), as stored in a draft or a published version:
 * domains of need, each with questions whose answer options carry points, and the money rule
 * that turns the total points into an indicative budget between a floor and a ceiling.
 * Amounts are exact decimal strings in pounds ("45.00"), never floats.
 */

export interface RasOption {
  label: string;
  /** Whole points, 0 or more. */
  points: number;
}

export interface RasQuestion {
  /** Unique across the whole configuration: answers are keyed by it. */
  code: string;
  label: string;
  options: RasOption[];
}

export interface RasDomain {
  code: string;
  label: string;
  questions: RasQuestion[];
}

/** Points from–to (both inclusive) give a fixed amount. */
export interface RasBand {
  fromPoints: number;
  toPoints: number;
  amount: string;
}

export type RasMoneyRule =
  { kind: "PER_POINT"; poundsPerPoint: string } | { kind: "BANDS"; bands: RasBand[] };

export interface RasDefinition {
  domains: RasDomain[];
  rule: RasMoneyRule;
  /** The least and the most an indicative budget can be, in pounds. */
  floor: string;
  ceiling: string;
}

/** Answers: for each question code, the index of the chosen option. */
export type RasAnswers = Record<string, number>;

/** Most points a set of answers can score: the best option of every question. */
export function maximumPoints(def: Pick<RasDefinition, "domains">): number {
  return def.domains.reduce(
    (sum, d) => sum + d.questions.reduce((s, q) => s + Math.max(0, ...q.options.map((o) => o.points)), 0),
    0,
  );
}

export function allQuestions(def: Pick<RasDefinition, "domains">): RasQuestion[] {
  return def.domains.flatMap((d) => d.questions);
}
