import { prisma } from "../../db";
import { startOfUtcDay } from "../../domain/dates";

/**
 * Tells provider staff about each return that is past its due date and not yet submitted, once:
 * a notification already sent for that return (same link) is not sent again. Safe to run at any
 * time and any number of times. Returns how many notifications were made.
 */
export async function notifyOverdueReturns(now = new Date()): Promise<number> {
  const today = startOfUtcDay(now);
  return prisma.$executeRaw`
    INSERT INTO "Notification" ("id", "councilId", "membershipId", "title", "body", "href", "createdAt")
    SELECT 'ovr' || md5(m.id || rp.id), rp."councilId", m.id,
           'Outcome return overdue: ' || k.reference,
           'The ' || rp.label || ' return was due on ' || to_char(rp."dueDate", 'FMDD FMMonth YYYY') || '. Please send it now.',
           '/provider/contracts/' || k.id || '/returns/' || rp.id,
           ${now}
    FROM "ReturnPeriod" rp
    JOIN "Contract" k ON k.id = rp."contractId"
    JOIN "Membership" m ON m."councilId" = rp."councilId" AND m."organisationId" = k."organisationId"
                         AND m.role = 'PROVIDER' AND m."disabledAt" IS NULL
    LEFT JOIN "OutcomeReturn" r ON r."returnPeriodId" = rp.id
    WHERE rp."dueDate" < ${today}
      AND (r.id IS NULL OR r.status = 'DRAFT')
      AND (k."terminatedAt" IS NULL OR k."terminatedAt" > rp."endDate")
    ON CONFLICT ("id") DO NOTHING`;
}
