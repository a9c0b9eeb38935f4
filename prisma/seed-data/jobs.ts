import type { Tx } from "../../lib/db";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A day of background job history for the administrators' "Jobs and e-mail" page (the queue adds
 * real runs once the portal is running): hourly housekeeping, and an e-mail send that failed once
 * while the mail server was down and went through on its retry. Job runs belong to no council.
 */
export async function seedJobHistory(tx: Tx, now: Date): Promise<void> {
  const run = (queue: string, startedAgo: number, ms: number, extra: object = {}) => {
    const startedAt = new Date(now.getTime() - startedAgo);
    return {
      queue,
      jobId: `seed-${queue}-${startedAgo}`,
      attempt: 1,
      status: "SUCCEEDED" as const,
      startedAt,
      finishedAt: new Date(startedAt.getTime() + ms),
      ...extra,
    };
  };
  await tx.jobRun.createMany({
    data: [
      ...[1, 2, 3].flatMap((h) => [
        run("register-housekeeping", h * HOUR + 55 * MINUTE, 840),
        run("overdue-returns", h * HOUR + 50 * MINUTE, 310),
        run("prune-records", h * HOUR + 40 * MINUTE, 95),
      ]),
      run("send-outbox", 2 * HOUR, 10_050, {
        jobId: "seed-send-outbox-retry",
        status: "FAILED",
        error: "OutboxNotSentError ECONNECTION",
        willRetry: true,
      }),
      run("send-outbox", 2 * HOUR - MINUTE, 420, { jobId: "seed-send-outbox-retry", attempt: 2 }),
    ],
  });
}

/** Each council's e-mail record: invitations sent yesterday (bodies are cleared once sent). */
export async function seedSentEmail(tx: Tx, councilId: string, to: string[], now: Date): Promise<void> {
  const sentAt = new Date(now.getTime() - 20 * HOUR);
  await tx.outboxMessage.createMany({
    data: to.map((address) => ({
      councilId,
      template: "invitation",
      to: address,
      subject: "Set up your account",
      text: "",
      html: "",
      createdAt: new Date(sentAt.getTime() - MINUTE),
      attempts: 1,
      sentAt,
    })),
  });
}
