import type { Actor } from "../../auth/actor";
import { prisma, type Prisma } from "../../db";
import { NotFoundError } from "../../errors";
import { addMonths, startOfUtcDay } from "../../domain/dates";
import { sumMoney } from "../../domain/money";
import type { ContractStatus } from "../../domain/contract-status";
import type { Rag } from "../../domain/rag";
import { pageOf } from "../paging";

export const CONTRACT_PAGE_SIZE = 25;

/** The SQL form of a derived status on a day (see lib/domain/contract-status.ts, which this mirrors). */
export function statusWhere(status: ContractStatus, today: Date): Prisma.ContractWhereInput {
  const day = startOfUtcDay(today);
  const sixMonths = addMonths(day, 6);
  const notTerminated: Prisma.ContractWhereInput = {
    OR: [{ terminatedAt: null }, { terminatedAt: { gt: day } }],
  };
  switch (status) {
    case "TERMINATED":
      return { terminatedAt: { lte: day } };
    case "MOBILISING":
      return { AND: [notTerminated, { startDate: { gt: day } }] };
    case "ENDED":
      return { AND: [notTerminated, { endDate: { lt: day } }] };
    case "ENDING":
      return { AND: [notTerminated, { startDate: { lte: day } }, { endDate: { gte: day, lte: sixMonths } }] };
    case "IN_EXTENSION":
      return {
        AND: [
          notTerminated,
          { startDate: { lte: day } },
          { endDate: { gt: sixMonths } },
          { originalEndDate: { lt: day } },
        ],
      };
    case "LIVE":
      return {
        AND: [
          notTerminated,
          { startDate: { lte: day } },
          { endDate: { gt: sixMonths } },
          { originalEndDate: { gte: day } },
        ],
      };
  }
}

export interface ContractFilter {
  status?: ContractStatus;
  organisationId?: string;
  serviceTypeId?: string;
  districtId?: string;
  /** A RAG, or NONE for contracts with no accepted result yet. */
  rag?: Rag | "NONE";
  page: number;
}

export async function listContracts(actor: Actor, filter: ContractFilter, today = new Date()) {
  const where: Prisma.ContractWhereInput = {
    councilId: actor.councilId,
    ...(actor.role === "PROVIDER" && { organisationId: actor.organisationId ?? "none" }),
    ...(filter.organisationId && { organisationId: filter.organisationId }),
    ...(filter.serviceTypeId && { serviceTypeId: filter.serviceTypeId }),
    ...(filter.districtId && { districts: { some: { id: filter.districtId } } }),
    ...(filter.status && statusWhere(filter.status, today)),
    ...(filter.rag && { currentRag: filter.rag === "NONE" ? null : filter.rag }),
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

/**
 * Contracts ending in each of the next 12 months (terminated ones excluded), counted and valued
 * in one grouped query, so a council with 160 agreements ending on one day sees it a year ahead.
 */
export async function expiryPipeline(actor: Actor, today = new Date()) {
  const day = startOfUtcDay(today);
  const until = addMonths(day, 12);
  const rows = await prisma.$queryRaw<{ month: Date; count: bigint; value: string }[]>`
    SELECT date_trunc('month', "endDate")::date AS month, count(*) AS count, sum("annualValue")::text AS value
    FROM "Contract"
    WHERE "councilId" = ${actor.councilId} AND "endDate" >= ${day} AND "endDate" < ${until}
      AND ("terminatedAt" IS NULL OR "terminatedAt" > ${day})
    GROUP BY 1 ORDER BY 1`;
  const months: PipelineMonth[] = rows.map((r) => ({
    month: r.month,
    count: Number(r.count),
    annualValue: r.value,
  }));
  const within = (n: number) => {
    const limit = addMonths(day, n);
    const inside = rows.filter((r) => r.month < limit);
    return {
      months: n,
      count: inside.reduce((s, r) => s + Number(r.count), 0),
      annualValue: sumMoney(inside.map((r) => r.value)).toFixed(2),
    };
  };
  return { months, windows: [within(3), within(6), within(12)] };
}

/** One contract for the council (or, for a provider, for its own organisation). */
export async function getContract(actor: Actor, contractId: string) {
  const contract = await prisma.contract.findFirst({
    where: {
      id: contractId,
      councilId: actor.councilId,
      ...(actor.role === "PROVIDER" && { organisationId: actor.organisationId ?? "none" }),
    },
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
 * query, for the commissioner's performance summary.
 */
export async function ragSummary(actor: Actor, today = new Date()) {
  const day = startOfUtcDay(today);
  const rows = await prisma.contract.groupBy({
    by: ["currentRag"],
    where: {
      councilId: actor.councilId,
      endDate: { gte: day },
      OR: [{ terminatedAt: null }, { terminatedAt: { gt: day } }],
    },
    _count: true,
  });
  const count = (rag: Rag | null) => rows.find((r) => r.currentRag === rag)?._count ?? 0;
  return { RED: count("RED"), AMBER: count("AMBER"), GREEN: count("GREEN"), NONE: count(null) };
}
