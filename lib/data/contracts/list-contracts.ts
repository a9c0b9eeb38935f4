import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { startOfUtcDay } from "../../domain/dates";
import {
  atRagWhere,
  contractScopeWhere,
  currentContractWhere,
  endingWithinMonthsWhere,
  queriedReturnWhere,
  statusWhere,
} from "./contract-predicates";
import { sumMoney } from "../../domain/money";
import type { ContractStatus } from "../../domain/contract-status";
import type { Rag } from "../../domain/rag";
import { pageOf } from "../paging";
import { ENDING_WINDOWS } from "../../schemas/contract-search";

export const CONTRACT_PAGE_SIZE = 25;

export { statusWhere };

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
    AND: [contractScopeWhere(actor), ...contractFilterWhere(filter, today)],
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
        serviceType: { select: { name: true } },
      },
    }),
    prisma.contract.count({ where }),
  ]);
  return pageOf(items, total, filter.page, CONTRACT_PAGE_SIZE);
}

export async function contractFilterOptions(actor: Actor) {
  const [organisations, serviceTypes, districts] = await Promise.all([
    prisma.organisation.findMany({
      where: { contracts: { some: { councilId: actor.councilId } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    prisma.serviceType.findMany({ orderBy: { position: "asc" }, select: { id: true, name: true } }),
    prisma.district.findMany({
      where: { councilId: actor.councilId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { organisations, serviceTypes, districts };
}

export interface PipelineMonth {
  month: Date;
  count: number;
  annualValue: string;
}

/** The expiry pipeline's windows, in months; each links to the list filtered the same way. */
export const PIPELINE_WINDOWS = ENDING_WINDOWS.map(Number);

/**
 * Contracts ending in each of the next 12 months (terminated ones excluded), grouped by end date
 * in SQL, so a council with 160 agreements ending on one day sees it a year ahead; and the count
 * and value ending within 3, 6 and 12 months, counted with the same predicate as the list.
 */
export async function expiryPipeline(actor: Actor, today = new Date()) {
  const day = startOfUtcDay(today);
  const scope = contractScopeWhere(actor);
  const within = async (months: number) => {
    const r = await prisma.contract.aggregate({
      where: { AND: [scope, endingWithinMonthsWhere(months, day)] },
      _count: true,
      _sum: { annualValue: true },
    });
    return {
      months,
      count: r._count,
      annualValue: sumMoney([r._sum.annualValue?.toString() ?? "0"]).toFixed(2),
    };
  };
  const [byDay, windows] = await Promise.all([
    prisma.contract.groupBy({
      by: ["endDate"],
      where: { AND: [scope, endingWithinMonthsWhere(12, day)] },
      _count: true,
      _sum: { annualValue: true },
      orderBy: { endDate: "asc" },
    }),
    Promise.all(PIPELINE_WINDOWS.map(within)),
  ]);
  const months = new Map<number, { count: number; values: string[] }>();
  for (const g of byDay) {
    const key = Date.UTC(g.endDate.getUTCFullYear(), g.endDate.getUTCMonth(), 1);
    const m = months.get(key) ?? { count: 0, values: [] };
    m.count += g._count;
    m.values.push(g._sum.annualValue?.toString() ?? "0");
    months.set(key, m);
  }
  return {
    months: [...months].map(([month, m]): PipelineMonth => ({
      month: new Date(month),
      count: m.count,
      annualValue: sumMoney(m.values).toFixed(2),
    })),
    windows,
  };
}

/** One contract for the council (or, for a provider, for its own organisation). */
export async function getContract(actor: Actor, contractId: string) {
  const contract = await prisma.contract.findFirst({
    where: { AND: [contractScopeWhere(actor), { id: contractId }] },
    include: {
      organisation: { select: { name: true } },
      serviceType: { select: { name: true } },
      districts: { select: { name: true }, orderBy: { name: "asc" } },
      tender: { select: { id: true, reference: true } },
      variations: { orderBy: { effectiveDate: "desc" } },
      kpis: {
        orderBy: { position: "asc" },
        include: {
          actuals: {
            select: {
              value: true,
              outcomeReturn: {
                select: { status: true, returnPeriod: { select: { label: true, startDate: true } } },
              },
            },
          },
        },
      },
      returnPeriods: {
        orderBy: { startDate: "asc" },
        select: {
          id: true,
          label: true,
          startDate: true,
          endDate: true,
          dueDate: true,
          outcomeReturn: { select: { status: true, submittedAt: true } },
        },
      },
    },
  });
  if (!contract) throw new NotFoundError("The contract");
  return contract;
}

/**
 * Current contracts (started or mobilising, not ended or terminated) by their RAG, in one grouped
 * query, for the commissioner's performance summary; each tile opens the list `?rag=` of its RAG.
 */
export async function ragSummary(actor: Actor, today = new Date()) {
  const rows = await prisma.contract.groupBy({
    by: ["currentRag"],
    where: { AND: [contractScopeWhere(actor), currentContractWhere(today)] },
    _count: true,
  });
  const count = (rag: Rag | null) => rows.find((r) => r.currentRag === rag)?._count ?? 0;
  return { RED: count("RED"), AMBER: count("AMBER"), GREEN: count("GREEN"), NONE: count(null) };
}
