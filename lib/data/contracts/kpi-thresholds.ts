import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { recordAudit } from "../audit/record-audit";
import { refreshContractRag } from "./refresh-contract-rag";

/**
 * Changes a KPI's RAG thresholds (percentages of its target) and recomputes the contract's RAG in
 * the same transaction, with an audit row giving the old and new thresholds.
 */
export async function updateKpiThresholds(
  actor: Actor,
  input: { contractId: string; kpiId: string; greenPercent: string; amberPercent: string },
) {
  return prisma.$transaction(async (tx) => {
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
    if (!kpi) throw new NotFoundError("The KPI");
    await tx.kpi.update({
      where: { id: kpi.id },
      data: { greenPercent: input.greenPercent, amberPercent: input.amberPercent },
    });
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
