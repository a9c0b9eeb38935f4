import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import { requirePageActor } from "@/lib/auth/session";
import {
  listDistrictPopulation,
  type CouncilPopulation,
} from "@/lib/data/population/list-district-population";
import { AGE_BANDS } from "@/lib/domain/age-band";
import {
  AGE_BAND_CSV,
  POPULATION_COLUMNS,
  POPULATION_MAX,
  POPULATION_YEAR_MAX,
  POPULATION_YEAR_MIN,
} from "@/lib/domain/parse-population-csv";
import { POPULATION_FILE_MAX_BYTES } from "@/lib/schemas/population";
import { PageHeading, SectionHeading } from "@/components/ui/heading";
import { Details } from "@/components/ui/details";
import { Table } from "@/components/ui/table";
import { PopulationImportForm } from "./population-import-form";

export const metadata: Metadata = { title: "Population data" };

const count = (n: number) => n.toLocaleString("en-GB");

/** A CSV to start from: every district and age band, with the latest figures held (or blank). */
function templateHref({ districts, years }: CouncilPopulation): string {
  const latest = years[0];
  const year = latest?.year ?? new Date().getUTCFullYear();
  const csv = Papa.unparse({
    fields: [...POPULATION_COLUMNS],
    data: districts.flatMap((d) =>
      AGE_BANDS.map((b) => {
        const held = latest?.rows.find((r) => r.code === d.code)?.bands[b.band];
        return [d.code, AGE_BAND_CSV[b.band], year, held ?? ""];
      }),
    ),
  });
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}

export default async function PopulationPage() {
  const actor = await requirePageActor("read:population:council", { role: "ADMIN" });
  const population = await listDistrictPopulation(actor);
  const bandList = AGE_BANDS.map((b) => AGE_BAND_CSV[b.band]).join(", ");

  return (
    <>
      <PageHeading caption={actor.councilName}>Population data</PageHeading>
      <p className="mb-6 max-w-[75ch]">
        The needs statistics use these figures to show how many children and young people on the register
        there are for every 1,000 living in each district and age band.
      </p>

      <SectionHeading>Import figures from a CSV file</SectionHeading>
      {population.districts.length === 0 ? (
        <p className="mb-8">Your council has no districts yet, so there is nothing to import figures for.</p>
      ) : (
        <>
          <Details summary="What the file must contain">
            <p className="mb-3">
              The first row names the columns: {POPULATION_COLUMNS.join(", ")} (in any order). Then one row
              for each district, age band and year:
            </p>
            <ul className="mb-3 list-disc space-y-1 pl-6">
              <li>
                district_code: one of your council&apos;s codes:{" "}
                {population.districts.map((d) => `${d.code} (${d.name})`).join(", ")}
              </li>
              <li>age_band: {bandList}</li>
              <li>
                year: from {POPULATION_YEAR_MIN} to {POPULATION_YEAR_MAX}
              </li>
              <li>population: a whole number from 0 to {count(POPULATION_MAX)}, without commas</li>
            </ul>
            <p className="mb-3">For example:</p>
            <pre className="mb-3 overflow-x-auto bg-panel p-3 font-mono text-base">
              {`${POPULATION_COLUMNS.join(",")}\n${population.districts[0].code},5-10,2025,8420`}
            </pre>
            <p>
              A figure for a district, age band and year that is already held is replaced. Figures not in the
              file stay as they are. If any row is wrong, nothing is saved.
            </p>
          </Details>
          <p className="mb-6">
            <a href={templateHref(population)} download="population-figures.csv">
              Download a CSV of your districts and age bands
              {population.years[0] ? ` with the ${population.years[0].year} figures` : ""}
            </a>{" "}
            to fill in or change.
          </p>
          <PopulationImportForm submissionKey={randomUUID()} maxBytes={POPULATION_FILE_MAX_BYTES} />
        </>
      )}

      <SectionHeading>Figures held</SectionHeading>
      {population.years.length === 0 ? (
        <p className="mb-8">No population figures are held yet. Import a CSV file to add them.</p>
      ) : (
        population.years.map(({ year, rows }) => (
          <Table
            key={year}
            caption={`Population in ${year}`}
            captionSize="s"
            head={["District", ...AGE_BANDS.map((b) => `Aged ${b.label}`), "Total"]}
            numericColumns={[1, 2, 3, 4, 5]}
            firstCellIsHeader
            rows={rows.map((r) => [
              `${r.name} (${r.code})`,
              ...AGE_BANDS.map((b) => {
                const n = r.bands[b.band];
                return n === null ? "Not held" : count(n);
              }),
              r.total === null ? "Not all held" : count(r.total),
            ])}
          />
        ))
      )}
    </>
  );
}
