import { prisma } from "../../db";
import { publiclyVisibleTenderWhere } from "../tenders/publicly-visible";
import { labelled, serviceTypeOf } from "../service-types/labelled-service-type";

export const PUBLIC_TENDER_LIMIT = 500;

/**
 * A council's tenders once published (never drafts, even cancelled ones), newest first, with what is public about
 * them: timeline, criteria and weights, and — once awarded — the supplier, value and contract.
 * Bids, scores and the names of unsuccessful bidders are never part of it.
 */
export async function listPublicTenders(slug: string) {
  const council = await prisma.council.findUnique({
    where: { slug },
    select: { id: true, name: true, slug: true },
  });
  if (!council) return null;
  const tenders = await prisma.tender.findMany({
    where: { AND: [{ councilId: council.id }, publiclyVisibleTenderWhere] },
    orderBy: [{ publishedAt: "desc" }, { reference: "asc" }],
    take: PUBLIC_TENDER_LIMIT,
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
      criteria: { orderBy: { position: "asc" }, select: { kind: true, title: true, weight: true } },
      specificationVersion: {
        select: {
          termMonths: true,
          specification: { select: { serviceType: serviceTypeOf(council.id) } },
        },
      },
      award: {
        select: {
          id: true,
          status: true,
          commissionerDecisionAt: true,
          youngPanelApprovedAt: true,
          standstillEndsAt: true,
          contractId: true,
          winningBid: { select: { price: true, organisation: { select: { id: true, name: true } } } },
        },
      },
      contracts: {
        select: {
          id: true,
          reference: true,
          totalValue: true,
          startDate: true,
          endDate: true,
          createdAt: true,
        },
      },
      _count: { select: { bids: { where: { status: "SUBMITTED" } } } },
    },
  });
  return {
    council,
    tenders: tenders.map(({ specificationVersion: { specification, ...version }, ...t }) => ({
      ...t,
      specificationVersion: {
        ...version,
        // The council's label; the code is the national one (decision 0038).
        specification: { serviceType: labelled(specification.serviceType) },
      },
    })),
  };
}

export type PublicTender = NonNullable<Awaited<ReturnType<typeof listPublicTenders>>>["tenders"][number];
