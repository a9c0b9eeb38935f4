import { prisma } from "../../db";
import { addDays, startOfUtcDay } from "../../domain/dates";
import { MAX_REGISTER_AGE } from "../../domain/age-band";
import { ageOutNotice } from "../../domain/age-out-notice";
import { eraseChildDetails } from "./erase-child-details";

export interface HousekeepingResult {
  agedOut: number;
  erased: number;
}

/**
 * The register's daily job, for every council:
 *  1. children who have had their 20th birthday leave the register (status AGED_OUT), their
 *     family is told, and their details are due for erasure after the council's retention period;
 *  2. withdrawn and aged-out children whose retention period has passed are erased.
 * Safe to run any number of times; `now` is a parameter so tests control the clock.
 */
export async function runRegisterHousekeeping(now = new Date()): Promise<HousekeepingResult> {
  const today = startOfUtcDay(now);
  // Born on or before this date: 20 or older today.
  const twentiethBirthdayBy = new Date(
    Date.UTC(today.getUTCFullYear() - (MAX_REGISTER_AGE + 1), today.getUTCMonth(), today.getUTCDate()),
  );

  const agingOut = await prisma.child.findMany({
    where: { status: "ACTIVE", dateOfBirth: { lte: twentiethBirthdayBy } },
    select: { id: true, councilId: true, familyId: true, firstName: true },
  });
  const councils = await prisma.council.findMany({
    where: { id: { in: [...new Set(agingOut.map((c) => c.councilId))] } },
    select: { id: true, retentionDays: true },
  });
  const retention = new Map(councils.map((c) => [c.id, c.retentionDays]));
  for (const child of agingOut) {
    const retentionDays = retention.get(child.councilId) ?? 0;
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.child.updateMany({
        where: { id: child.id, status: "ACTIVE" },
        data: { status: "AGED_OUT", withdrawnAt: now, eraseAfter: addDays(now, retentionDays) },
      });
      if (count === 0) return; // another run got there first
      const members = await tx.membership.findMany({
        where: { familyId: child.familyId, councilId: child.councilId, disabledAt: null },
        select: { id: true },
      });
      await tx.notification.createMany({
        data: members.map((m) => ({
          councilId: child.councilId,
          membershipId: m.id,
          childId: child.id,
          ...ageOutNotice(child.firstName, retentionDays),
          href: "/family/children",
        })),
      });
      await tx.auditEvent.create({
        data: {
          councilId: child.councilId,
          action: "child:age-out",
          entityType: "Child",
          entityId: child.id,
          summary: "A child left the register at age 20",
        },
      });
    });
  }

  const due = await prisma.child.findMany({
    where: { status: { in: ["WITHDRAWN", "AGED_OUT"] }, eraseAfter: { lte: now } },
    select: { id: true, councilId: true },
  });
  for (const child of due) {
    await prisma.$transaction(async (tx) => {
      if (!(await eraseChildDetails(tx, child.id, now))) return; // another run erased it first
      await tx.auditEvent.create({
        data: {
          councilId: child.councilId,
          action: "child:erase",
          entityType: "Child",
          entityId: child.id,
          summary: "Erased a child's personal details after the retention period",
        },
      });
    });
  }
  return { agedOut: agingOut.length, erased: due.length };
}
