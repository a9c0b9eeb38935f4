import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { startJobRunner, type JobRunner } from "@/lib/jobs/start-job-runner";

const runners: JobRunner[] = [];
afterEach(async () => {
  await Promise.all(runners.splice(0).map((r) => r.stop()));
});

const quiet = () => {};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(check: () => Promise<boolean>, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(200);
  }
  throw new Error("timed out");
}

/** A cron job fires once per minute: keep the test inside one minute so it expects one run. */
async function awayFromMinuteEnd() {
  const s = new Date().getUTCSeconds();
  if (s > 40) await sleep((61 - s) * 1000);
}

describe("job queue (pg-boss)", () => {
  it("runs a scheduled job once when two workers share the database", async () => {
    let runs = 0;
    const job = {
      name: "test-every-minute",
      label: "Test",
      cron: "* * * * *",
      run: async () => {
        runs += 1;
        await sleep(300);
      },
    };
    await awayFromMinuteEnd();
    const options = { jobs: [job], cronMonitorIntervalSeconds: 1, pollingIntervalSeconds: 0.5, log: quiet };
    runners.push(...(await Promise.all([startJobRunner(options), startJobRunner(options)])));

    const where = { queue: "test-every-minute" };
    await waitFor(
      async () => (await prisma.jobRun.count({ where: { ...where, status: "SUCCEEDED" } })) > 0,
      15_000,
    );
    // Both cron monitors have checked the schedule several times more by now.
    await sleep(4_000);
    expect(runs).toBe(1);
    const rows = await prisma.jobRun.findMany({ where });
    expect(rows).toMatchObject([
      { queue: "test-every-minute", attempt: 1, status: "SUCCEEDED", error: null },
    ]);
  });

  it("tries a failed job again, and records each attempt with the error's kind only", async () => {
    let attempts = 0;
    const job = {
      name: "test-flaky",
      label: "Test",
      run: async () => {
        attempts += 1;
        if (attempts === 1) {
          throw Object.assign(new Error("could not reach someone@example.com"), { code: "ECONNREFUSED" });
        }
      },
    };
    const runner = await startJobRunner({
      jobs: [job],
      pollingIntervalSeconds: 0.5,
      retry: { retryLimit: 2, retryDelay: 1, retryBackoff: true },
      log: quiet,
    });
    runners.push(runner);
    await runner.boss.send("test-flaky", {});

    const where = { queue: "test-flaky" };
    await waitFor(
      async () => (await prisma.jobRun.count({ where: { ...where, status: "SUCCEEDED" } })) > 0,
      20_000,
    );
    const rows = await prisma.jobRun.findMany({ where, orderBy: { attempt: "asc" } });
    expect(rows.map((r) => [r.attempt, r.status, r.error, r.willRetry])).toEqual([
      [1, "FAILED", "Error ECONNREFUSED", true],
      [2, "SUCCEEDED", null, false],
    ]);
    // Nothing of the message (which held an address) is kept.
    expect(JSON.stringify(rows)).not.toContain("example.com");
  });

  it("keeps no record of a run that found nothing to do", async () => {
    const job = {
      name: "test-idle",
      label: "Test",
      run: async () => ({ sent: 0 }),
      idle: (r: unknown) => (r as { sent: number }).sent === 0,
    };
    const runner = await startJobRunner({ jobs: [job], pollingIntervalSeconds: 0.5, log: quiet });
    runners.push(runner);
    const id = await runner.boss.send("test-idle", {});
    await waitFor(
      async () => (await runner.boss.getJobById("test-idle", id!))?.state === "completed",
      10_000,
    );
    expect(await prisma.jobRun.count({ where: { queue: "test-idle" } })).toBe(0);
  });
});
