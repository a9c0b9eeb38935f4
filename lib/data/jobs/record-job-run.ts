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
export async function recordJobRun<T>(attempt: JobAttempt, run: () => Promise<T>): Promise<T> {
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
