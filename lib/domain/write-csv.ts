/**
 * CSV as RFC 4180 describes it (comma, CRLF, fields with a comma, quote or line break in quotes,
 * quotes doubled), safe to open in a spreadsheet: text that a spreadsheet would take for a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
 */
export function writeCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function csvField(value: string | number): string {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("writeCsv: not a finite number");
    return String(value);
  }
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text a spreadsheet would run as a formula, made plain text (OWASP's advice for CSV injection). */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
