import { prisma } from "../../db";
import { errorKind } from "../../jobs/error-kind";

export interface JobAttempt {
  queue: string;
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  retryLimit: number;
}

/**
 * Runs one attempt of a job and keeps a record of it for administrators: started, then succeeded
 * or failed (with the error's kind and whether the queue will try again). The error is thrown on,
 * so the queue retries with backoff.
 */
export async function recordJobRun<T>(
  attempt: JobAttempt,
  run: () => Promise<T>,
  /** A run that found nothing to do leaves no record (the outbox sweep every minute). */
  idle?: (result: T) => boolean,
): Promise<T> {
  const row = await prisma.jobRun.create({
    data: {
      queue: attempt.queue,
      jobId: attempt.jobId,
      attempt: attempt.retryCount + 1,
      status: "RUNNING",
    },
    select: { id: true },
  });
  try {
    const result = await run();
    if (attempt.retryCount === 0 && idle?.(result)) {
      await prisma.jobRun.delete({ where: { id: row.id } });
      return result;
    }
    await prisma.jobRun.update({
      where: { id: row.id },
      data: { status: "SUCCEEDED", finishedAt: new Date() },
    });
    return result;
  } catch (e) {
    await prisma.jobRun.update({
      where: { id: row.id },
      data: {
        status: "FAILED",
        finishedAt: new Date(),
        error: errorKind(e),
        willRetry: attempt.retryCount < attempt.retryLimit,
      },
    });
    throw e;
  }
}
