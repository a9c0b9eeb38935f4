import { Decimal } from "decimal.js";
import { OCDS_LICENSE, OCDS_VERSION, ocidPrefix } from "./ocds-package";

/**
 * OCDS 1.1 releases for the whole contracting process of a council's short breaks: one release per
 * stage as it happened (planning, tender, award, contract, implementation), each dated when that
 * stage happened, so a release package can be paged by date and a process compiled into a record.
 * Public facts only: never bids, scores, unsuccessful bidders, children or personal budgets.
 */

export interface OcdsCouncil {
  name: string;
  slug: string;
  /** The council's registered prefix; null uses the portal's default. */
  ocidPrefix: string | null;
}

type Amount = { toString(): string };

export interface OcdsSpecification {
  reference: string;
  version: number;
  title: string;
  summary: string;
  maxAnnualValue: Amount;
  termMonths: number;
  approvedAt: Date;
  serviceType: { code: string; name: string };
}

export interface OcdsTender {
  reference: string;
  title: string;
  description: string;
  status: "DRAFT" | "PUBLISHED" | "CLOSED" | "IN_EVALUATION" | "AWARDED" | "CANCELLED";
  estimatedValue: Amount;
  /** Null never reaches here: only published tenders are public. */
  publishedAt: Date;
  clarificationDeadline: Date;
  submissionDeadline: Date;
  evaluationEndsAt: Date;
  updatedAt: Date;
  cancelledReason: string | null;
  criteria: { title: string; weight: number }[];
  submittedBids: number;
}

export interface OcdsAward {
  id: string;
  status: "PROPOSED" | "STANDSTILL" | "CONFIRMED" | "CANCELLED" | "RETURNED";
  decidedAt: Date;
  standstillEndsAt: Date | null;
  value: Amount;
  supplier: { id: string; name: string };
}

export interface OcdsContract {
  reference: string;
  title: string;
  totalValue: Amount;
  startDate: Date;
  endDate: Date;
  terminatedAt: Date | null;
  signedAt: Date;
  supplier: { id: string; name: string };
  /** Spend under the contract (ContractPayment): never personal budget payments. */
  payments: { reference: string; amount: Amount; paidOn: Date }[];
  /** Each KPI's accepted result for a return period. */
  milestones: {
    id: string;
    title: string;
    dueDate: Date;
    acceptedAt: Date;
    rag: "GREEN" | "AMBER" | "RED";
  }[];
}

/** One contracting process: a specification, the tender from it, its award and contract(s), or a contract on its own. */
export interface OcdsProcess {
  /** The process's own key, unique in the council: a tender's reference, else the specification's or contract's. */
  key: string;
  specification: OcdsSpecification | null;
  tender: OcdsTender | null;
  award: OcdsAward | null;
  contracts: OcdsContract[];
}

export function councilOcidPrefix(council: OcdsCouncil): string {
  return council.ocidPrefix?.trim() || ocidPrefix();
}

export function processOcid(council: OcdsCouncil, key: string): string {
  return `${councilOcidPrefix(council)}-${council.slug}-${key}`;
}

const money = (amount: Amount) => ({ amount: new Decimal(amount.toString()).toNumber(), currency: "GBP" });
const iso = (d: Date) => d.toISOString();

const TENDER_STATUS = {
  DRAFT: "planning",
  PUBLISHED: "active",
  CLOSED: "active",
  IN_EVALUATION: "active",
  AWARDED: "complete",
  CANCELLED: "cancelled",
} as const;

const MILESTONE_STATUS = { GREEN: "met", AMBER: "partiallyMet", RED: "notMet" } as const;

export type OcdsRelease = Record<string, unknown> & { ocid: string; id: string; date: string; tag: string[] };

