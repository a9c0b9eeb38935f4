import type { CriterionKind } from "../../generated/prisma/enums";

export interface CriterionWeight {
  kind: CriterionKind;
  weight: number;
}

/** Problems with a tender's criteria, as messages; empty when the set is valid. */
export function criteriaProblems(criteria: readonly CriterionWeight[]): string[] {
  const problems: string[] = [];
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  if (!criteria.some((c) => c.kind === "QUALITY")) problems.push("Add at least one quality criterion.");
  const prices = criteria.filter((c) => c.kind === "PRICE").length;
  if (prices !== 1) problems.push("A tender has exactly one price criterion.");
  if (criteria.filter((c) => c.kind === "YOUNG_PEOPLE").length > 1)
    problems.push("A tender has at most one young people's criterion.");
  if (criteria.some((c) => !Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100))
    problems.push("Each weight is a whole number from 1 to 100.");
  if (total !== 100) problems.push(`The weights must add up to 100. They add up to ${total}.`);
  return problems;
}
