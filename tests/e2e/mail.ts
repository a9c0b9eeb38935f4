/**
 * The e-mail the end-to-end server sent, read from the `.eml` files it writes (no SMTP server in
 * the e2e run: playwright.config.ts sets MAIL_DIR). The server sends from its job queue, so a
 * message appears a moment after the action that caused it.
 */
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { E2E_MAIL_DIR } from "./server";

export interface ReceivedEmail {
  subject: string;
  text: string;
  html: string;
}

async function messagesTo(to: string): Promise<ReceivedEmail[]> {
  if (!fs.existsSync(E2E_MAIL_DIR)) return [];
  const out: ReceivedEmail[] = [];
  for (const file of fs
    .readdirSync(E2E_MAIL_DIR)
    .filter((f) => f.endsWith(".eml"))
    .sort()) {
    const mail = await simpleParser(fs.readFileSync(path.join(E2E_MAIL_DIR, file)));
    const recipients = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    if (recipients.some((r) => r.value.some((a) => a.address === to))) {
      out.push({ subject: mail.subject ?? "", text: mail.text ?? "", html: mail.html || "" });
    }
  }
  return out;
}

/** Waits for the `count`th e-mail to an address (1 = the first) and returns it. */
export async function waitForEmail(to: string, count = 1, timeoutMs = 30_000): Promise<ReceivedEmail> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const messages = await messagesTo(to);
    if (messages.length >= count) return messages[count - 1]!;
    if (Date.now() > until) throw new Error(`no e-mail number ${count} to ${to} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** How many e-mails have arrived for an address. */
export async function emailCount(to: string): Promise<number> {
  return (await messagesTo(to)).length;
}

/** The one-time link in an e-mail (`/set-password/…` by default), as a path the browser can open. */
export function setPasswordPath(mail: ReceivedEmail, prefix = "/set-password/"): string {
  const href = mail.text.match(new RegExp(`https?://\\S+${prefix}[A-Za-z0-9_-]+`))?.[0];
  if (!href) throw new Error(`no ${prefix} link in "${mail.subject}"`);
  return new URL(href).pathname;
}
