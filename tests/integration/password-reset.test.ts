import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { RESET_MIN_MS, requestPasswordReset } from "@/lib/data/users/request-password-reset";
import { setPasswordWithToken, findPasswordLink } from "@/lib/data/users/set-password-with-token";
import { sendOutbox } from "@/lib/data/mail/send-outbox";
import { createMailer } from "@/lib/mail/mailer";
import { authenticate } from "@/lib/auth/authenticate";
import { makeActor, makeCouncil } from "./factories";
import { tokenFromOutbox } from "../support/outbox";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const HOUR = 3_600_000;
const sinks: SmtpSink[] = [];
afterEach(async () => {
  await Promise.all(sinks.splice(0).map((s) => s.close()));
});

describe("forgot your password", () => {
  it("e-mails a link that resets the password once, and not again", async () => {
    const sink = await startSmtpSink();
    sinks.push(sink);
    const council = await makeCouncil();
    const person = await makeActor(council.id, "PROVIDER");

    await requestPasswordReset(person.email);
    await sendOutbox(new Date(), createMailer({ SMTP_URL: sink.url }));

    expect(sink.received).toHaveLength(1);
    const mail = sink.received[0]!;
    expect(mail.subject).toBe("Reset your password");
    expect(mail.to).toMatchObject({ text: person.email });
    const token = mail.text?.match(/\/set-password\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    expect(await findPasswordLink(token!)).toMatchObject({ email: person.email });

    await setPasswordWithToken(token!, "teapot window river");
    expect(await authenticate({ email: person.email, password: "teapot window river" }, "t")).toMatchObject({
      ok: true,
    });
    await expect(setPasswordWithToken(token!, "another fine password")).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringContaining("already been used"),
    });
    const audit = await prisma.auditEvent.findMany({
      where: { councilId: council.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual(["user:request-password-reset", "user:set-password"]);
  });

  it("does nothing for an unknown or disabled address, taking as long as for a real one", async () => {
    const council = await makeCouncil();
    const disabled = await makeActor(council.id, "FAMILY");
    await prisma.membership.update({
      where: { id: disabled.membershipId },
      data: { disabledAt: new Date() },
    });
    const known = await makeActor(council.id, "FAMILY");

    const timed = async (email: string) => {
      const t0 = performance.now();
      await requestPasswordReset(email);
      return performance.now() - t0;
    };
    const times = [await timed("nobody@example.org"), await timed(disabled.email), await timed(known.email)];

    for (const t of times) expect(t).toBeGreaterThanOrEqual(RESET_MIN_MS - 5);
    expect(await prisma.outboxMessage.count({ where: { to: "nobody@example.org" } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { to: disabled.email } })).toBe(0);
    expect(await prisma.passwordToken.count({ where: { userId: disabled.userId } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { to: known.email } })).toBe(1);
  });

  it("sends one e-mail per address every two minutes, however often it is asked", async () => {
    const council = await makeCouncil();
    const person = await makeActor(council.id, "FAMILY");
    const t0 = new Date();
    await requestPasswordReset(person.email, t0);
    await requestPasswordReset(person.email, new Date(t0.getTime() + 60_000));
    expect(await prisma.outboxMessage.count({ where: { to: person.email } })).toBe(1);
    await requestPasswordReset(person.email, new Date(t0.getTime() + 3 * 60_000));
    expect(await prisma.outboxMessage.count({ where: { to: person.email } })).toBe(2);
  });

  it("gives a link that stops working after two hours", async () => {
    const council = await makeCouncil();
    const person = await makeActor(council.id, "FAMILY");
    const t0 = new Date();
    await requestPasswordReset(person.email, t0);
    const token = await tokenFromOutbox(person.email);
    const later = new Date(t0.getTime() + 2 * HOUR + 1000);
    expect(await findPasswordLink(token, later)).toBeNull();
    await expect(setPasswordWithToken(token, "teapot window river", later)).rejects.toMatchObject({
      code: "INVALID",
    });
  });

  it("lets a person in two councils reset their own password, which no council's link may do", async () => {
    const a = await makeCouncil();
    const b = await makeCouncil();
    const person = await makeActor(a.id, "COMMISSIONER");
    await prisma.membership.create({
      data: { userId: person.userId, councilId: b.id, role: "SOCIAL_WORKER" },
    });

    await requestPasswordReset(person.email);
    await setPasswordWithToken(await tokenFromOutbox(person.email), "teapot window river");
    expect(await authenticate({ email: person.email, password: "teapot window river" }, "t")).toMatchObject({
      ok: true,
    });
  });
});
