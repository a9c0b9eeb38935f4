import { prisma, Prisma } from "../../db";
import { ragFor } from "../../domain/rag";
import type { OcdsContract, OcdsCouncil, OcdsProcess } from "../../domain/ocds/process-releases";
import { publiclyVisibleTenderWhere } from "../tenders/publicly-visible";

/** Most processes one feed reads: more than any council holds; the feed pages releases, not processes. */
export const OCDS_PROCESS_LIMIT = 2000;

const specificationSelect = {
  version: true,
  title: true,
  summary: true,
  maxAnnualValue: true,
  termMonths: true,
  approvedAt: true,
  specification: { select: { reference: true, serviceType: { select: { code: true, name: true } } } },
} satisfies Prisma.SpecificationVersionSelect;

const contractSelect = {
  id: true,
  reference: true,
  title: true,
  totalValue: true,
  startDate: true,
  endDate: true,
  terminatedAt: true,
  createdAt: true,
  tenderId: true,
  specificationVersionId: true,
  organisation: { select: { id: true, name: true } },
  // Spend under the contract only: personal budget payments (BudgetPayment) are another table, never read here.
  payments: { orderBy: { paidOn: "asc" }, select: { reference: true, amount: true, paidOn: true } },
  returns: {
    where: { status: "ACCEPTED", acceptedAt: { not: null } },
    select: {
      acceptedAt: true,
      returnPeriod: { select: { label: true, endDate: true } },
      actuals: {
        select: {
          id: true,
          value: true,
          kpi: { select: { name: true, targetPerPeriod: true, greenPercent: true, amberPercent: true } },
        },
      },
    },
  },
} satisfies Prisma.ContractSelect;

type SpecRow = Prisma.SpecificationVersionGetPayload<{ select: typeof specificationSelect }>;
type ContractRow = Prisma.ContractGetPayload<{ select: typeof contractSelect }>;

function specification(s: SpecRow) {
  return {
    reference: s.specification.reference,
    version: s.version,
    title: s.title,
    summary: s.summary,
    maxAnnualValue: s.maxAnnualValue,
    termMonths: s.termMonths,
    approvedAt: s.approvedAt!,
    serviceType: s.specification.serviceType,
  };
}

function contract(c: ContractRow): OcdsContract {
  return {
    reference: c.reference,
    title: c.title,
    totalValue: c.totalValue,
    startDate: c.startDate,
    endDate: c.endDate,
    terminatedAt: c.terminatedAt,
    signedAt: c.createdAt,
    supplier: c.organisation,
    payments: c.payments,
    milestones: c.returns.flatMap((r) =>
      r.actuals.map((a) => ({
        id: a.id,
        title: `${a.kpi.name}, ${r.returnPeriod.label}`,
        dueDate: r.returnPeriod.endDate,
        acceptedAt: r.acceptedAt!,
        rag: ragFor(a.value, a.kpi.targetPerPeriod, a.kpi.greenPercent, a.kpi.amberPercent),
      })),
    ),
  };
}

/**
 * A council's contracting processes, as public as OCDS makes them: each published tender (never a
 * draft, even a cancelled one) with its approved specification, award and contracts; each approved
 * specification not yet publicly tendered (planning only); each contract let without a public
 * tender here (imported), or whose tender is not public. Null when no council has this slug.
 */
export async function listOcdsProcesses(
  slug: string,
): Promise<{ council: OcdsCouncil; processes: OcdsProcess[] } | null> {
  const council = await prisma.council.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true, ocidPrefix: true },
  });
  if (!council) return null;
  const [tenders, specs, contracts] = await Promise.all([
    prisma.tender.findMany({
      where: { AND: [{ councilId: council.id }, publiclyVisibleTenderWhere] },
      orderBy: [{ publishedAt: "asc" }, { reference: "asc" }],
      take: OCDS_PROCESS_LIMIT,
      select: {
        id: true,
        reference: true,
        title: true,
        description: true,
        status: true,
        estimatedValue: true,
        publishedAt: true,
        clarificationDeadline: true,
        submissionDeadline: true,
        evaluationEndsAt: true,
        updatedAt: true,
        cancelledReason: true,
        specificationVersionId: true,
        specificationVersion: { select: specificationSelect },
        criteria: { orderBy: { position: "asc" }, select: { title: true, weight: true } },
        award: {
          select: {
            id: true,
            status: true,
            commissionerDecisionAt: true,
            youngPanelApprovedAt: true,
            proceededAt: true,
            standstillEndsAt: true,
            createdAt: true,
            winningBid: { select: { price: true, organisation: { select: { id: true, name: true } } } },
          },
        },
        _count: { select: { bids: { where: { status: "SUBMITTED" } } } },
      },
    }),
    prisma.specificationVersion.findMany({
      where: { councilId: council.id, approvedAt: { not: null } },
      orderBy: [{ approvedAt: "asc" }, { id: "asc" }],
      take: OCDS_PROCESS_LIMIT,
      select: { id: true, ...specificationSelect },
    }),
    prisma.contract.findMany({
      where: { councilId: council.id },
      orderBy: [{ createdAt: "asc" }, { reference: "asc" }],
      take: OCDS_PROCESS_LIMIT,
      select: contractSelect,
    }),
  ]);

  const tendered = new Set(tenders.map((t) => t.specificationVersionId));
  const tenderIds = new Set(tenders.map((t) => t.id));
  const processes: OcdsProcess[] = tenders.map((t) => {
    const termMonths = t.specificationVersion.termMonths;
    const a = t.award;
    return {
      key: t.reference,
      specification: t.specificationVersion.approvedAt ? specification(t.specificationVersion) : null,
      tender: {
        ...t,
        publishedAt: t.publishedAt!,
        submittedBids: t._count.bids,
      },
      award: a && {
        id: a.id,
        status: a.status,
        decidedAt: a.youngPanelApprovedAt ?? a.proceededAt ?? a.commissionerDecisionAt ?? a.createdAt,
        standstillEndsAt: a.standstillEndsAt,
        value: new Prisma.Decimal(a.winningBid.price?.toString() ?? "0")
          .mul(termMonths)
          .div(12)
          .toDecimalPlaces(2),
        supplier: a.winningBid.organisation,
      },
      contracts: contracts.filter((c) => c.tenderId === t.id).map(contract),
    };
  });
  for (const s of specs)
    if (!tendered.has(s.id))
      processes.push({
        key: `${s.specification.reference}-v${s.version}`,
        specification: specification(s),
        tender: null,
        award: null,
        contracts: contracts.filter((c) => !c.tenderId && c.specificationVersionId === s.id).map(contract),
      });
  // Every contract is in exactly one process: its public tender's, its untendered specification's, or its own.
  const inSpecProcess = new Set(specs.filter((s) => !tendered.has(s.id)).map((s) => s.id));
  const placed = (c: (typeof contracts)[number]) =>
    (c.tenderId !== null && tenderIds.has(c.tenderId)) ||
    (c.tenderId === null && c.specificationVersionId !== null && inSpecProcess.has(c.specificationVersionId));
  for (const c of contracts)
    if (!placed(c))
      processes.push({
        key: c.reference,
        specification: null,
        tender: null,
        award: null,
        contracts: [contract(c)],
      });
  return { council, processes };
}
