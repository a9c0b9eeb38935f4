import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { AppError, NotFoundError } from "../../errors";
import { startOfUtcDay } from "../../domain/dates";
import type { ContractPaymentInput } from "../../schemas/contract-payment";
import { recordAudit } from "../audit/record-audit";

/**
 * Records a payment the council made to the provider under one of its contracts, with its audit
 * row. It is public from then on (the OCDS feed's implementation transactions), so a date in the
 * future or a reference already used on the contract changes nothing. Personal budget payments
 * are never recorded here.
 */
export async function recordContractPayment(actor: Actor, input: ContractPaymentInput, now = new Date()) {
  if (input.paidOn > startOfUtcDay(now))
    throw new AppError("INVALID", "Record payments once they are made.", {
      paidOn: "The date it was paid must be today or in the past",
    });
  await prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string; reference: string }[]>`
      SELECT id, reference FROM "Contract" WHERE id = ${input.contractId} AND "councilId" = ${actor.councilId} FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError("The contract");
    const taken = await tx.contractPayment.findUnique({
      where: { contractId_reference: { contractId: input.contractId, reference: input.reference } },
      select: { id: true },
    });
    if (taken)
      throw new AppError("CONFLICT", "A payment with that reference is already recorded on this contract.", {
        reference: "This reference is already recorded on this contract",
      });
    const payment = await tx.contractPayment.create({
      data: {
        councilId: actor.councilId,
        contractId: input.contractId,
        amount: input.amount,
        paidOn: input.paidOn,
        reference: input.reference,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "contract:payment",
      entityType: "ContractPayment",
      entityId: payment.id,
      summary: `Recorded a payment of £${input.amount} on contract ${locked[0].reference}`,
      metadata: { contractId: input.contractId, reference: input.reference },
    });
  });
}
