import { Decimal } from "decimal.js";
import type { PublicTender } from "../../data/public/public-tenders";

/**
 * Open Contracting Data Standard 1.1 releases for a council's tenders, awards and contracts.
 * One compiled-style release per contracting process, tagged with the stages it has reached.
 * Only public facts: no bid content, scores of bidders or names of unsuccessful bidders.
 */

export const OCDS_VERSION = "1.1";
export const OCDS_LICENSE = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

export function ocidPrefix(): string {
  return process.env.OCDS_OCID_PREFIX ?? "ocds-sbp001";
}

interface Council {
  id: string;
  name: string;
  slug: string;
}

const money = (amount: { toString(): string }) => ({
  amount: new Decimal(amount.toString()).toNumber(),
  currency: "GBP",
});

const TENDER_STATUS = {
  DRAFT: "planning",
  PUBLISHED: "active",
  CLOSED: "active",
  IN_EVALUATION: "active",
  AWARDED: "complete",
  CANCELLED: "cancelled",
} as const;

export function tenderRelease(council: Council, t: PublicTender) {
  const ocid = `${ocidPrefix()}-${council.slug}-${t.reference}`;
  const buyer = { id: `council-${council.slug}`, name: council.name };
  const award =
    t.award && (t.award.status === "STANDSTILL" || t.award.status === "CONFIRMED") ? t.award : null;
  const contract = t.contracts[0] ?? null;
  const tag = [
    "tender",
    ...(award ? ["award"] : []),
    ...(contract ? ["contract"] : []),
    ...(t.status === "CANCELLED" ? ["tenderCancellation"] : []),
  ];
  const supplier = award
    ? { id: `organisation-${award.winningBid.organisation.id}`, name: award.winningBid.organisation.name }
    : null;
  const published = t.publishedAt ?? t.updatedAt;
  const closed = Date.now() >= t.submissionDeadline.getTime();
  return {
    ocid,
    id: `${ocid}-${t.updatedAt.toISOString()}`,
    date: t.updatedAt.toISOString(),
    tag,
    initiationType: "tender",
    language: "en",
    parties: [
      { ...buyer, roles: ["buyer", "procuringEntity"] },
      ...(supplier ? [{ ...supplier, roles: ["supplier"] }] : []),
    ],
    buyer,
    tender: {
      id: t.reference,
      title: t.title,
      description: t.description,
      status: TENDER_STATUS[t.status],
      procuringEntity: buyer,
      value: money(t.estimatedValue),
      procurementMethod: "open",
      procurementMethodDetails: "Open tender scored by a panel including young commissioners",
      mainProcurementCategory: "services",
      awardCriteria: "ratedCriteria",
      awardCriteriaDetails: t.criteria.map((c) => `${c.title}: ${c.weight}%`).join("; "),
      submissionMethod: ["electronicSubmission"],
      datePublished: published.toISOString(),
      tenderPeriod: { startDate: published.toISOString(), endDate: t.submissionDeadline.toISOString() },
      enquiryPeriod: { startDate: published.toISOString(), endDate: t.clarificationDeadline.toISOString() },
      awardPeriod: {
        startDate: t.submissionDeadline.toISOString(),
        endDate: t.evaluationEndsAt.toISOString(),
      },
      hasEnquiries: true,
      contractPeriod: { durationInDays: Math.round((t.specificationVersion.termMonths * 365.25) / 12) },
      items: [
        {
          id: "1",
          description: t.specificationVersion.specification.serviceType.name,
          classification: {
            scheme: "x_short_breaks_service_type",
            id: t.specificationVersion.specification.serviceType.code,
            description: t.specificationVersion.specification.serviceType.name,
          },
        },
      ],
      ...(closed && t.status !== "PUBLISHED" ? { numberOfTenderers: t._count.bids } : {}),
    },
    awards: award
      ? [
          {
            id: award.id,
            title: `Award of ${t.reference}`,
            status: award.status === "CONFIRMED" ? "active" : "pending",
            date: (award.youngPanelApprovedAt ?? award.commissionerDecisionAt ?? t.updatedAt).toISOString(),
            value: money(
              new Decimal(award.winningBid.price?.toString() ?? "0")
                .mul(t.specificationVersion.termMonths)
                .div(12)
                .toDecimalPlaces(2),
            ),
            suppliers: [supplier!],
          },
        ]
      : [],
    contracts: contract
      ? [
          {
            id: contract.reference,
            awardID: award?.id ?? "",
            title: t.title,
            status: "active",
            value: money(contract.totalValue),
            period: { startDate: contract.startDate.toISOString(), endDate: contract.endDate.toISOString() },
            dateSigned: contract.createdAt.toISOString(),
          },
        ]
      : [],
  };
}

export function releasePackage(council: Council, tenders: PublicTender[], uri: string, now = new Date()) {
  return {
    uri,
    version: OCDS_VERSION,
    publishedDate: now.toISOString(),
    publisher: { name: council.name },
    license: OCDS_LICENSE,
    publicationPolicy: "https://standard.open-contracting.org/1.1/en/",
    releases: tenders.map((t) => tenderRelease(council, t)),
  };
}
