import { AppError } from "../../errors";
import {
  parsePopulationCsv,
  type PopulationCsvResult,
  type PopulationFigure,
} from "../../domain/parse-population-csv";
import { ROW_PROBLEMS_SHOWN, rowProblemFields } from "../../actions/row-problems";

type Failed = Extract<PopulationCsvResult, { ok: false }>;

/**
 * A population file that cannot be saved. Carries a message for the file field and one field
 * error per wrong row (see rowProblemFields), so the form can list them row by row.
 */
export class PopulationCsvError extends AppError {
  constructor(readonly result: Failed) {
    const count = result.rowProblems.length;
    const message =
      result.fileProblem ??
      (count === 1
        ? "The selected file has 1 problem, listed below. Fix it and choose the file again"
        : count > ROW_PROBLEMS_SHOWN
          ? `The selected file has ${count.toLocaleString("en-GB")} problems. The first ${ROW_PROBLEMS_SHOWN} are listed below: fix them all and choose the file again`
          : `The selected file has ${count} problems, listed below. Fix them and choose the file again`);
    super("INVALID", message, {
      file: message,
      ...rowProblemFields(result.rowProblems.map((p) => p.message)),
    });
    this.name = "PopulationCsvError";
  }
}

/** Every figure in the file, or a PopulationCsvError with every problem: never some of the rows. */
export function checkPopulationCsv(
  text: string,
  districtCodes: readonly string[],
): { figures: PopulationFigure[]; ignoredColumns: string[] } {
  const result = parsePopulationCsv(text, districtCodes);
  if (!result.ok) throw new PopulationCsvError(result);
  return result;
}
