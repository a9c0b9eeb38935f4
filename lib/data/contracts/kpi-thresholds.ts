import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { checkEditVersion } from "../edit-version";
import { refreshContractRag } from "./refresh-contract-rag";

/**
 * Changes a KPI's RAG thresholds (percentages of its target) and recomputes the contract's RAG in
 * the same transaction, with an audit row giving the old and new thresholds. The thresholds are
 * the contract's terms: under the contract's row lock, a change from a page opened before a
 * colleague changed the contract is refused (decision 0044).
 */
export async function updateKpiThresholds(
  actor: Actor,
  input: {
    contractId: string;
    kpiId: string;
    greenPercent: string;
    amberPercent: string;
    /** The contract's edit version as the page was opened; the contract page always sends it. */
    editVersion?: number;
  },
) {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ editVersion: number }[]>`
      SELECT "editVersion" FROM "Contract" WHERE id = ${input.contractId} AND "councilId" = ${actor.councilId} FOR UPDATE`;
    const kpi = await tx.kpi.findFirst({
      where: { id: input.kpiId, contractId: input.contractId, councilId: actor.councilId },
      select: {
        id: true,
        name: true,
        greenPercent: true,
        amberPercent: true,
        contract: { select: { reference: true } },
      },
    });
    if (!kpi || locked.length === 0) throw new NotFoundError("The KPI");
    if (input.editVersion !== undefined)
      checkEditVersion(locked[0].editVersion, input.editVersion, "This contract");
    await tx.kpi.update({
      where: { id: kpi.id },
      data: { greenPercent: input.greenPercent, amberPercent: input.amberPercent },
    });
    await tx.contract.update({ where: { id: input.contractId }, data: { editVersion: { increment: 1 } } });
    const rag = await refreshContractRag(tx, input.contractId);
    await recordAudit(tx, actor, {
      action: "kpi:update-thresholds",
      entityType: "Kpi",
      entityId: kpi.id,
      summary: `Changed the RAG thresholds of "${kpi.name}" on contract ${kpi.contract.reference}`,
      metadata: {
        from: { green: kpi.greenPercent.toString(), amber: kpi.amberPercent.toString() },
        to: { green: input.greenPercent, amber: input.amberPercent },
      },
    });
    return rag;
  });
}
