import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { formatPopulationCsv } from "../../domain/parse-population-csv";
import {
  countPopulationChanges,
  matchPopulationFigures,
  type MatchedFigure,
  type PopulationChangeCounts,
} from "./match-population-figures";

export interface PopulationPreview extends PopulationChangeCounts {
  /** The checked figures as CSV, sent back on import and checked again there. */
  csv: string;
  ignoredColumns: string[];
  figures: Omit<MatchedFigure, "districtId">[];
}

/** What importing a population CSV would save for the actor's council. Saves nothing. */
export async function previewPopulation(actor: Actor, text: string): Promise<PopulationPreview> {
  const { figures, ignoredColumns } = await matchPopulationFigures(prisma, actor, text);
  return {
    ...countPopulationChanges(figures),
    csv: formatPopulationCsv(figures),
    ignoredColumns,
    figures: figures.map(({ districtId: _id, ...f }) => f),
  };
}
