import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { remindBidDeadlines } from "@/lib/data/tenders/remind-bid-deadlines";
import { sendOutbox } from "@/lib/data/mail/send-outbox";
import { createMailer } from "@/lib/mail/mailer";
import type { Actor } from "@/lib/auth/actor";
import { makeActor, makeApprovedSpecification, makeCouncil, makeOrganisation } from "./factories";
import { startSmtpSink } from "../support/smtp-sink";

// Dates long past, so the job (which looks at every council) meets no other test's tenders.
const NOW = new Date("2020-03-02T09:00:00Z");
const HOUR = 3_600_000;

async function publishedTender(author: Actor, deadline: Date) {
  const spec = await makeApprovedSpecification({ councilId: author.councilId, author });
  return prisma.tender.create({
    data: {
      councilId: author.councilId,
      reference: `T-${randomUUID().slice(0, 6)}`,
      title: "Holiday play schemes",
      description: "Reminder test",
      specificationVersionId: spec.versions[0].id,
      status: "PUBLISHED",
      estimatedValue: "1000",
      publishedAt: new Date(deadline.getTime() - 20 * 24 * HOUR),
      clarificationDeadline: new Date(deadline.getTime() - 5 * 24 * HOUR),
      submissionDeadline: deadline,
      evaluationEndsAt: new Date(deadline.getTime() + 20 * 24 * HOUR),
      createdById: author.userId,
    },
  });
}

describe("the bid deadline reminder job", () => {
  it("e-mails each provider user once about a draft bid on a tender closing within two days", async () => {
    const council = await makeCouncil();
    const commissioner = await makeActor(council.id, "COMMISSIONER");
    const soon = await publishedTender(commissioner, new Date(NOW.getTime() + 30 * HOUR));
    const later = await publishedTender(commissioner, new Date(NOW.getTime() + 5 * 24 * HOUR));
    const drafting = await makeOrganisation(council.id);
    const submitted = await makeOrganisation(council.id);
    const [alice, bob] = [
      await makeActor(council.id, "PROVIDER", { organisationId: drafting.id }),
      await makeActor(council.id, "PROVIDER", { organisationId: drafting.id }),
    ];
    const away = await makeActor(council.id, "PROVIDER", { organisationId: drafting.id });
    await prisma.membership.update({ where: { id: away.membershipId }, data: { disabledAt: NOW } });
    const other = await makeActor(council.id, "PROVIDER", { organisationId: submitted.id });
    const bid = (organisationId: string, tenderId: string, status: "DRAFT" | "SUBMITTED") =>
      prisma.bid.create({ data: { councilId: council.id, tenderId, organisationId, status } });
    await bid(drafting.id, soon.id, "DRAFT");
    await bid(drafting.id, later.id, "DRAFT");
    await bid(submitted.id, soon.id, "SUBMITTED");

    // Run twice, and by two workers at once: one reminder per person.
    expect(await remindBidDeadlines(NOW)).toBe(1);
    expect(await Promise.all([remindBidDeadlines(NOW), remindBidDeadlines(NOW)])).toEqual([0, 0]);

    const sink = await startSmtpSink();
    try {
      await sendOutbox(new Date(), createMailer({ SMTP_URL: sink.url }));
      const to = sink.received.map((m) => (Array.isArray(m.to) ? "" : m.to?.text)).sort();
      expect(to).toEqual([alice.email, bob.email].sort());
      expect(to).not.toContain(away.email);
      expect(to).not.toContain(other.email);
      const mail = sink.received[0]!;
      expect(mail.subject).toBe(`Your bid for ${soon.reference} has not been sent`);
      expect(mail.text).toContain(`/provider/tenders/${soon.id}/bid`);
    } finally {
      await sink.close();
    }
  });
});
