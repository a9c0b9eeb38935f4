import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getOutboxSummary, listJobRuns } from "@/lib/data/jobs/list-job-runs";
import { makeActor, makeCouncil } from "./factories";

const MINUTE = 60_000;

describe("the administrators' jobs and e-mail page", () => {
  it("lists job runs newest first, filtered by result and job, a page at a time", async () => {
    const council = await makeCouncil();
    const admin = await makeActor(council.id, "ADMIN");
    const now = Date.now();
    await prisma.jobRun.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        queue: i % 3 === 0 ? "send-outbox" : "prune-records",
        jobId: `job-${i}`,
        attempt: 1,
        status: i % 10 === 0 ? ("FAILED" as const) : ("SUCCEEDED" as const),
        error: i % 10 === 0 ? "Error ECONNREFUSED" : null,
        startedAt: new Date(now - i * MINUTE),
      })),
    });

    const first = await listJobRuns(admin, {}, 1, 25);
    expect(first.total).toBe(30);
    expect(first.pageCount).toBe(2);
    expect(first.items[0]!.startedAt.getTime()).toBeGreaterThan(first.items[1]!.startedAt.getTime());
    const failed = await listJobRuns(admin, { status: "FAILED" }, 1);
    expect(failed.items.map((r) => r.error)).toEqual([
      "Error ECONNREFUSED",
      "Error ECONNREFUSED",
      "Error ECONNREFUSED",
    ]);
    const outbox = await listJobRuns(admin, { queue: "send-outbox", status: "FAILED" }, 1);
    expect(outbox.items.map((r) => [r.queue, r.status])).toEqual([["send-outbox", "FAILED"]]);
  });

  it("counts only the administrator's own council's e-mail, and never reads a body", async () => {
    const mine = await makeCouncil();
    const other = await makeCouncil();
    const admin = await makeActor(mine.id, "ADMIN");
    const now = new Date();
    const msg = (councilId: string, extra: object) => ({
      councilId,
      template: "invitation",
      to: "someone@example.org",
      subject: "Set up your account",
      text: "secret link",
      html: "secret link",
      ...extra,
    });
    await prisma.outboxMessage.createMany({
      data: [
        msg(mine.id, {}),
        msg(mine.id, { attempts: 2, lastError: "Error ECONNREFUSED" }),
        msg(mine.id, { sentAt: new Date(now.getTime() - 60 * MINUTE), text: "", html: "" }),
        msg(other.id, {}),
        msg(other.id, { sentAt: now, text: "", html: "" }),
      ],
    });
    const summary = await getOutboxSummary(admin, now);
    expect(summary).toMatchObject({ waiting: 2, retrying: 1, sentToday: 1 });
    expect(JSON.stringify(summary)).not.toContain("secret link");
    expect(JSON.stringify(summary)).not.toContain("someone@example.org");
  });
});
