/**
 * Runs once when a Next.js server starts. The portal works its background jobs inside the web
 * server unless JOBS_IN_PROCESS=0 (production runs them in `npm run worker` instead); JOBS_SCHEDULE=0
 * works jobs sent to it but registers no schedules (the end-to-end server, so hourly jobs never
 * change data in the middle of a test run).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.JOBS_IN_PROCESS === "0" || !process.env.DATABASE_URL) return;
  const { startJobRunner } = await import("./lib/jobs/start-job-runner");
  try {
    await startJobRunner({ schedule: process.env.JOBS_SCHEDULE !== "0" });
  } catch (e) {
    // The site still serves pages; the jobs wait for the next start (or a worker).
    console.error(`[jobs] could not start: ${e instanceof Error ? e.name : "error"}`);
  }
}
