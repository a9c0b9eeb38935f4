import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { recordAudit } from "../audit/record-audit";
import { claimSubmission } from "../claim-submission";
import {
  countPopulationChanges,
  matchPopulationFigures,
  type PopulationChangeCounts,
} from "./match-population-figures";

export type ImportPopulationResult =
  | { imported: true; counts: PopulationChangeCounts }
  /** The same form was sent before: its import stands and nothing more was saved. */
  | { imported: false };

function describeYears(years: number[]): string {
  if (years.length === 1) return `year ${years[0]}`;
  if (years.length <= 5) return `years ${[...years].sort((a, b) => a - b).join(", ")}`;
  return `${years.length} years from ${Math.min(...years)} to ${Math.max(...years)}`;
}

/**
 * Saves the population figures of a CSV for the actor's council, all in one transaction or none:
 * the file is checked again here, whatever the preview said. Each (district, year, age band)
 * figure is inserted or replaces the one held. A repeated submission key saves nothing more.
 */
export async function importPopulation(
  actor: Actor,
  input: { submissionKey: string; csv: string },
): Promise<ImportPopulationResult> {
  return prisma.$transaction(
    async (tx): Promise<ImportPopulationResult> => {
      const claim = await claimSubmission(tx, input.submissionKey, actor, "population:import");
      if (!claim.first) return { imported: false };

      const { figures } = await matchPopulationFigures(tx, actor, input.csv);
      const changed = figures.filter((f) => f.previous !== f.population);
      if (changed.length > 0) {
        // One statement for the whole file: up to 20,000 single upserts would outlast the transaction.
        await tx.$executeRaw`
          INSERT INTO "DistrictPopulation" ("id", "councilId", "districtId", "year", "ageBand", "population")
          SELECT gen_random_uuid()::text, ${actor.councilId}, f.district_id, f.year, f.age_band::"AgeBand", f.population
          FROM unnest(
            ${changed.map((f) => f.districtId)}::text[],
            ${changed.map((f) => f.year)}::int[],
            ${changed.map((f) => f.ageBand)}::text[],
            ${changed.map((f) => f.population)}::int[]
          ) AS f(district_id, year, age_band, population)
          ON CONFLICT ("districtId", "year", "ageBand") DO UPDATE SET "population" = EXCLUDED."population"`;
      }

      const counts = countPopulationChanges(figures);
      await recordAudit(tx, actor, {
        action: "population:import",
        entityType: "DistrictPopulation",
        summary:
          `Imported population figures: ${counts.rows} rows for ${counts.districts} ` +
          `${counts.districts === 1 ? "district" : "districts"}, ${describeYears(counts.years)} ` +
          `(${counts.created} new, ${counts.replaced} replaced, ${counts.unchanged} unchanged)`,
        metadata: { ...counts },
      });
      return { imported: true, counts };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
