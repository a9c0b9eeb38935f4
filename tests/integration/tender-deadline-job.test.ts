import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { closeTendersPastDeadline } from "@/lib/data/tenders/close-tenders-past-deadline";
import type { Actor } from "@/lib/auth/actor";
import { makeActor, makeApprovedSpecification, makeCouncil } from "./factories";

// Dates long past, so the job (which looks at every council) touches no other test's tenders.
const DEADLINE = new Date("2020-01-10T12:00:00Z");

async function publishedTender(author: Actor, deadline: Date) {
  const { councilId, userId: createdById } = author;
  const spec = await makeApprovedSpecification({ councilId, author });
  return prisma.tender.create({
    data: {
      councilId,
      reference: `T-${randomUUID().slice(0, 6)}`,
      title: "Job test tender",
      description: "Job test",
      specificationVersionId: spec.versions[0].id,
      status: "PUBLISHED",
      estimatedValue: "1000",
      publishedAt: new Date(deadline.getTime() - 20 * 86_400_000),
      clarificationDeadline: new Date(deadline.getTime() - 5 * 86_400_000),
      submissionDeadline: deadline,
      evaluationEndsAt: new Date(deadline.getTime() + 20 * 86_400_000),
      createdById,
    },
  });
}

describe("the tender deadline job", () => {
  it("closes published tenders once their deadline has passed, once, audited, telling their author", async () => {
    const council = await makeCouncil();
    const commissioner = await makeActor(council.id, "COMMISSIONER");
    const due = await publishedTender(commissioner, DEADLINE);
    const later = await publishedTender(commissioner, new Date("2020-01-20T12:00:00Z"));

    // A minute before the deadline nothing closes.
    await closeTendersPastDeadline(new Date(DEADLINE.getTime() - 60_000));
    expect((await prisma.tender.findUniqueOrThrow({ where: { id: due.id } })).status).toBe("PUBLISHED");

    const now = new Date("2020-01-10T13:00:00Z");
    expect(await closeTendersPastDeadline(now)).toBeGreaterThanOrEqual(1);
    expect((await prisma.tender.findUniqueOrThrow({ where: { id: due.id } })).status).toBe("CLOSED");
    expect((await prisma.tender.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("PUBLISHED");

    // Running again changes nothing and says nothing twice.
    await closeTendersPastDeadline(now);
    const audits = await prisma.auditEvent.findMany({ where: { entityId: due.id, action: "tender:closed" } });
    expect(audits).toHaveLength(1);
    expect(audits[0].actorUserId).toBeNull();
    const notes = await prisma.notification.findMany({
      where: { membershipId: commissioner.membershipId, href: `/commissioner/tenders/${due.id}` },
    });
    expect(notes.map((n) => n.title)).toEqual(["Bids closed: Job test tender"]);
  });
});
