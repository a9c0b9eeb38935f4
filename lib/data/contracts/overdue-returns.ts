import { prisma } from "../../db";
import { startOfUtcDay } from "../../domain/dates";
import { returnDueEmail, returnOverdueEmail } from "../../mail/templates/notice-emails";
import { emailMemberships } from "../mail/email-memberships";
import { requestOutboxSend } from "../mail/send-outbox";

/** Provider staff hear about a return this many days before it is due. */
export const RETURN_DUE_NOTICE_DAYS = 7;

interface NoticeRow {
  membershipId: string;
  councilId: string;
  councilName: string;
  contractId: string;
  contractReference: string;
  periodId: string;
  periodLabel: string;
  dueDate: Date;
}

/**
 * Tells provider staff about each return that is past its due date and not yet submitted, and,
 * RETURN_DUE_NOTICE_DAYS before, about each return coming due: once each (a notice already made for
 * that return and person is not made again), in the portal and by e-mail unless they turned the
 * "returns" e-mails off. Safe to run at any time and any number of times. Returns how many
 * notifications were made.
 */
export async function notifyOverdueReturns(now = new Date()): Promise<number> {
  const today = startOfUtcDay(now);
  const soon = new Date(today.getTime() + RETURN_DUE_NOTICE_DAYS * 86_400_000);
  const made = await prisma.$transaction(async (tx) => {
    // Candidates, then the notices inserted from them: only the ones new this run come back, to e-mail.
    const rows = await tx.$queryRaw<(NoticeRow & { overdue: boolean })[]>`
      WITH candidates AS (
        SELECT CASE WHEN rp."dueDate" < ${today} THEN 'ovr' ELSE 'rdu' END || md5(m.id || rp.id) AS id,
               rp."dueDate" < ${today} AS overdue,
               m.id AS "membershipId", rp."councilId", c.name AS "councilName",
               k.id AS "contractId", k.reference AS "contractReference",
               rp.id AS "periodId", rp.label AS "periodLabel", rp."dueDate"
        FROM "ReturnPeriod" rp
        JOIN "Contract" k ON k.id = rp."contractId"
        JOIN "Council" c ON c.id = rp."councilId"
        JOIN "Membership" m ON m."councilId" = rp."councilId" AND m."organisationId" = k."organisationId"
                             AND m.role = 'PROVIDER' AND m."disabledAt" IS NULL
        LEFT JOIN "OutcomeReturn" r ON r."returnPeriodId" = rp.id
        WHERE rp."dueDate" < ${soon}
          AND (r.id IS NULL OR r.status = 'DRAFT')
          AND (k."terminatedAt" IS NULL OR k."terminatedAt" > rp."endDate")
      ),
      inserted AS (
        INSERT INTO "Notification" ("id", "councilId", "membershipId", "title", "body", "href", "createdAt")
        SELECT id, "councilId", "membershipId",
               CASE WHEN overdue THEN 'Outcome return overdue: ' ELSE 'Outcome return due soon: ' END || "contractReference",
               CASE WHEN overdue
                 THEN 'The ' || "periodLabel" || ' return was due on ' || to_char("dueDate", 'FMDD FMMonth YYYY') || '. Please send it now.'
                 ELSE 'The ' || "periodLabel" || ' return is due on ' || to_char("dueDate", 'FMDD FMMonth YYYY') || '.'
               END,
               '/provider/contracts/' || "contractId" || '/returns/' || "periodId",
               ${now}
        FROM candidates
        ON CONFLICT ("id") DO NOTHING
        RETURNING id
      )
      SELECT candidates.* FROM candidates JOIN inserted USING (id)`;
    for (const row of rows) {
      const path = `/provider/contracts/${row.contractId}/returns/${row.periodId}`;
      const args = {
        councilName: row.councilName,
        contractReference: row.contractReference,
        periodLabel: row.periodLabel,
        dueDate: row.dueDate,
        path,
      };
      await emailMemberships(tx, row.councilId, [row.membershipId], {
        kind: "returns",
        template: row.overdue ? "return-overdue" : "return-due",
        compose: ({ name }) =>
          row.overdue ? returnOverdueEmail({ name, ...args }) : returnDueEmail({ name, ...args }),
      });
    }
    return rows.length;
  });
  if (made) await requestOutboxSend();
  return made;
}
