import { AppError } from "../errors";
import type { CsvReadResult } from "./read-csv";

/** At most this many row problems go back to the form; the message says how many there are. */
export const ROW_PROBLEMS_SHOWN = 100;

/**
 * An uploaded CSV that cannot be saved. Carries a message for the file field and the first
 * ROW_PROBLEMS_SHOWN row problems, which the form lists row by row.
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
    super("INVALID", message, { file: message }, result.rowProblems.slice(0, ROW_PROBLEMS_SHOWN));
    this.name = "CsvFileError";
  }
}
