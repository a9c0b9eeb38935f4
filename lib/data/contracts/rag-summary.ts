import type { Actor } from "../../auth/actor";
import { contractScope } from "../scopes";
import { prisma } from "../../db";
import { currentContractWhere } from "./contract-predicates";
import type { Rag } from "../../domain/rag";

/**
 * Current contracts (started or mobilising, not ended or terminated) by their RAG, in one grouped
 * query, for the commissioner's performance summary; each tile opens the list `?rag=` of its RAG.
 */
export async function ragSummary(actor: Actor, today = new Date()) {
  const rows = await prisma.contract.groupBy({
    by: ["currentRag"],
    where: { AND: [contractScope(actor), currentContractWhere(today)] },
    _count: true,
  });
  const count = (rag: Rag | null) => rows.find((r) => r.currentRag === rag)?._count ?? 0;
  return { RED: count("RED"), AMBER: count("AMBER"), GREEN: count("GREEN"), NONE: count(null) };
}
