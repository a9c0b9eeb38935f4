import { AppError } from "../errors";

/**
 * No lost updates (issue 19): a record people edit carries `editVersion`, the form sends the one it
 * was opened with, and the save, under the record's row lock, refuses a form opened before someone
 * else's save. The message says what happened and what to do; nothing is changed.
 */
export function checkEditVersion(current: number, sent: number, what: string) {
  if (current !== sent) throw editConflict(what);
}

/** The refusal itself, for a record someone else created first (a bid, a return, saved at once by two people). */
export function editConflict(what: string) {
  return new AppError(
    "CONFLICT",
    `${what} was changed by someone else after you opened this page, so your changes were not saved. Reload the page to see the latest, then make your changes again.`,
  );
}
