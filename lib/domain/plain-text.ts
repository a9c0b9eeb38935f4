/**
 * Free text is always shown as text (React escapes it), but markup or script in feedback is almost
 * always an attack or a paste gone wrong, so it is refused with a message rather than stored.
 */
const MARKUP = /<\s*\/?\s*[a-z!][^>]*>|javascript\s*:|\bon[a-z]+\s*=\s*["'`]/i;

export function looksLikeMarkup(text: string): boolean {
  return MARKUP.test(text);
}

export const MARKUP_MESSAGE = "must be plain words: remove anything that looks like code, such as <script>";
