import { JOBS } from "./job-table";

/** Every job run once, in order, without the queue (`npm run jobs`). Each is safe to run any time. */
export async function runScheduledJobs(now = new Date()) {
  const results: Record<string, unknown> = {};
  for (const job of JOBS) results[job.name] = await job.run(now);
  return results;
}
