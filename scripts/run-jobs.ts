/**
 * The portal's scheduled jobs, run once: `npm run jobs` (from cron, a scheduler, or by hand).
 * `npm run portal` and `npm run worker` run them on their schedules through the job queue.
 */
import { runScheduledJobs } from "../lib/jobs/run-scheduled-jobs";
import { prisma } from "../lib/db";

runScheduledJobs()
  .then(async (result) => {
    console.log(`[jobs] ${JSON.stringify(result)}`);
    await prisma.$disconnect();
  })
  .catch(async (e) => {
    console.error(`[jobs] failed: ${e instanceof Error ? e.name : "error"}`);
    await prisma.$disconnect();
    process.exit(1);
  });
