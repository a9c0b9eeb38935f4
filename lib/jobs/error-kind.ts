/**
 * What went wrong, safe to keep and print: the error's class and its code (`SmtpError ECONNREFUSED`,
 * `PrismaClientKnownRequestError P2002`), never its message, which may quote personal data.
 */
export function errorKind(e: unknown): string {
  if (!(e instanceof Error)) return "Error";
  const code = (e as { code?: unknown }).code;
  const safeCode = typeof code === "string" && /^[A-Za-z0-9_.-]{1,40}$/.test(code) ? ` ${code}` : "";
  return `${e.name.slice(0, 60)}${safeCode}`;
}
