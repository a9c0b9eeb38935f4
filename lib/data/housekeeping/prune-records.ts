import { prisma } from "../../db";
import { THROTTLE } from "../../auth/throttle";

/** Form submissions only guard against a repeated submit; after this long none is coming. */
export const KEEP_FORM_SUBMISSION_DAYS = 30;
/** Records of job runs, and of e-mails sent (recipient, subject, no body), are kept this long. */
export const KEEP_JOB_RECORD_DAYS = 30;

/**
 * Deletes records that only matter for a while, so their tables do not grow for ever: sign-in
 * attempts older than the throttle needs, form submission keys older than a month, and sessions
 * that ended (expired or revoked) more than a day ago, job runs and sent e-mails after a month.
 */
export async function pruneRecords(now = new Date()) {
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
  const [
    signInAttempts,
    formSubmissions,
    sessions,
    jobRuns,
    sentEmails,
    reminders,
    accountRequests,
    abandoned,
  ] = await prisma.$transaction([
    prisma.signInAttempt.deleteMany({ where: { createdAt: { lt: hoursAgo(THROTTLE.keepHours) } } }),
    prisma.formSubmission.deleteMany({
      where: { createdAt: { lt: hoursAgo(KEEP_FORM_SUBMISSION_DAYS * 24) } },
    }),
    prisma.userSession.deleteMany({
      where: { OR: [{ expiresAt: { lt: hoursAgo(24) } }, { revokedAt: { lt: hoursAgo(24) } }] },
    }),
    prisma.jobRun.deleteMany({ where: { startedAt: { lt: hoursAgo(KEEP_JOB_RECORD_DAYS * 24) } } }),
    prisma.outboxMessage.deleteMany({ where: { sentAt: { lt: hoursAgo(KEEP_JOB_RECORD_DAYS * 24) } } }),
    // A reminder is about a deadline days away: after a year nothing can ask for it again.
    prisma.emailReminder.deleteMany({ where: { queuedAt: { lt: hoursAgo(365 * 24) } } }),
    // Requests to create an account hold an address: gone a day after their link stops working.
    prisma.accountRequest.deleteMany({ where: { expiresAt: { lt: hoursAgo(24) } } }),
    // A run still "running" long after the queue gave up on it (15 minutes) lost its worker; the
    // queue tries the job again, so the record says so instead of running for ever.
    prisma.jobRun.updateMany({
      where: { status: "RUNNING", startedAt: { lt: hoursAgo(0.5) } },
      data: { status: "FAILED", finishedAt: now, error: "WorkerStopped", willRetry: true },
    }),
  ]);
  return {
    signInAttempts: signInAttempts.count,
    formSubmissions: formSubmissions.count,
    sessions: sessions.count,
    jobRuns: jobRuns.count,
    sentEmails: sentEmails.count,
    reminders: reminders.count,
    accountRequests: accountRequests.count,
    abandonedJobRuns: abandoned.count,
  };
}
