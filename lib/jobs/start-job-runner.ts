import pg from "pg";
import PgBoss from "pg-boss";
import { recordJobRun } from "../data/jobs/record-job-run";
import { errorKind } from "./error-kind";
import { JOBS, type JobDefinition } from "./job-table";
import { setJobQueue } from "./request-job";

/** How often a failed job is tried again: 30 s, 1, 2, 4, 8 minutes (pg-boss doubles the delay). */
export const RETRY = { retryLimit: 5, retryDelay: 30, retryBackoff: true } as const;

export interface JobRunnerOptions {
  connectionString?: string;
  /** Register the jobs' schedules (cron). Off, the runner still works jobs sent to it. */
  schedule?: boolean;
  jobs?: JobDefinition[];
  /** How often an idle worker looks for work, and how often schedules are checked (tests shorten both). */
  pollingIntervalSeconds?: number;
  cronMonitorIntervalSeconds?: number;
  /** Tests shorten the retry delay; the portal uses RETRY. */
  retry?: { retryLimit: number; retryDelay: number; retryBackoff: boolean };
  log?: (line: string) => void;
}

export interface JobRunner {
  boss: PgBoss;
  stop: () => Promise<void>;
}

/**
 * Creating queues makes and attaches partition tables, which deadlocks when two servers start at
 * the same moment: a session-level advisory lock lets one runner set up at a time.
 */
async function oneAtATime(connectionString: string | undefined, setUp: () => Promise<void>) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('portal-jobs-setup'))");
    await setUp();
  } finally {
    await client.end(); // ending the session releases the lock
  }
}

/**
 * Starts working the portal's jobs on the PostgreSQL queue (pg-boss, schema `pgboss`): inside the
 * web server (instrumentation.ts) or as `npm run worker`. Any number may run against one database:
 * each job is taken by one of them, each scheduled time fires once (pg-boss's cron lock and
 * singleton slot), and each queue runs one job at a time with at most one more waiting ("stately").
 */
export async function startJobRunner(options: JobRunnerOptions = {}): Promise<JobRunner> {
  const log = options.log ?? ((line: string) => console.log(`[jobs] ${line}`));
  const jobs = options.jobs ?? JOBS;
  const connectionString = options.connectionString ?? process.env.DATABASE_URL;
  const boss = new PgBoss({
    connectionString,
    max: 4,
    application_name: "portal-jobs",
    ...(options.cronMonitorIntervalSeconds
      ? { cronMonitorIntervalSeconds: options.cronMonitorIntervalSeconds }
      : {}),
  });
  // An unhandled "error" event would end the process; the queue reconnects by itself.
  boss.on("error", (e) => log(`queue error (${errorKind(e)})`));
  await boss.start();

  await oneAtATime(connectionString, async () => {
    for (const job of jobs) {
      if (await boss.getQueue(job.name)) continue;
      await boss.createQueue(job.name, {
        name: job.name,
        policy: "stately",
        ...(options.retry ?? RETRY),
        expireInSeconds: 15 * 60,
      });
    }
    if (options.schedule === false) return;
    for (const job of jobs) {
      if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
      else await boss.unschedule(job.name);
    }
  });

  for (const job of jobs) {
    await boss.work(
      job.name,
      { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async ([item]) => {
        if (!item) return;
        const t0 = performance.now();
        try {
          const result = await recordJobRun(
            { queue: job.name, jobId: item.id, retryCount: item.retryCount, retryLimit: item.retryLimit },
            () => job.run(new Date()),
            job.idle,
          );
          // The minute's outbox sweep with nothing to send says nothing.
          if (!job.idle?.(result)) log(`${job.name} done in ${Math.round(performance.now() - t0)} ms`);
        } catch (e) {
          const again = item.retryCount < item.retryLimit;
          log(`${job.name} failed (${errorKind(e)})${again ? "; it will be tried again" : ""}`);
          throw e;
        }
      },
    );
  }
  setJobQueue(boss);
  log(`working ${jobs.length} queues${options.schedule === false ? " (schedules left as they are)" : ""}`);
  return {
    boss,
    stop: async () => {
      setJobQueue(null);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
