import type { Tx } from "../../db";
import { ragFor, worstRag, type Rag } from "../../domain/rag";

/**
 * Recomputes a contract's stored RAG (the worst of its KPIs' latest accepted results), so lists
 * can filter and count by it. Call inside the transaction that accepts a return or changes a KPI.
 */
export async function refreshContractRag(tx: Tx, contractId: string): Promise<Rag | null> {
  const kpis = await tx.kpi.findMany({
    where: { contractId },
    select: {
      targetPerPeriod: true,
      greenPercent: true,
      amberPercent: true,
      actuals: {
        where: { outcomeReturn: { status: "ACCEPTED" } },
        orderBy: { outcomeReturn: { returnPeriod: { startDate: "desc" } } },
        take: 1,
        select: { value: true },
      },
    },
  });
  const rag = worstRag(
    kpis.map((k) =>
      k.actuals[0] ? ragFor(k.actuals[0].value, k.targetPerPeriod, k.greenPercent, k.amberPercent) : null,
    ),
  );
  await tx.contract.update({ where: { id: contractId }, data: { currentRag: rag } });
  return rag;
}
