import type { Tx } from "../../db";
import { councilServiceTypeOptions } from "../service-types/council-service-type-options";
import { currentContractWhere } from "../contracts/contract-predicates";
import { publishedListingScope } from "../directory/directory-predicates";
import type { StatementFigures } from "../../domain/statement/compose-statement";
import type { CarersObservation } from "../../domain/statement/summarise-carers-outcomes";

/** How many "You said, we did" actions a statement quotes (the newest published). */
export const STATEMENT_YOU_SAID_WE_DID = 6;

/**
 * The live facts behind a council's statement: published listings and current contracts by type,
 * the latest accepted outcome return of each current contract (its percentage outcome measures,
 * such as the share of parents who feel supported, with the families it covered), and the newest
 * published "You said, we did". Public facts and counts only; takes a client so publishing reads
 * them inside its transaction.
 */
export async function gatherStatementFigures(
  db: Tx,
  councilId: string,
  now: Date,
): Promise<StatementFigures> {
  const current = { AND: [{ councilId }, currentContractWhere(now)] };
  const [council, serviceTypes, listings, contracts, youSaidWeDid] = await Promise.all([
    db.council.findUniqueOrThrow({
      where: { id: councilId },
      select: { name: true, statisticsThreshold: true },
    }),
    // Every type the council has used (its records may have retired ones), with its labels.
    councilServiceTypeOptions(councilId, "filter", undefined, db),
    db.service.groupBy({
      by: ["serviceTypeId"],
      where: publishedListingScope(councilId),
      _count: { _all: true },
    }),
    db.contract.findMany({
      where: current,
      select: {
        serviceTypeId: true,
        organisation: { select: { name: true } },
        // The latest accepted return only: earlier quarters would count the same families again.
        returns: {
          where: { status: "ACCEPTED" },
          orderBy: { returnPeriod: { endDate: "desc" } },
          take: 1,
          select: {
            familiesSupported: true,
            childrenSupported: true,
            actuals: {
              where: { kpi: { unit: "PERCENT", source: "OUTCOME" } },
              select: { value: true, kpi: { select: { name: true } } },
            },
          },
        },
      },
    }),
    db.youSaidWeDid.findMany({
      where: { councilId, publishedAt: { not: null } },
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: STATEMENT_YOU_SAID_WE_DID,
      select: { youSaid: true, weDid: true, publishedAt: true },
    }),
  ]);
  const codeOf = new Map(serviceTypes.map((t) => [t.id, t.code]));
  const listingsByType = new Map(listings.map((l) => [codeOf.get(l.serviceTypeId)!, l._count._all]));
  const liveContractsByType = new Map<string, { count: number; providers: string[] }>();
  const carers: CarersObservation[] = [];
  for (const c of contracts) {
    const code = codeOf.get(c.serviceTypeId)!;
    const entry = liveContractsByType.get(code) ?? { count: 0, providers: [] };
    entry.count += 1;
    entry.providers.push(c.organisation.name);
    liveContractsByType.set(code, entry);
    const latest = c.returns[0];
    const families = latest?.familiesSupported ?? latest?.childrenSupported ?? 0;
    for (const a of latest?.actuals ?? [])
      carers.push({ serviceTypeCode: code, measure: a.kpi.name, percent: Number(a.value), families });
  }
  return {
    councilName: council.name,
    threshold: council.statisticsThreshold,
    // The statement describes the types the council offers now (decision 0038).
    serviceTypes: serviceTypes.filter((t) => !t.retired).map(({ code, name }) => ({ code, name })),
    listingsByType,
    liveContractsByType,
    carers,
    youSaidWeDid: youSaidWeDid.map((y) => ({
      youSaid: y.youSaid,
      weDid: y.weDid,
      publishedAt: y.publishedAt!,
    })),
    now,
  };
}
