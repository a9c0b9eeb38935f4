import type { MailMessage } from "./mailer";

export type Email = Omit<MailMessage, "to">;
/** A paragraph, or a link on a line of its own (GOV.UK Notify style: the address is shown in full). */
export type Block = string | { href: string };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The public address of the portal, for links in e-mail: PORTAL_URL, else NEXTAUTH_URL. */
export function portalUrl(pathname: string, env = process.env): string {
  const base = env.PORTAL_URL || env.NEXTAUTH_URL || "http://localhost:3000";
  return new URL(pathname, base).toString();
}

/** A plain-text and an HTML body from the same short paragraphs: no images, no colours, one column. */
export function compose(subject: string, blocks: Block[]): Email {
  const text = blocks.map((b) => (typeof b === "string" ? b : b.href)).join("\n\n") + "\n";
  const body = blocks
    .map((b) =>
      typeof b === "string"
        ? `<p style="margin:0 0 20px">${escapeHtml(b)}</p>`
        : `<p style="margin:0 0 20px"><a href="${escapeHtml(b.href)}" style="color:#1d70b8">${escapeHtml(b.href)}</a></p>`,
    )
    .join("\n");
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:Arial,sans-serif;font-size:19px;line-height:1.3;color:#0b0c0c;max-width:580px;margin:0;padding:16px">\n` +
    `${body}\n</body></html>\n`;
  return { subject, text, html };
}
