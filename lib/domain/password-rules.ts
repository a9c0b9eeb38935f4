import { COMMON_PASSWORDS } from "./common-passwords";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const PASSWORD_TOO_SHORT = `Password must be ${PASSWORD_MIN_LENGTH} characters or more`;
export const PASSWORD_TOO_LONG = `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`;
export const PASSWORD_TOO_COMMON =
  "This password is too easy to guess. Try three random words together, like ‘teapot window river’";

const common = new Set(COMMON_PASSWORDS);

/** The password with spaces dropped, and digits and symbols taken off both ends. */
function core(password: string): string {
  return password
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/^[^a-z]+|[^a-z]+$/g, "");
}

function isRepeat(s: string): boolean {
  // One run of characters said again and again: "aaaaaaaaaaaa", "abcabcabcabc", "letmeinletmein".
  return /^(.+?)\1+$/.test(s);
}

/**
 * The NCSC's advice (issue 17): at least 12 characters, not a common password, and no composition
 * rules (no "one capital, one digit"). Returns what is wrong, or null if the password may be used.
 */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return PASSWORD_TOO_SHORT;
  if (password.length > PASSWORD_MAX_LENGTH) return PASSWORD_TOO_LONG;
  const plain = password.toLowerCase().replace(/\s+/g, "");
  const word = core(password);
  if (common.has(plain) || common.has(word)) return PASSWORD_TOO_COMMON;
  // Nothing but digits and symbols ("123456789012!") is as weak as it is long.
  if (word === "") return PASSWORD_TOO_COMMON;
  if (isRepeat(plain) || isRepeat(word)) {
    const unit = (plain.match(/^(.+?)\1+$/) ?? word.match(/^(.+?)\1+$/))![1]!;
    if (unit.length <= 4 || common.has(unit) || common.has(core(unit))) return PASSWORD_TOO_COMMON;
  }
  return null;
}
