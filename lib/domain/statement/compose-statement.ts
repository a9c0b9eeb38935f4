import type { StatementContent, StatementTypeText } from "../../schemas/statement";
import { summariseCarersOutcomes, type CarersObservation } from "./summarise-carers-outcomes";

/** The council's words, as in the draft. */
export interface StatementText {
  introduction: string;
  howToGet: string;
  reviewDate: Date | null;
  types: StatementTypeText[];
}

/** The live facts a statement is built from, read by lib/data/statement/gather-statement-figures.ts. */
export interface StatementFigures {
  councilName: string;
  threshold: number;
  /** Every type of service, in the order the portal lists them. */
  serviceTypes: { code: string; name: string }[];
  listingsByType: Map<string, number>;
  liveContractsByType: Map<string, { count: number; providers: string[] }>;
  carers: CarersObservation[];
  youSaidWeDid: { youSaid: string; weDid: string; publishedAt: Date }[];
  now: Date;
}

/**
 * The statement as families read it: the council's text with the figures of the day. A type of
 * service appears when it has a published listing, a live contract or eligibility text; one with
 * none of these says nothing to a family. Pure, so a published version stores exactly what the
 * preview showed.
 */
export function composeStatement(text: StatementText, f: StatementFigures): StatementContent {
  const carers = summariseCarersOutcomes(f.carers, f.threshold);
  const words = new Map(text.types.map((t) => [t.code, t]));
  const types = f.serviceTypes
    .map((st) => {
      const w = words.get(st.code);
      const live = f.liveContractsByType.get(st.code);
      return {
        code: st.code,
        name: st.name,
        eligibility: w?.eligibility ?? "",
        access: w?.access ?? ("EITHER" as const),
        listings: f.listingsByType.get(st.code) ?? 0,
        liveContracts: live?.count ?? 0,
        providers: [...new Set(live?.providers ?? [])].sort((a, b) => a.localeCompare(b)),
        carers: carers.byType.get(st.code) ?? [],
      };
    })
    .filter((t) => t.listings > 0 || t.liveContracts > 0 || t.eligibility.trim() !== "");
  return {
    councilName: f.councilName,
    introduction: text.introduction,
    howToGet: text.howToGet,
    reviewDate: text.reviewDate ? text.reviewDate.toISOString().slice(0, 10) : null,
    generatedAt: f.now.toISOString(),
    threshold: Math.max(1, Math.floor(f.threshold)),
    types,
    carers: carers.overall,
    youSaidWeDid: f.youSaidWeDid.map((y) => ({
      youSaid: y.youSaid,
      weDid: y.weDid,
      publishedAt: y.publishedAt.toISOString(),
    })),
  };
}
