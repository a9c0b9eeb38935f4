import { parsePopulationCsv, type PopulationFigure } from "../../domain/parse-population-csv";
import { CsvFileError } from "../../spreadsheets/csv-file-error";

/** Every figure in the file, or a CsvFileError with every problem: never some of the rows. */
export function checkPopulationCsv(
  text: string,
  districtCodes: readonly string[],
): { figures: PopulationFigure[]; ignoredColumns: string[] } {
  const result = parsePopulationCsv(text, districtCodes);
  if (!result.ok) throw new CsvFileError(result);
  return result;
}
