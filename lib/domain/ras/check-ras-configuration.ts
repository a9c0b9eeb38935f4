import { Decimal } from "decimal.js";
import { maximumPoints, type RasBand, type RasDefinition } from "./ras-definition";

/** A problem with one part of a configuration; `field` is its path ("domains.0.questions.1.options"). */
export interface RasProblem {
  field: string;
  message: string;
}

const AMOUNT = /^\d{1,10}(\.\d{1,2})?$/;
const RATE = /^\d{1,8}(\.\d{1,4})?$/;
const CODE = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MAX_OPTION_POINTS = 1000;

/**
 * Everything that would stop a configuration being published: missing or duplicate parts, options
 * without points, a money rule that leaves some totals without an amount, or one where more points
 * could give less money. An empty list means it can be published.
 */
export function checkRasConfiguration(def: RasDefinition): RasProblem[] {
  const problems: RasProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });

  if (def.domains.length === 0) add("domains", "Add at least one domain");
  const domainCodes = new Set<string>();
  const questionCodes = new Set<string>();
  def.domains.forEach((d, di) => {
    const at = `domains.${di}`;
    const name = d.label.trim() || `Domain ${di + 1}`;
    if (!d.label.trim()) add(`${at}.label`, `Enter a name for domain ${di + 1}`);
    if (!CODE.test(d.code))
      add(`${at}.code`, `${name}: the code must be lower-case letters, digits and hyphens`);
    else if (domainCodes.has(d.code))
      add(`${at}.code`, `${name}: another domain already has the code ${d.code}`);
    domainCodes.add(d.code);
    if (d.questions.length === 0) add(`${at}.questions`, `${name}: add at least one question`);
    d.questions.forEach((q, qi) => {
      const qAt = `${at}.questions.${qi}`;
      const qName = q.label.trim() || `${name}, question ${qi + 1}`;
      if (!q.label.trim()) add(`${qAt}.label`, `${name}: enter the wording of question ${qi + 1}`);
      if (!CODE.test(q.code))
        add(`${qAt}.code`, `${qName}: the code must be lower-case letters, digits and hyphens`);
      else if (questionCodes.has(q.code))
        add(`${qAt}.code`, `${qName}: another question already has the code ${q.code}`);
      questionCodes.add(q.code);
      if (q.options.length < 2) add(`${qAt}.options`, `${qName}: give at least two answer options`);
      q.options.forEach((o, oi) => {
        const oAt = `${qAt}.options.${oi}`;
        if (!o.label.trim()) add(`${oAt}.label`, `${qName}: enter the wording of option ${oi + 1}`);
        if (!Number.isInteger(o.points) || o.points < 0 || o.points > MAX_OPTION_POINTS)
          add(
            `${oAt}.points`,
            `${qName}: option ${oi + 1} needs whole points from 0 to ${MAX_OPTION_POINTS}`,
          );
      });
    });
  });

  const floorOk = AMOUNT.test(def.floor);
  const ceilingOk = AMOUNT.test(def.ceiling);
  if (!floorOk) add("floor", "The floor must be an amount in pounds and pence, like 500.00");
  if (!ceilingOk) add("ceiling", "The ceiling must be an amount in pounds and pence, like 15000.00");
  if (ceilingOk && new Decimal(def.ceiling).lte(0)) add("ceiling", "The ceiling must be more than £0");
  if (floorOk && ceilingOk && new Decimal(def.floor).gt(def.ceiling))
    add("floor", "The floor must not be more than the ceiling");

  if (def.rule.kind === "PER_POINT") {
    if (!RATE.test(def.rule.poundsPerPoint) || new Decimal(def.rule.poundsPerPoint).lte(0))
      add("rule.poundsPerPoint", "Pounds per point must be an amount more than £0, like 45.00");
  } else {
    checkBands(def.rule.bands, maximumPoints(def), add);
  }
  return problems;
}

function checkBands(bands: RasBand[], top: number, add: (f: string, m: string) => void) {
  if (bands.length === 0) {
    add("rule.bands", "Add at least one band");
    return;
  }
  let expectedFrom = 0;
  let previousAmount: Decimal | null = null;
  bands.forEach((b, bi) => {
    const at = `rule.bands.${bi}`;
    const name = `Band ${bi + 1}`;
    if (!Number.isInteger(b.fromPoints) || !Number.isInteger(b.toPoints) || b.fromPoints < 0) {
      add(at, `${name}: points must be whole numbers, 0 or more`);
      return;
    }
    if (b.toPoints < b.fromPoints) add(`${at}.toPoints`, `${name}: "to" must not be less than "from"`);
    if (b.fromPoints > expectedFrom)
      add(`${at}.fromPoints`, `${name}: no band covers ${range(expectedFrom, b.fromPoints - 1)}`);
    else if (b.fromPoints < expectedFrom)
      add(`${at}.fromPoints`, `${name} overlaps the band before it: start it at ${expectedFrom} points`);
    expectedFrom = Math.max(expectedFrom, b.toPoints + 1);
    if (!AMOUNT.test(b.amount)) {
      add(`${at}.amount`, `${name}: the amount must be in pounds and pence, like 2500.00`);
      return;
    }
    const amount = new Decimal(b.amount);
    if (previousAmount && amount.lt(previousAmount))
      add(
        `${at}.amount`,
        `${name}: the amount must not be less than the band before it, or more points would give less money`,
      );
    previousAmount = amount;
  });
  if (expectedFrom <= top)
    add(
      `rule.bands.${bands.length - 1}.toPoints`,
      `The bands stop at ${expectedFrom - 1} points, but answers can score up to ${top}`,
    );
}

const range = (from: number, to: number) => (from === to ? `${from} points` : `${from} to ${to} points`);