/** Every release of one process, oldest first. */
export function processReleases(council: OcdsCouncil, p: OcdsProcess): OcdsRelease[] {
  const ocid = processOcid(council, p.key);
  const buyer = { id: `council-${council.slug}`, name: council.name };
  const base = (stage: string, date: Date, tag: string[], parties: object[] = []) => ({
    ocid,
    id: `${ocid}-${stage}-${iso(date)}`,
    date: iso(date),
    tag,
    initiationType: "tender",
    language: "en",
    buyer,
    parties: [{ ...buyer, roles: ["buyer", "procuringEntity", "payer"] }, ...parties],
  });
  const tenderId = p.tender?.reference ?? p.specification?.reference ?? p.key;
  const releases: OcdsRelease[] = [];

  if (p.specification) {
    const s = p.specification;
    releases.push({
      ...base("planning", s.approvedAt, ["planning"]),
      planning: {
        rationale: s.summary,
        budget: {
          id: `${s.reference}-v${s.version}`,
          description: `Up to the specification's annual limit for ${s.termMonths} months`,
          amount: money(
            new Decimal(s.maxAnnualValue.toString()).mul(s.termMonths).div(12).toDecimalPlaces(2),
          ),
        },
      },
      tender: {
        id: tenderId,
        title: s.title,
        status: "planning",
        mainProcurementCategory: "services",
        items: [item(s.serviceType)],
      },
    });
  }

  if (p.tender) {
    const t = p.tender;
    const closed = t.status !== "PUBLISHED";
    releases.push({
      ...base("tender", t.publishedAt, ["tender"]),
      tender: {
        id: tenderId,
        title: t.title,
        description: t.description,
        status: "active",
        procuringEntity: buyer,
        value: money(t.estimatedValue),
        procurementMethod: "open",
        procurementMethodDetails: "Open tender scored by a panel including young commissioners",
        mainProcurementCategory: "services",
        awardCriteria: "ratedCriteria",
        awardCriteriaDetails: t.criteria.map((c) => `${c.title}: ${c.weight}%`).join("; "),
        submissionMethod: ["electronicSubmission"],
        datePublished: iso(t.publishedAt),
        tenderPeriod: { startDate: iso(t.publishedAt), endDate: iso(t.submissionDeadline) },
        enquiryPeriod: { startDate: iso(t.publishedAt), endDate: iso(t.clarificationDeadline) },
        awardPeriod: { startDate: iso(t.submissionDeadline), endDate: iso(t.evaluationEndsAt) },
        hasEnquiries: true,
        ...(p.specification ? { items: [item(p.specification.serviceType)] } : {}),
      },
    });
    if (closed && t.status !== "CANCELLED")
      releases.push({
        ...base("tenderUpdate", t.submissionDeadline, ["tenderUpdate"]),
        tender: { id: tenderId, status: TENDER_STATUS[t.status], numberOfTenderers: t.submittedBids },
      });
    if (t.status === "CANCELLED")
      releases.push({
        ...base("tenderCancellation", t.updatedAt, ["tenderCancellation"]),
        tender: {
          id: tenderId,
          status: "cancelled",
          ...(t.cancelledReason ? { statusDetails: t.cancelledReason } : {}),
        },
      });
  }

  // An award is public from its standstill: before that it is an internal proposal.
  const award =
    p.award && (p.award.status === "STANDSTILL" || p.award.status === "CONFIRMED") ? p.award : null;
  if (award) {
    const supplier = { id: `organisation-${award.supplier.id}`, name: award.supplier.name };
    releases.push({
      ...base("award", award.decidedAt, ["award"], [{ ...supplier, roles: ["supplier", "payee"] }]),
      awards: [
        {
          id: award.id,
          title: `Award of ${tenderId}`,
          status: award.status === "CONFIRMED" ? "active" : "pending",
          date: iso(award.decidedAt),
          value: money(award.value),
          suppliers: [supplier],
          ...(award.standstillEndsAt
            ? {
                description: `Standstill period until ${iso(award.standstillEndsAt).slice(0, 10)}: the contract is not signed before it ends.`,
                // A local extension field (docs/decisions/0033): OCDS 1.1 has no standstill period of its own.
                standstillPeriod: { startDate: iso(award.decidedAt), endDate: iso(award.standstillEndsAt) },
              }
            : {}),
        },
      ],
    });
  }

  for (const c of p.contracts) {
    const supplier = { id: `organisation-${c.supplier.id}`, name: c.supplier.name };
    const parties = [{ ...supplier, roles: ["supplier", "payee"] }];
    const contractId = c.reference;
    const awardID = award?.id ?? `${contractId}-award`;
    releases.push({
      ...base(`contract-${contractId}`, c.signedAt, ["contract"], parties),
      ...(award
        ? {}
        : { awards: [{ id: awardID, status: "active", suppliers: [supplier], value: money(c.totalValue) }] }),
      contracts: [
        {
          id: contractId,
          awardID,
          title: c.title,
          status: c.terminatedAt ? "terminated" : "active",
          value: money(c.totalValue),
          period: { startDate: iso(c.startDate), endDate: iso(c.endDate) },
          dateSigned: iso(c.signedAt),
        },
      ],
    });
    // Implementation: one release per payment, and one per accepted return's results, each on its own date.
    for (const pay of c.payments)
      releases.push({
        ...base(`implementation-${contractId}-${pay.reference}`, pay.paidOn, ["implementation"], parties),
        contracts: [
          {
            id: contractId,
            awardID,
            implementation: {
              transactions: [
                {
                  id: pay.reference,
                  date: iso(pay.paidOn),
                  value: money(pay.amount),
                  payer: buyer,
                  payee: supplier,
                },
              ],
            },
          },
        ],
      });
    const byAcceptance = new Map<string, OcdsContract["milestones"]>();
    for (const m of c.milestones) {
      const key = iso(m.acceptedAt);
      byAcceptance.set(key, [...(byAcceptance.get(key) ?? []), m]);
    }
    for (const [acceptedAt, ms] of [...byAcceptance].sort(([a], [b]) => a.localeCompare(b)))
      releases.push({
        ...base(`implementation-${contractId}-results`, new Date(acceptedAt), ["implementation"], parties),
        contracts: [
          {
            id: contractId,
            awardID,
            implementation: {
              milestones: ms.map((m) => ({
                id: m.id,
                title: m.title,
                type: "delivery",
                dueDate: iso(m.dueDate),
                status: MILESTONE_STATUS[m.rag],
                dateModified: acceptedAt,
                ...(m.rag === "GREEN" ? { dateMet: acceptedAt } : {}),
              })),
            },
          },
        ],
      });
  }
  return releases.sort(byDateThenId);
}

