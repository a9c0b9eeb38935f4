import type { Actor } from "../../auth/actor";
import { prisma, type AgeBand } from "../../db";

export interface DistrictPopulationRow {
  code: string;
  name: string;
  /** null where no figure is held for the band. */
  bands: Record<AgeBand, number | null>;
  /** null unless every band is held, so a part-total is never shown as the district's. */
  total: number | null;
}

export interface CouncilPopulation {
  districts: { code: string; name: string }[];
  /** Every year with at least one figure, latest first; each lists every district of the council. */
  years: { year: number; rows: DistrictPopulationRow[] }[];
}

/** The actor's council's population figures by year, district and age band. */
export async function listDistrictPopulation(actor: Actor): Promise<CouncilPopulation> {
  const [districts, figures] = await Promise.all([
    prisma.district.findMany({
      where: { councilId: actor.councilId },
      select: { id: true, code: true, name: true },
      orderBy: [{ name: "asc" }, { code: "asc" }],
    }),
    prisma.districtPopulation.findMany({
      where: { councilId: actor.councilId },
      select: { districtId: true, year: true, ageBand: true, population: true },
    }),
  ]);
  const held = new Map(figures.map((f) => [`${f.districtId}|${f.year}|${f.ageBand}`, f.population]));
  const years = [...new Set(figures.map((f) => f.year))].sort((a, b) => b - a);
  return {
    districts: districts.map(({ code, name }) => ({ code, name })),
    years: years.map((year) => ({
      year,
      rows: districts.map((d) => {
        const band = (b: AgeBand) => held.get(`${d.id}|${year}|${b}`) ?? null;
        const bands: Record<AgeBand, number | null> = {
          AGE_0_4: band("AGE_0_4"),
          AGE_5_10: band("AGE_5_10"),
          AGE_11_15: band("AGE_11_15"),
          AGE_16_19: band("AGE_16_19"),
        };
        const values = Object.values(bands);
        const total = values.every((n) => n !== null) ? values.reduce<number>((sum, n) => sum + n!, 0) : null;
        return { code: d.code, name: d.name, bands, total };
      }),
    })),
  };
}
