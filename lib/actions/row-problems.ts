/**
 * A file's row-by-row problems in FormState. fieldErrors carries strings only, so each problem
 * travels as `row-0`, `row-1`, … beside the field's own message. No zod here: the form imports it.
 */
export const ROW_PROBLEMS_SHOWN = 100;
const ROW_PROBLEM_KEY = /^row-(\d+)$/;

export const isRowProblemKey = (key: string) => ROW_PROBLEM_KEY.test(key);

/** The first ROW_PROBLEMS_SHOWN messages as field errors. */
export function rowProblemFields(messages: readonly string[]): Record<string, string> {
  return Object.fromEntries(messages.slice(0, ROW_PROBLEMS_SHOWN).map((m, i) => [`row-${i}`, m]));
}

/** The row problems in a FormState's fieldErrors, in file order. */
export function readRowProblems(fieldErrors: Record<string, string> | undefined): string[] {
  return Object.entries(fieldErrors ?? {})
    .map(([key, message]) => ({ index: ROW_PROBLEM_KEY.exec(key)?.[1], message }))
    .filter((p): p is { index: string; message: string } => p.index !== undefined)
    .sort((a, b) => Number(a.index) - Number(b.index))
    .map((p) => p.message);
}
