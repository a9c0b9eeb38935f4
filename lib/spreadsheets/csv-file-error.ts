import { AppError } from "../errors";
import { ROW_PROBLEMS_SHOWN, rowProblemFields } from "../actions/row-problems";
import type { CsvReadResult } from "./read-csv";

/**
 * An uploaded CSV that cannot be saved. Carries a message for the file field and one field error
 * per wrong row (see rowProblemFields), so the form can list them row by row.
 */
export class CsvFileError extends AppError {
  constructor(readonly result: Extract<CsvReadResult<unknown>, { ok: false }>) {
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
    this.name = "CsvFileError";
  }
}
