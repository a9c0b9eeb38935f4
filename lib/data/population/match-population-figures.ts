import type { Actor } from "../../auth/actor";
import type { Tx } from "../../db";
import { AGE_BANDS } from "../../domain/age-band";
import type { PopulationFigure } from "../../domain/parse-population-csv";
import { checkPopulationCsv } from "./check-population-csv";

export interface MatchedFigure extends Omit<PopulationFigure, "row"> {
  districtId: string;
  districtName: string;
  /** The figure held now for the same district, year and age band; null when the figure is new. */
  previous: number | null;
}

export interface PopulationChangeCounts {
  rows: number;
  districts: number;
  years: number[];
  created: number;
  replaced: number;
  unchanged: number;
}

const BAND_ORDER = new Map(AGE_BANDS.map((b, i) => [b.band, i]));

/**
 * Checks a population CSV against the actor's council's districts and pairs each figure with the
 * one it would replace. Throws CsvFileError when any row is wrong.
 */
export async function matchPopulationFigures(
  db: Tx,
  actor: Actor,
  text: string,
): Promise<{ figures: MatchedFigure[]; ignoredColumns: string[] }> {
  const districts = await db.district.findMany({
    where: { councilId: actor.councilId },
    select: { id: true, code: true, name: true },
  });
  const { figures, ignoredColumns } = checkPopulationCsv(
    text,
    districts.map((d) => d.code),
  );
  const byCode = new Map(districts.map((d) => [d.code, d]));
  const districtIds = [...new Set(figures.map((f) => byCode.get(f.districtCode)!.id))];
  const years = [...new Set(figures.map((f) => f.year))];
  const held = await db.districtPopulation.findMany({
    where: { councilId: actor.councilId, districtId: { in: districtIds }, year: { in: years } },
    select: { districtId: true, year: true, ageBand: true, population: true },
  });
  const heldBy = new Map(held.map((h) => [`${h.districtId}|${h.year}|${h.ageBand}`, h.population]));
  const matched = figures.map(({ row: _row, ...f }) => {
    const district = byCode.get(f.districtCode)!;
    return {
      ...f,
      districtId: district.id,
      districtName: district.name,
      previous: heldBy.get(`${district.id}|${f.year}|${f.ageBand}`) ?? null,
    };
  });
  matched.sort(
    (a, b) =>
      b.year - a.year ||
      a.districtName.localeCompare(b.districtName, "en-GB") ||
      BAND_ORDER.get(a.ageBand)! - BAND_ORDER.get(b.ageBand)!,
  );
  return { figures: matched, ignoredColumns };
}

export function countPopulationChanges(figures: readonly MatchedFigure[]): PopulationChangeCounts {
  return {
    rows: figures.length,
    districts: new Set(figures.map((f) => f.districtId)).size,
    years: [...new Set(figures.map((f) => f.year))].sort((a, b) => b - a),
    created: figures.filter((f) => f.previous === null).length,
    replaced: figures.filter((f) => f.previous !== null && f.previous !== f.population).length,
    unchanged: figures.filter((f) => f.previous === f.population).length,
  };
}
