import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { sendOutbox } from "@/lib/data/mail/send-outbox";
import { createMailer } from "@/lib/mail/mailer";
import { notifyOverdueReturns } from "@/lib/data/contracts/overdue-returns";
import { remindBudgetReviews } from "@/lib/data/budgets/remind-budget-reviews";
import { notifyOrganisations } from "@/lib/data/tenders/notify";
import { clarificationAnswerEmail } from "@/lib/mail/templates/notice-emails";
import { getEmailPreferences, saveEmailPreferences } from "@/lib/data/users/email-preferences";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import {
  makeActor,
  makeChild,
  makeContract,
  makeCouncil,
  makeOrganisation,
  makeReturnPeriod,
} from "./factories";

const sinks: SmtpSink[] = [];
afterEach(async () => {
  await Promise.all(sinks.splice(0).map((s) => s.close()));
  await prisma.outboxMessage.deleteMany();
});

/** Sends everything in the outbox to a real SMTP server in this process; returns what arrived. */
async function deliver(now = new Date()) {
  const sink = await startSmtpSink();
  sinks.push(sink);
  await sendOutbox(now, createMailer({ SMTP_URL: sink.url }));
  return sink.received;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("optional e-mails beside notifications", () => {
  it("a person chooses the optional e-mails of their role; required ones are never offered", async () => {
    const council = await makeCouncil();
    const provider = await makeActor(council.id, "PROVIDER");
    const family = await makeActor(council.id, "FAMILY");
    const before = await getEmailPreferences(provider);
    expect(before.map((p) => p.kind)).toEqual([
      "bid-deadlines",
      "clarifications",
      "returns",
      "return-queries",
      "announcements",
    ]);
    expect(before.every((p) => p.on)).toBe(true);
    expect((await getEmailPreferences(family)).map((p) => p.kind)).toEqual([
      "you-said-we-did",
      "budget-reviews",
    ]);

    await saveEmailPreferences(provider, ["clarifications", "announcements"]);
    expect((await getEmailPreferences(provider)).filter((p) => !p.on).map((p) => p.kind)).toEqual([
      "bid-deadlines",
      "returns",
      "return-queries",
    ]);
    // Turning one back on keeps the others as chosen.
    await saveEmailPreferences(provider, ["clarifications", "announcements", "returns"]);
    expect((await getEmailPreferences(provider)).filter((p) => !p.on).map((p) => p.kind)).toEqual([
      "bid-deadlines",
      "return-queries",
    ]);
    expect(
      await prisma.auditEvent.count({
        where: { action: "user:email-preferences", actorUserId: provider.userId },
      }),
    ).toBe(2);
  });

  it("a clarification answer notifies every provider user and e-mails those who kept that e-mail", async () => {
    const council = await makeCouncil();
    const org = await makeOrganisation(council.id);
    const keeps = await makeActor(council.id, "PROVIDER", { organisationId: org.id });
    const optedOut = await makeActor(council.id, "PROVIDER", { organisationId: org.id });
    await saveEmailPreferences(optedOut, ["returns"]);
    await prisma.$transaction((tx) =>
      notifyOrganisations(
        tx,
        council.id,
        [org.id],
        {
          title: "New clarification: Play schemes",
          body: "An answer.",
          href: "/provider/tenders/t1#clarifications",
        },
        {
          kind: "clarifications",
          template: "clarification-answer",
          compose: ({ name }) =>
            clarificationAnswerEmail({
              name,
              councilName: council.name,
              tenderTitle: "Play schemes",
              updated: false,
              path: "/provider/tenders/t1#clarifications",
            }),
        },
      ),
    );
    expect(
      await prisma.notification.count({
        where: { membershipId: { in: [keeps.membershipId, optedOut.membershipId] } },
      }),
    ).toBe(2);
    const mail = await deliver();
    expect(mail.map((m) => m.to)).toMatchObject([{ text: keeps.email }]);
    expect(mail[0].subject).toBe("New clarification: Play schemes");
    expect(mail[0].text).toContain("http://localhost:3000/provider/tenders/t1#clarifications");
    expect(mail[0].text).toContain("http://localhost:3000/account");
  });

  it("returns due soon and overdue are e-mailed once each, honouring the choice", async () => {
    const council = await makeCouncil();
    const org = await makeOrganisation(council.id);
    const keeps = await makeActor(council.id, "PROVIDER", { organisationId: org.id });
    const optedOut = await makeActor(council.id, "PROVIDER", { organisationId: org.id });
    await saveEmailPreferences(optedOut, ["clarifications"]);
    const contract = await makeContract({
      councilId: council.id,
      organisationId: org.id,
      reference: "RET-7",
      start: "2026-04-01",
      end: "2029-03-31",
    });
    await makeReturnPeriod(contract, {
      label: "Jan to Mar 2027",
      start: "2027-01-01",
      end: "2027-03-31",
      due: "2027-04-20",
    });

    await notifyOverdueReturns(day("2027-04-15"));
    await notifyOverdueReturns(day("2027-04-16"));
    let mail = await deliver();
    expect(mail.map((m) => [m.to, m.subject])).toMatchObject([
      [{ text: keeps.email }, "Outcome return due on 20 April 2027: RET-7"],
    ]);
    expect(mail[0].text).toContain("The Jan to Mar 2027 outcome return for contract RET-7");

    await notifyOverdueReturns(day("2027-04-22"));
    await notifyOverdueReturns(day("2027-04-23"));
    mail = await deliver();
    expect(mail.map((m) => [m.to, m.subject])).toMatchObject([
      [{ text: keeps.email }, "Outcome return overdue: RET-7"],
    ]);
    // Both people have both notices in the portal.
    expect(await prisma.notification.count({ where: { membershipId: optedOut.membershipId } })).toBe(2);
  });

  it("budget reviews remind the family and the budget's social worker once per review date", async () => {
    const council = await makeCouncil();
    const worker = await makeActor(council.id, "SOCIAL_WORKER");
    const otherWorker = await makeActor(council.id, "SOCIAL_WORKER");
    const family = await makeActor(council.id, "FAMILY");
    const child = await makeChild(council.id, { familyId: family.familyId! });
    const budget = await prisma.personalBudget.create({
      data: {
        councilId: council.id,
        childId: child.id,
        type: "DIRECT_PAYMENT",
        status: "ACTIVE",
        annualAmount: "1200.00",
        startDate: day("2027-01-01"),
        endDate: day("2027-12-31"),
        nextReviewDate: day("2027-07-01"),
        proposedById: worker.userId,
      },
    });
    expect(await remindBudgetReviews(day("2027-06-01"))).toBe(0); // a month ahead: not yet
    expect(await remindBudgetReviews(day("2027-06-20"))).toBe(1);
    expect(await remindBudgetReviews(day("2027-06-21"))).toBe(0); // once per review date
    let mail = await deliver();
    expect(mail.map((m) => (m.to as { text: string }).text).sort()).toEqual(
      [family.email, worker.email].sort(),
    );
    expect(mail.every((m) => m.subject === "Personal budget review due on 1 July 2027")).toBe(true);
    const toFamily = mail.find((m) => (m.to as { text: string }).text === family.email)!;
    expect(toFamily.text).toContain(`http://localhost:3000/family/budgets/${budget.id}`);
    expect(await prisma.notification.count({ where: { membershipId: otherWorker.membershipId } })).toBe(0);

    // The next review date reminds again; the family turned these e-mails off by then.
    await saveEmailPreferences(family, ["you-said-we-did"]);
    await prisma.personalBudget.update({
      where: { id: budget.id },
      data: { nextReviewDate: day("2028-01-01") },
    });
    expect(await remindBudgetReviews(day("2027-12-25"))).toBe(1);
    mail = await deliver();
    expect(mail.map((m) => (m.to as { text: string }).text)).toEqual([worker.email]);
    expect(await prisma.notification.count({ where: { membershipId: family.membershipId } })).toBe(2);
  });
});
