import { Decimal } from "decimal.js";

/** Pounds and pence, formatted at the edge only. Accepts Prisma.Decimal, Decimal or a decimal string. */
export function formatMoney(value: { toString(): string } | string): string {
  const d = new Decimal(value.toString());
  const [whole, pence] = d.toFixed(2).split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}£${digits}.${pence}`;
}

export function sumMoney(values: ({ toString(): string } | string)[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v.toString()), new Decimal(0));
}
