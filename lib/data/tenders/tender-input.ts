import { Decimal } from "decimal.js";
import { type Prisma } from "../../db";
import { AppError } from "../../errors";
import { formatMoney } from "../../domain/money";
import type { TenderInput } from "../../schemas/tender";

export function checkValue(
  input: TenderInput,
  version: { maxAnnualValue: Prisma.Decimal; termMonths: number },
) {
  const ceiling = new Decimal(version.maxAnnualValue.toString())
    .mul(version.termMonths)
    .div(12)
    .toDecimalPlaces(2);
  if (new Decimal(input.estimatedValue).gt(ceiling)) {
    throw new AppError("INVALID", "The estimated value is more than the specification allows.", {
      estimatedValue: `The estimated value must not be more than ${formatMoney(ceiling.toString())}: the specification's maximum annual value over its ${version.termMonths}-month term`,
    });
  }
}

export function criteriaRows(councilId: string, tenderId: string, input: TenderInput) {
  return input.criteria.map((c, position) => ({ councilId, tenderId, position, ...c }));
}
