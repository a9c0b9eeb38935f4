import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { runScheduledJobs } from "@/lib/jobs/run-scheduled-jobs";
import { makeActor, makeCouncil } from "./factories";

const DAY = 86_400_000;

/** Issue 12: the sign-in attempts and form submissions tables must not grow for ever. */
describe("scheduled pruning", () => {
  it("removes old sign-in attempts and form submissions and keeps recent ones", async () => {
    const now = new Date();
    const council = await makeCouncil();
    const a = await makeActor(council.id, "ADMIN");
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    await prisma.signInAttempt.createMany({
      data: [
        { accountKey: "old", addressKey: "x", succeeded: false, createdAt: ago(2) },
        { accountKey: "recent", addressKey: "x", succeeded: false, createdAt: ago(0.01) },
      ],
    });
    const submission = { councilId: council.id, userId: a.userId, action: "test" };
    await prisma.formSubmission.createMany({
      data: [
        { ...submission, key: "old-submission", createdAt: ago(31) },
        { ...submission, key: "recent-submission", createdAt: ago(29) },
      ],
    });

    await prisma.jobRun.createMany({
      data: [
        { queue: "q", jobId: "lost", attempt: 1, status: "RUNNING", startedAt: ago(1 / 24) },
        { queue: "q", jobId: "busy", attempt: 1, status: "RUNNING", startedAt: ago(0.001) },
        { queue: "q", jobId: "old", attempt: 1, status: "SUCCEEDED", startedAt: ago(31) },
      ],
    });

    await runScheduledJobs(now);

    expect((await prisma.signInAttempt.findMany()).map((r) => r.accountKey)).toEqual(["recent"]);
    expect((await prisma.formSubmission.findMany()).map((r) => r.key)).toEqual(["recent-submission"]);
    // Job records: a month kept; a run whose worker stopped is closed, one still going is left.
    const runs = await prisma.jobRun.findMany({ where: { queue: "q" }, orderBy: { jobId: "asc" } });
    expect(runs.map((r) => [r.jobId, r.status, r.error])).toEqual([
      ["busy", "RUNNING", null],
      ["lost", "FAILED", "WorkerStopped"],
    ]);
  });
});
