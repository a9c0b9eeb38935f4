import { Decimal } from "decimal.js";
import type { Actor } from "../../auth/actor";
import type { Tx } from "../../db";
import { addDays, addMonths } from "../../domain/dates";
import { generateReturnPeriods } from "../../domain/return-periods";
import { OUTPUT_UNIT_TO_KPI, PERIOD_LABEL, quarterlyTarget } from "../../domain/tenders/output-kpis";

/**
 * The contract an award creates: the winning organisation, the specification version tendered,
 * the winning annual price, and one KPI per specification output with a quarterly target.
 * It starts on the first day of the month after confirmation and runs for the specification's term,
 * with quarterly return periods due the council's number of days after each quarter.
 */
export async function createContractFromAward(
  tx: Tx,
  actor: Actor,
  tenderId: string,
  winningBidId: string,
  now: Date,
) {
  const tender = await tx.tender.findFirstOrThrow({
    where: { id: tenderId, councilId: actor.councilId },
    select: {
      reference: true,
      title: true,
      specificationVersion: {
        select: {
          id: true,
          termMonths: true,
          extensionMonths: true,
          districts: { select: { id: true } },
          outputs: { orderBy: { position: "asc" } },
          specification: { select: { serviceTypeId: true } },
        },
      },
    },
  });
  const bid = await tx.bid.findFirstOrThrow({
    where: { id: winningBidId, tenderId, councilId: actor.councilId },
    select: { organisationId: true, price: true },
  });
  const version = tender.specificationVersion;
  const annualValue = new Decimal(bid.price?.toString() ?? "0");
  const startDate = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const endDate = addDays(addMonths(startDate, version.termMonths), -1);
  const reference = `${tender.reference}-C`;
  const contract = await tx.contract.create({
    data: {
      councilId: actor.councilId,
      reference,
      title: tender.title,
      organisationId: bid.organisationId,
      serviceTypeId: version.specification.serviceTypeId,
      specificationVersionId: version.id,
      tenderId,
      annualValue: annualValue.toFixed(2),
      totalValue: annualValue.mul(version.termMonths).div(12).toDecimalPlaces(2).toFixed(2),
      startDate,
      endDate,
      originalEndDate: endDate,
      extensionMonthsAvailable: version.extensionMonths,
      districts: { connect: version.districts },
    },
    select: { id: true, reference: true, organisationId: true, startDate: true, endDate: true },
  });
  await tx.kpi.createMany({
    data: version.outputs.map((o, position) => ({
      councilId: actor.councilId,
      contractId: contract.id,
      name: o.measure,
      description: `From the specification: ${o.quantity.toString()} ${o.unit.toLowerCase()} ${PERIOD_LABEL[o.period]}.`,
      unit: OUTPUT_UNIT_TO_KPI[o.unit],
      source: "OUTPUT" as const,
      targetPerPeriod: quarterlyTarget(
        new Decimal(o.quantity.toString()),
        o.period,
        version.termMonths,
      ).toFixed(2),
      position,
    })),
  });
  const { returnDueDays } = await tx.council.findUniqueOrThrow({
    where: { id: actor.councilId },
    select: { returnDueDays: true },
  });
  const periods = generateReturnPeriods({ startDate, endDate, dueDays: returnDueDays });
  await tx.returnPeriod.createMany({
    data: periods.map((p) => ({ councilId: actor.councilId, contractId: contract.id, ...p })),
  });
  return { ...contract, kpis: version.outputs.length, periods: periods.length };
}
