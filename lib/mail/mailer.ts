import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Where messages go, for the log: "smtp" or the folder of `.eml` files. */
  readonly target: string;
  send(message: MailMessage): Promise<void>;
}

/** The settings the mailer reads (process.env by default). */
export type MailEnv = Record<string, string | undefined>;

/** The sender address: MAIL_FROM, or a placeholder that says it is one. */
export function mailFrom(): string {
  return process.env.MAIL_FROM || "Short Breaks Portal <no-reply@portal.invalid>";
}

/**
 * SMTP from the environment: SMTP_URL (smtp://user:pass@host:587, smtps:// for TLS from the start),
 * or SMTP_HOST with SMTP_PORT, SMTP_USER, SMTP_PASS and SMTP_SECURE=1. Null when neither is set.
 */
export function smtpOptions(env: MailEnv = process.env): string | SMTPTransport.Options | null {
  if (env.SMTP_URL) return env.SMTP_URL;
  if (!env.SMTP_HOST) return null;
  return {
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? 587),
    secure: env.SMTP_SECURE === "1" || env.SMTP_SECURE === "true",
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? "" } } : {}),
  };
}

/** The folder `.eml` files are written to when no SMTP server is configured (git-ignored). */
export function mailFolder(env: MailEnv = process.env): string {
  return path.resolve(env.MAIL_DIR || "mail");
}

/**
 * Sends over SMTP when configured. Otherwise each message becomes an `.eml` file in the mail folder
 * and only its subject and recipient are printed, so a newcomer can follow a link with no mail server.
 */
export function createMailer(env: MailEnv = process.env): Mailer {
  const smtp = smtpOptions(env);
  if (smtp) {
    // Short timeouts: a server that is down fails the attempt quickly and the outbox tries again later.
    const transport = nodemailer.createTransport(
      typeof smtp === "string"
        ? smtp
        : { ...smtp, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
    );
    return {
      target: "smtp",
      send: async (m) => {
        await transport.sendMail({ from: mailFrom(), ...m });
      },
    };
  }
  const folder = mailFolder(env);
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    target: folder,
    send: async (m) => {
      const info = await transport.sendMail({ from: mailFrom(), ...m });
      await fs.mkdir(folder, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^A-Za-z0-9]/g, "").slice(0, 24)}.eml`;
      await fs.writeFile(path.join(folder, name), info.message as Buffer);
      console.log(
        `[mail] to ${m.to}: "${m.subject}" (written to ${path.join(path.relative(process.cwd(), folder), name)})`,
      );
    },
  };
}
