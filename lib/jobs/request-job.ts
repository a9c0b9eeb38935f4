import PgBoss from "pg-boss";
import { errorKind } from "./error-kind";

const g = globalThis as unknown as { portalJobQueue?: PgBoss | null; portalJobProducer?: Promise<PgBoss> };

/** The runner in this process, if one is working (set by startJobRunner). */
export function setJobQueue(boss: PgBoss | null) {
  g.portalJobQueue = boss;
}

/** A connection that only sends jobs, for a web server that works none (JOBS_IN_PROCESS=0). */
function producer(): Promise<PgBoss> {
  g.portalJobProducer ??= (async () => {
    const boss = new PgBoss({
      connectionString: process.env.DATABASE_URL,
      max: 2,
      application_name: "portal-jobs-producer",
      supervise: false,
      schedule: false,
    });
    boss.on("error", (e) => console.error(`[jobs] queue error (${errorKind(e)})`));
    return boss.start();
  })();
  return g.portalJobProducer;
}

/**
 * Asks the queue to run a job soon (e-mail just written to the outbox), after the transaction that
 * made the work has committed. Best effort: the job's own schedule picks the work up anyway. Only a
 * process with a runner, or the web server, sends; scripts and tests run jobs themselves.
 */
export async function requestJob(name: string): Promise<void> {
  try {
    const boss = g.portalJobQueue ?? (process.env.NEXT_RUNTIME === "nodejs" ? await producer() : null);
    // A stately queue keeps at most one waiting job: asking twice runs it once.
    await boss?.send(name, {});
  } catch (e) {
    console.error(`[jobs] could not ask for ${name} (${errorKind(e)})`);
  }
}
