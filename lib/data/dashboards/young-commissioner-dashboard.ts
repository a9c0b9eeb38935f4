import type { Actor } from "../../auth/actor";
import { prisma } from "../../db";

/** Scoring still to do on the actor's panels, their venue reviews and their training. */
export async function getYoungCommissionerDashboard(actor: Actor) {
  const [seats, reviews, training] = await Promise.all([
    prisma.panelMember.findMany({
      where: {
        councilId: actor.councilId,
        membershipId: actor.membershipId,
        panel: { tender: { status: "IN_EVALUATION" } },
      },
      select: {
        id: true,
        panel: {
          select: {
            tender: {
              select: {
                id: true,
                title: true,
                evaluationEndsAt: true,
                _count: { select: { bids: { where: { status: "SUBMITTED" } } } },
              },
            },
          },
        },
        _count: { select: { assignments: true, scores: true, conflicts: { where: { hasConflict: true } } } },
      },
    }),
    prisma.venueReview.findMany({
      where: {
        councilId: actor.councilId,
        status: { in: ["PLANNED", "VISITED", "PROVIDER_RESPONDED", "REVISIT_PLANNED"] },
        reviewers: { some: { id: actor.membershipId } },
      },
      orderBy: [{ plannedFor: "asc" }],
      select: { id: true, venueName: true, status: true, plannedFor: true, visitedOn: true },
    }),
    prisma.trainingRecord.findMany({
      where: { councilId: actor.councilId, membershipId: actor.membershipId },
      orderBy: { completedOn: "desc" },
      select: { id: true, course: true, completedOn: true },
    }),
  ]);
  const scoring = seats.map((s) => {
    const t = s.panel.tender;
    // Upper bound: each assigned criterion for each submitted bid (conflicted bids are not scored).
    const required = s._count.assignments * Math.max(t._count.bids - s._count.conflicts, 0);
    return { tenderId: t.id, title: t.title, dueBy: t.evaluationEndsAt, done: s._count.scores, required };
  });
  return { scoring, reviews, training };
}
