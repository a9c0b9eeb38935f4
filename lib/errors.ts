/**
 * Expected failures, each with a code and a message a person can act on.
 * Actions turn them into form state; pages turn NOT_FOUND into a 404.
 * Nothing internal (stack, SQL, other records' ids) goes in a message.
 */
export type AppErrorCode = "NOT_FOUND" | "NOT_ALLOWED" | "CONFLICT" | "INVALID" | "THROTTLED";

/** A problem with one row of an uploaded file; `row` as a spreadsheet numbers it (headings are row 1). */
export interface RowProblem {
  row: number;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** Field-level messages, keyed by form field name. */
    readonly fieldErrors?: Record<string, string>,
    /** Row-level messages of an uploaded file, in file order. */
    readonly rowProblems?: RowProblem[],
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Out-of-scope and missing records look the same, so ids cannot be probed. */
export class NotFoundError extends AppError {
  constructor(what = "The page or record") {
    super("NOT_FOUND", `${what} could not be found.`);
  }
}

export class NotAllowedError extends AppError {
  constructor() {
    super("NOT_ALLOWED", "You do not have permission to do that.");
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
