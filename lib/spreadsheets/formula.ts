/**
 * Spreadsheet formula injection, both ways (OWASP's "CSV injection"). A cell a spreadsheet would
 * run as a formula starts with = + - @, a tab or a carriage return.
 */

/** The first character of text a spreadsheet would run as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would run as a formula, made plain text with a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A trimmed cell read from an uploaded file that is a formula, never a value: = or @ first, or
 * + and - not followed by a digit or a point (so -5 is still a negative number).
 */
export function looksLikeFormula(value: string): boolean {
  return /^[=@]/.test(value) || /^[+-](?![\d.])/.test(value);
}
