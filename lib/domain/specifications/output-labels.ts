import type { OutputPeriod, OutputUnit } from "../../generated/prisma/enums";

export const OUTPUT_UNIT_LABEL: Record<OutputUnit, string> = {
  DAYS: "Days",
  SESSIONS: "Sessions",
  HOURS: "Hours",
  PLACES: "Places",
  CHILDREN: "Children",
};

export const OUTPUT_PERIOD_LABEL: Record<OutputPeriod, string> = {
  PER_DAY: "Per day",
  PER_WEEK: "Per week",
  PER_MONTH: "Per month",
  PER_QUARTER: "Per quarter",
  PER_YEAR: "Per year",
  PER_CONTRACT: "Over the contract",
};

/** "Play scheme days: 30 days per year". */
export function describeOutput(o: {
  measure: string;
  unit: OutputUnit;
  quantity: { toString(): string };
  period: OutputPeriod;
}) {
  const quantity = o.quantity.toString().replace(/\.00$/, "");
  return `${o.measure}: ${quantity} ${OUTPUT_UNIT_LABEL[o.unit].toLowerCase()} ${OUTPUT_PERIOD_LABEL[o.period].toLowerCase()}`;
}