function item(serviceType: { code: string; name: string }) {
  return {
    id: "1",
    description: serviceType.name,
    classification: {
      scheme: "x_short_breaks_service_type",
      id: serviceType.code,
      description: serviceType.name,
    },
  };
}

export function byDateThenId(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function releasePackageOf(
  council: OcdsCouncil,
  releases: OcdsRelease[],
  uri: string,
  now: Date,
  next?: string,
) {
  return {
    uri,
    version: OCDS_VERSION,
    publishedDate: iso(now),
    publisher: { name: council.name },
    license: OCDS_LICENSE,
    publicationPolicy: "https://standard.open-contracting.org/1.1/en/",
    ...(next ? { links: { next } } : {}),
    releases,
  };
}

type Json = unknown;

/** OCDS merge: objects merge key by key, arrays of objects with ids merge by id, anything else the later wins. */
function merge(into: Json, from: Json): Json {
  if (Array.isArray(from)) {
    if (!Array.isArray(into) || !from.every((x) => x && typeof x === "object" && "id" in x)) return from;
    const out = [...(into as Record<string, unknown>[])];
    for (const x of from as Record<string, unknown>[]) {
      const at = out.findIndex((y) => y.id === x.id);
      if (at < 0) out.push(x);
      else out[at] = merge(out[at], x) as Record<string, unknown>;
    }
    return out;
  }
  if (from && typeof from === "object") {
    const out: Record<string, unknown> =
      into && typeof into === "object" && !Array.isArray(into) ? { ...(into as object) } : {};
    for (const [k, v] of Object.entries(from)) out[k] = merge(out[k], v);
    return out;
  }
  return from;
}

/** A process's record: its releases (linked) and the compiled release that merges them in date order. */
export function compileRecord(ocid: string, releases: OcdsRelease[], packageUri: string) {
  const sorted = [...releases].sort(byDateThenId);
  let compiled: Record<string, unknown> = {};
  for (const r of sorted) {
    const { tag: _tag, id: _id, ...rest } = r;
    compiled = merge(compiled, rest) as Record<string, unknown>;
  }
  const last = sorted[sorted.length - 1];
  return {
    ocid,
    releases: sorted.map((r) => ({ url: `${packageUri}#${r.id}`, date: r.date, tag: r.tag })),
    compiledRelease: { ...compiled, ocid, id: `${ocid}-compiled`, date: last?.date, tag: ["compiled"] },
  };
}
