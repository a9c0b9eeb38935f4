import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";
import { NotFoundError } from "../../errors";

/** The whole tender for council staff: never any bid content (see evaluation.ts for that). */
export async function getTender(actor: Actor, tenderId: string, now = new Date()) {
  const tender = await prisma.tender.findFirst({
    where: { id: tenderId, councilId: actor.councilId },
    include: {
      criteria: { orderBy: { position: "asc" } },
      specificationVersion: {
        select: {
          id: true,
          version: true,
          title: true,
          termMonths: true,
          maxAnnualValue: true,
          specificationId: true,
          specification: { select: { reference: true } },
        },
      },
      questions: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          question: true,
          answer: true,
          publishedAt: true,
          createdAt: true,
          organisation: { select: { name: true } },
        },
      },
      panel: {
        include: {
          members: {
            orderBy: { createdAt: "asc" },
            include: {
              membership: { select: { id: true, role: true, user: { select: { name: true } } } },
              assignments: { select: { criterionId: true } },
              _count: { select: { scores: true, conflicts: true } },
            },
          },
        },
      },
      award: true,
    },
  });
  if (!tender) throw new NotFoundError("The tender");
  // Sealed: before the deadline not even the number of bids is shown to council staff.
  const sealed = now < tender.submissionDeadline;
  const submittedBids = sealed
    ? null
    : await prisma.bid.count({ where: { tenderId, councilId: actor.councilId, status: "SUBMITTED" } });
  return { ...tender, sealed, submittedBids };
}
