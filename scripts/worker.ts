/**
 * The portal's background jobs as a process of their own: `npm run worker`. In production run one
 * or more beside the web servers, which then set JOBS_IN_PROCESS=0. Stops cleanly on SIGTERM/SIGINT,
 * letting the job in hand finish (up to 10 s; an unfinished one is taken up again later).
 */
import { startJobRunner } from "../lib/jobs/start-job-runner";
import { prisma } from "../lib/db";

async function main() {
  if (!process.env.DATABASE_URL)
    throw new Error("DATABASE_URL is not set: start this through `npm run worker`.");
  const runner = await startJobRunner({ schedule: process.env.JOBS_SCHEDULE !== "0" });
  let stopping = false;
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      if (stopping) return;
      stopping = true;
      console.log("[jobs] stopping");
      void runner
        .stop()
        .then(() => prisma.$disconnect())
        .then(() => process.exit(0));
    });
  }
}

main().catch((e) => {
  console.error(`[jobs] could not start: ${e instanceof Error ? e.message : "error"}`);
  process.exit(1);
});
