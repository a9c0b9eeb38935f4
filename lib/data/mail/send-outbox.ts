import { prisma } from "../../db";
import { errorKind } from "../../jobs/error-kind";
import { requestJob } from "../../jobs/request-job";
import { createMailer, type Mailer } from "../../mail/mailer";

const BATCH = 20;
const MAX_BATCHES = 10;
/** A sender has this long to send what it claimed; if it dies, the messages are tried again after. */
const LEASE_MS = 5 * 60_000;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 60 * 60_000;

export const SEND_OUTBOX_JOB = "send-outbox";

/** After the transaction that wrote e-mail to the outbox: ask the queue to send it now. */
export function requestOutboxSend(): Promise<void> {
  return requestJob(SEND_OUTBOX_JOB);
}

/** How long a message waits after its nth failed try: 30 s, 1, 2, 4 minutes … at most an hour. */
export function outboxRetryDelayMs(failedTries: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failedTries - 1), LONGEST_RETRY_MS);
}

/** Some messages could not be sent: they stay in the outbox, and the job shows as failed. */
export class OutboxNotSentError extends Error {
  override name = "OutboxNotSentError";
  constructor(
    readonly failed: number,
    readonly code: string,
  ) {
    super(`${failed} e-mail(s) not sent yet`);
  }
}

interface Claimed {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

/** Claims due messages for this sender; two senders never claim the same one (SKIP LOCKED). */
async function claim(now: Date): Promise<Claimed[]> {
  return prisma.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET "lockedUntil" = ${new Date(now.getTime() + LEASE_MS)}
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE "sentAt" IS NULL AND "nextAttemptAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= ${now})
      ORDER BY "createdAt" LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "to", subject, text, html, attempts`;
}

/**
 * The `send-outbox` job: sends every message that is due. A message that fails stays, with a
 * growing wait before its next try and the error's kind (never the server's reply); once sent its
 * body is cleared, as it may hold a one-time link. Throws if any failed, so the run shows as failed.
 */
export async function sendOutbox(now = new Date(), mailer: Mailer = createMailer()) {
  let sent = 0;
  let failed = 0;
  let lastError = "";
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const messages = await claim(now);
    for (const m of messages) {
      try {
        await mailer.send({ to: m.to, subject: m.subject, text: m.text, html: m.html });
        await prisma.outboxMessage.update({
          where: { id: m.id },
          data: { sentAt: new Date(), text: "", html: "", lockedUntil: null, attempts: m.attempts + 1 },
        });
        sent += 1;
      } catch (e) {
        failed += 1;
        lastError = errorKind(e);
        await prisma.outboxMessage.update({
          where: { id: m.id },
          data: {
            attempts: m.attempts + 1,
            lastError,
            lockedUntil: null,
            nextAttemptAt: new Date(now.getTime() + outboxRetryDelayMs(m.attempts + 1)),
          },
        });
      }
    }
    if (messages.length < BATCH) break;
  }
  if (failed > 0) throw new OutboxNotSentError(failed, lastError.split(" ").pop() ?? "ERROR");
  return { sent };
}
