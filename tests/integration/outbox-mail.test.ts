import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { queueEmail } from "@/lib/data/mail/queue-email";
import { OutboxNotSentError, sendOutbox } from "@/lib/data/mail/send-outbox";
import { createMailer } from "@/lib/mail/mailer";
import { passwordResetEmail } from "@/lib/mail/templates/account-emails";
import { startSmtpSink, unusedPort, type SmtpSink } from "../support/smtp-sink";

const sinks: SmtpSink[] = [];
afterEach(async () => {
  await Promise.all(sinks.splice(0).map((s) => s.close()));
  await prisma.outboxMessage.deleteMany();
  vi.restoreAllMocks();
});

const email = (n: number) =>
  passwordResetEmail({ name: `Person ${n}`, linkPath: `/set-password/token-${n}`, expiresAt: new Date() });

async function queue(n: number, to = `person${n}@example.test`) {
  await prisma.$transaction((tx) =>
    queueEmail(tx, { to, councilId: null, template: "test", email: email(n) }),
  );
}

describe("e-mail outbox", () => {
  it("sends waiting messages over SMTP, plain text and HTML, and clears the body once sent", async () => {
    const sink = await startSmtpSink();
    sinks.push(sink);
    await queue(1);
    await queue(2);

    expect(await sendOutbox(new Date(), createMailer({ SMTP_URL: sink.url }))).toEqual({ sent: 2 });

    expect(sink.received.map((m) => m.subject)).toEqual(["Reset your password", "Reset your password"]);
    const first = sink.received.find((m) => m.text?.includes("Person 1"))!;
    expect(first.to).toMatchObject({ text: "person1@example.test" });
    expect(first.text).toContain("http://localhost:3000/set-password/token-1");
    expect(first.html).toContain('href="http://localhost:3000/set-password/token-1"');
    const rows = await prisma.outboxMessage.findMany();
    expect(rows.every((r) => r.sentAt && r.text === "" && r.html === "" && r.attempts === 1)).toBe(true);
    // A second run finds nothing to send: nothing arrives twice.
    await sendOutbox(new Date(), createMailer({ SMTP_URL: sink.url }));
    expect(sink.received).toHaveLength(2);
  });

  it("keeps a message while the mail server is down and sends it once the server is back", async () => {
    const port = await unusedPort();
    const mailer = createMailer({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    await queue(3);
    const t0 = new Date();

    await expect(sendOutbox(t0, mailer)).rejects.toBeInstanceOf(OutboxNotSentError);
    const waiting = await prisma.outboxMessage.findFirstOrThrow();
    expect(waiting).toMatchObject({ sentAt: null, attempts: 1, lockedUntil: null });
    expect(waiting.lastError).toMatch(/^Error E[A-Z]+$/);
    expect(waiting.text).toContain("token-3");

    const sink = await startSmtpSink(port);
    sinks.push(sink);
    // Not due yet: it waits before trying again.
    await sendOutbox(new Date(t0.getTime() + 5_000), mailer);
    expect(sink.received).toHaveLength(0);
    expect(await sendOutbox(new Date(t0.getTime() + 31_000), mailer)).toEqual({ sent: 1 });
    expect(sink.received.map((m) => m.to)).toMatchObject([{ text: "person3@example.test" }]);
    expect(await prisma.outboxMessage.findFirstOrThrow()).toMatchObject({ attempts: 2, text: "" });
  });

  it("writes nothing when the transaction that caused the e-mail rolls back", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await queueEmail(tx, { to: "x@example.test", councilId: null, template: "test", email: email(4) });
        throw new Error("the invitation failed");
      }),
    ).rejects.toThrow("the invitation failed");
    expect(await prisma.outboxMessage.count()).toBe(0);
  });

  it("with no SMTP configured, writes an .eml file and prints only its subject and recipient", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mail-"));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await queue(5);

    await sendOutbox(new Date(), createMailer({ MAIL_DIR: dir }));

    const files = fs.readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const eml = fs.readFileSync(path.join(dir, files[0]!), "utf8");
    expect(eml).toContain("Subject: Reset your password");
    expect(eml).toContain("To: person5@example.test");
    expect(eml).toContain("token-5");
    const printed = log.mock.calls.map((c) => c.join(" ")).join("\n");
    expect(printed).toContain("person5@example.test");
    expect(printed).toContain("Reset your password");
    expect(printed).not.toContain("token-5");
    fs.rmSync(dir, { recursive: true });
  });
});
