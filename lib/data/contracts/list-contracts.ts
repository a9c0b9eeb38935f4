import type { Actor } from "../../auth/actor";
import { contractScope } from "../scopes";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";
import { prisma, type Prisma } from "../../db";
import {
  atRagWhere,
  currentContractWhere,
  endingWithinMonthsWhere,
  queriedReturnWhere,
  statusWhere,
} from "./contract-predicates";
import type { ContractStatus } from "../../domain/contract-status";
import type { Rag } from "../../domain/rag";
import { pageOf } from "../paging";

export const CONTRACT_PAGE_SIZE = 25;
export interface ContractFilter {
  status?: ContractStatus;
  organisationId?: string;
  serviceTypeId?: string;
  districtId?: string;
  /** Current contracts at a RAG, or NONE for those with no accepted result yet. */
  rag?: Rag | "NONE";
  /** Current contracts ending within this many months (the expiry pipeline's windows). */
  endingWithinMonths?: number;
  /** Current contracts only (not ended or terminated). */
  current?: boolean;
  /** Contracts with a queried return waiting for the provider. */
  queried?: boolean;
  page: number;
}

/** The filters as where-clauses, each one narrowing; the actor's scope is added beside them. */
function contractFilterWhere(filter: ContractFilter, today: Date): Prisma.ContractWhereInput[] {
  return [
    ...(filter.organisationId ? [{ organisationId: filter.organisationId }] : []),
    ...(filter.serviceTypeId ? [{ serviceTypeId: filter.serviceTypeId }] : []),
    ...(filter.districtId ? [{ districts: { some: { id: filter.districtId } } }] : []),
    ...(filter.status ? [statusWhere(filter.status, today)] : []),
    ...(filter.rag ? [atRagWhere(filter.rag, today)] : []),
    ...(filter.endingWithinMonths ? [endingWithinMonthsWhere(filter.endingWithinMonths, today)] : []),
    ...(filter.current ? [currentContractWhere(today)] : []),
    ...(filter.queried ? [queriedReturnWhere] : []),
  ];
}

export async function listContracts(actor: Actor, filter: ContractFilter, today = new Date()) {
  // The scope stands beside the filters, never merged with them: no filter can widen it.
  const where: Prisma.ContractWhereInput = {
    AND: [contractScope(actor), ...contractFilterWhere(filter, today)],
  };
  const [items, total] = await Promise.all([
    prisma.contract.findMany({
      where,
      orderBy: [{ endDate: "asc" }, { reference: "asc" }],
      skip: (filter.page - 1) * CONTRACT_PAGE_SIZE,
      take: CONTRACT_PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        title: true,
        annualValue: true,
        startDate: true,
        endDate: true,
        originalEndDate: true,
        terminatedAt: true,
        currentRag: true,
        organisation: { select: { name: true } },
        serviceType: serviceTypeOf(actor.councilId),
      },
    }),
    prisma.contract.count({ where }),
  ]);
  return pageOf(
    items.map((c) => ({ ...c, serviceType: labelled(c.serviceType) })),
    total,
    filter.page,
    CONTRACT_PAGE_SIZE,
  );
}
