import { Decimal } from "decimal.js";
import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { addDays, termEndDate } from "../../domain/dates";
import { recordAudit } from "../audit/record-audit";
import { checkEditVersion } from "../edit-version";

export type VariationInput = (
  | { kind: "VARIATION"; contractId: string; reason: string; valueChange: string; effectiveDate: Date }
  | { kind: "EXTENSION"; contractId: string; reason: string; months: number; effectiveDate: Date }
) & {
  /** The contract's edit version as the page was opened (decision 0044); the contract page always sends it. */
  editVersion?: number;
};

/**
 * Records a variation (a change of value) or an extension (months taken from those left, adding
 * the annual value pro rata) on a council contract, with its audit row. A change that would make
 * the contract's total value negative, or an extension beyond the months left, changes nothing;
 * so does one made from a page opened before a colleague changed the contract (decision 0044), and
 * so a repeated submit of the same form is recorded once.
 */
export async function addVariation(actor: Actor, input: VariationInput) {
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Contract" WHERE id = ${input.contractId} AND "councilId" = ${actor.councilId} FOR UPDATE`;
    const c = await tx.contract.findFirst({ where: { id: input.contractId, councilId: actor.councilId } });
    if (!c) throw new NotFoundError("The contract");
    if (c.terminatedAt)
      throw new AppError("CONFLICT", "This contract has been terminated, so it cannot be varied.");
    if (input.editVersion !== undefined) checkEditVersion(c.editVersion, input.editVersion, "This contract");
    const total = new Decimal(c.totalValue.toString());
    if (input.kind === "VARIATION") {
      const change = new Decimal(input.valueChange);
      if (total.plus(change).lt(0))
        throw new AppError("INVALID", "That would make the contract's value negative.", {
          valueChange: `The change cannot be more than −${total.toFixed(2)}: the contract's total value would be negative`,
        });
      await tx.contract.update({
        where: { id: c.id },
        data: { totalValue: total.plus(change).toFixed(2), editVersion: { increment: 1 } },
      });
      await tx.contractVariation.create({
        data: {
          councilId: actor.councilId,
          contractId: c.id,
          kind: "VARIATION",
          reason: input.reason,
          valueChange: change.toFixed(2),
          effectiveDate: input.effectiveDate,
          createdById: actor.userId,
        },
      });
      await recordAudit(tx, actor, {
        action: "contract:vary",
        entityType: "Contract",
        entityId: c.id,
        summary: `Varied contract ${c.reference} by £${change.toFixed(2)}`,
        metadata: { reason: input.reason },
      });
      return;
    }
    const left = c.extensionMonthsAvailable - c.extensionMonthsUsed;
    if (input.months > left)
      throw new AppError("INVALID", "That is more than the extension left.", {
        months: left
          ? `Extend by ${left} months or fewer: that is what is left`
          : "This contract has no extension left",
      });
    // The extension is a term of its own, from the day after the current end.
    const newEndDate = termEndDate(addDays(c.endDate, 1), input.months);
    const change = new Decimal(c.annualValue.toString()).mul(input.months).div(12).toDecimalPlaces(2);
    await tx.contract.update({
      where: { id: c.id },
      data: {
        endDate: newEndDate,
        extensionMonthsUsed: c.extensionMonthsUsed + input.months,
        totalValue: total.plus(change).toFixed(2),
        editVersion: { increment: 1 },
      },
    });
    await tx.contractVariation.create({
      data: {
        councilId: actor.councilId,
        contractId: c.id,
        kind: "EXTENSION",
        reason: input.reason,
        valueChange: change.toFixed(2),
        newEndDate,
        effectiveDate: input.effectiveDate,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      action: "contract:extend",
      entityType: "Contract",
      entityId: c.id,
      summary: `Extended contract ${c.reference} by ${input.months} months to ${newEndDate.toISOString().slice(0, 10)}`,
      metadata: { reason: input.reason },
    });
  });
}
