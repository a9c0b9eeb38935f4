import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import {
  answerEvidenceQuery,
  decideEvidence,
  getEvidence,
  submitEvidence,
} from "@/lib/data/budgets/spend-evidence";
import { budgetEvidenceWhere, getBudget } from "@/lib/data/budgets/get-budget";
import { readableFile } from "@/lib/files/stored-files";
import { PDF, PNG, file, ownFilesDir } from "../support/upload-fixtures";
import { makeActor, makeChild, makeCouncil } from "./factories";

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

// Receipts go to a folder of this test's own.
const { storedFiles, cleanUp } = ownFilesDir("sbp-files-");
afterAll(cleanUp);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** "Now" for these tests: the budgets below run through 2027. */
const NOW = new Date("2027-03-01T12:00:00Z");

/** A council with a social worker and a family whose child has a running £2,000 direct payment. */
async function runningDirectPayment(type: "DIRECT_PAYMENT" | "MANAGED" = "DIRECT_PAYMENT") {
  const council = await makeCouncil();
  const socialWorker = await makeActor(council.id, "SOCIAL_WORKER");
  const family = await makeActor(council.id, "FAMILY");
  const child = await makeChild(council.id, { familyId: family.familyId! });
  const budget = await prisma.personalBudget.create({
    data: {
      councilId: council.id,
      childId: child.id,
      type,
      status: "ACTIVE",
      annualAmount: "2000.00",
      startDate: day("2027-01-01"),
      endDate: day("2027-12-31"),
      nextReviewDate: day("2027-07-01"),
      proposedById: socialWorker.userId,
    },
  });
  return { council, socialWorker, family, child, budgetId: budget.id };
}

const evidence = (budgetId: string, extra: Partial<Parameters<typeof submitEvidence>[1]> = {}) => ({
  id: budgetId,
  spentOn: day("2027-02-10"),
  amount: "45.50",
  description: "Two sessions at the holiday club",
  howItHelped: "Time with friends",
  submissionKey: randomUUID(),
  ...extra,
});

describe("evidence of spend", () => {
  it("a family sends evidence with a receipt checked by content; a repeat submit keeps one record and one file", async () => {
    const { family, budgetId, council } = await runningDirectPayment();
    const before = storedFiles().length;
    const input = evidence(budgetId);
    const first = await submitEvidence(family, input, file(PNG, "till receipt.png", "image/png"), NOW);
    const again = await submitEvidence(family, input, file(PNG, "till receipt.png", "image/png"), NOW);
    expect(again).toEqual({ id: first.id, repeated: true });
    expect(storedFiles().length).toBe(before + 1);

    const e = await prisma.spendEvidence.findUniqueOrThrow({
      where: { id: first.id! },
      include: { receiptFile: true },
    });
    expect(e).toMatchObject({
      status: "SUBMITTED",
      howItHelped: "Time with friends",
      receiptName: "till receipt.png",
    });
    expect(e.receiptFile).toMatchObject({
      contentType: "image/png",
      sizeBytes: PNG.length,
      purpose: "RECEIPT",
    });
    const b = await getBudget(family, budgetId);
    expect(b.balance.evidenceWaiting.toFixed(2)).toBe("45.50");
    expect(b.balance.balance.toFixed(2)).toBe("2000.00");
    const audit = await prisma.auditEvent.findMany({
      where: { councilId: council.id, action: "spend-evidence:create" },
    });
    expect(audit).toHaveLength(1);
  });

  it("refuses bad receipts beside the field and leaves nothing behind", async () => {
    const { family, budgetId, council } = await runningDirectPayment();
    await prisma.council.update({ where: { id: council.id }, data: { uploadLimitMb: 1 } });
    const before = storedFiles().length;
    const big = Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]);
    const cases: [unknown, RegExp][] = [
      [null, /Select the receipt/],
      [file("", "empty.pdf"), /Select the receipt: the file is missing or empty/],
      [file("just some words", "receipt.png", "image/png"), /must be a JPG, PNG, WebP or PDF file/],
      [file("MZ\x90\x00\x03\x00\x00\x00", "receipt.exe"), /must be a JPG, PNG, WebP or PDF file/],
      [file(PNG, "receipt.pdf", "application/pdf"), /called \.pdf but it is a PNG file/],
      [file(big, "receipt.png", "image/png"), /smaller than 1 MB/],
    ];
    for (const [receipt, message] of cases) {
      await expect(submitEvidence(family, evidence(budgetId), receipt, NOW)).rejects.toMatchObject({
        fieldErrors: { receipt: expect.stringMatching(message) },
      });
    }
    expect(await prisma.spendEvidence.count({ where: { personalBudgetId: budgetId } })).toBe(0);
    expect(await prisma.storedFile.count({ where: { councilId: council.id } })).toBe(0);
    expect(storedFiles().length).toBe(before);
  });

  it("refuses evidence for another family's budget, a managed budget, an ended one, and dates outside the budget", async () => {
    const mine = await runningDirectPayment();
    const theirs = await runningDirectPayment();
    const before = storedFiles().length;
    const pdf = () => file(PDF, "invoice.pdf", "application/pdf");
    await expect(submitEvidence(mine.family, evidence(theirs.budgetId), pdf(), NOW)).rejects.toThrow(
      /could not be found/,
    );
    // Same council, another family.
    const neighbour = await makeActor(mine.council.id, "FAMILY");
    await expect(submitEvidence(neighbour, evidence(mine.budgetId), pdf(), NOW)).rejects.toThrow(
      /could not be found/,
    );

    await expect(
      submitEvidence(mine.family, evidence(mine.budgetId, { spentOn: day("2026-12-31") }), pdf(), NOW),
    ).rejects.toMatchObject({ fieldErrors: { spentOn: expect.stringMatching(/after the budget started/) } });
    await expect(
      submitEvidence(mine.family, evidence(mine.budgetId, { spentOn: day("2027-03-02") }), pdf(), NOW),
    ).rejects.toMatchObject({ fieldErrors: { spentOn: expect.stringMatching(/today or in the past/) } });

    const managed = await runningDirectPayment("MANAGED");
    await expect(submitEvidence(managed.family, evidence(managed.budgetId), pdf(), NOW)).rejects.toThrow(
      /pays for this budget's support directly/,
    );
    await prisma.personalBudget.update({ where: { id: mine.budgetId }, data: { status: "ENDED" } });
    await expect(submitEvidence(mine.family, evidence(mine.budgetId), pdf(), NOW)).rejects.toThrow(
      /has ended/,
    );

    expect(
      await prisma.spendEvidence.count({
        where: { personalBudgetId: { in: [mine.budgetId, theirs.budgetId] } },
      }),
    ).toBe(0);
    expect(storedFiles().length).toBe(before);
  });

  it("query, answer with a new receipt, accept: the thread, the notice, the balance and the state checks", async () => {
    const { family, socialWorker, budgetId } = await runningDirectPayment();
    const { id } = await submitEvidence(
      family,
      evidence(budgetId),
      file(PNG, "blurry.png", "image/png"),
      NOW,
    );
    const evidenceId = id!;
    // Families cannot decide; other councils' social workers cannot see it.
    const elsewhere = await makeActor((await makeCouncil()).id, "SOCIAL_WORKER");
    await expect(
      decideEvidence(elsewhere, { id: evidenceId, decision: "ACCEPT", message: undefined }),
    ).rejects.toThrow(/could not be found/);

    await decideEvidence(socialWorker, {
      id: evidenceId,
      decision: "QUERY",
      message: "The receipt is hard to read.",
    });
    await expect(
      decideEvidence(socialWorker, { id: evidenceId, decision: "ACCEPT", message: undefined }),
    ).rejects.toThrow(/when they answer/);
    const notice = await prisma.notification.findFirstOrThrow({
      where: { membershipId: family.membershipId },
    });
    expect(notice.href).toBe(`/family/budgets/${budgetId}/evidence/${evidenceId}`);
    expect((await getBudget(family, budgetId)).balance.evidenceWaiting.toFixed(2)).toBe("45.50");

    const oldFile = (await prisma.spendEvidence.findUniqueOrThrow({ where: { id: evidenceId } }))
      .receiptFileId;
    const answer = { id: evidenceId, message: "Here is a clearer copy.", submissionKey: randomUUID() };
    await answerEvidenceQuery(family, answer, file(PDF, "clear copy.pdf", "application/pdf"));
    expect(await answerEvidenceQuery(family, answer, file(PDF, "clear copy.pdf", "application/pdf"))).toEqual(
      {
        repeated: true,
        budgetId,
      },
    );
    await expect(
      answerEvidenceQuery(family, { ...answer, submissionKey: randomUUID() }, null),
    ).rejects.toThrow(/no question waiting/);

    const view = await getEvidence(socialWorker, budgetId, evidenceId);
    expect(view.status).toBe("SUBMITTED");
    expect(view.receiptFileId).not.toBe(oldFile);
    expect(view.receiptFile?.contentType).toBe("application/pdf");
    expect(view.messages.map((m) => [m.fromFamily, m.body])).toEqual([
      [false, "The receipt is hard to read."],
      [true, "Here is a clearer copy."],
    ]);

    await decideEvidence(socialWorker, { id: evidenceId, decision: "ACCEPT", message: undefined });
    await expect(
      decideEvidence(socialWorker, { id: evidenceId, decision: "REJECT", message: "No" }),
    ).rejects.toThrow(/already been decided/);
    const b = await getBudget(family, budgetId);
    expect(b.balance.acceptedEvidence.toFixed(2)).toBe("45.50");
    expect(b.balance.balance.toFixed(2)).toBe("1954.50");
    expect(b.balance.evidenceWaiting.toFixed(2)).toBe("0.00");
  });

  it("a receipt opens for the family and the council's social workers only, and each opening is audited", async () => {
    const { family, socialWorker, budgetId, council } = await runningDirectPayment();
    const { id } = await submitEvidence(
      family,
      evidence(budgetId),
      file(PDF, "invoice.pdf", "application/pdf"),
      NOW,
    );
    const fileId = (await prisma.spendEvidence.findUniqueOrThrow({ where: { id: id! } })).receiptFileId!;

    const mine = await readableFile(family, fileId);
    expect(Buffer.from(mine.bytes).equals(PDF)).toBe(true);
    expect(mine.contentType).toBe("application/pdf");
    await readableFile(socialWorker, fileId);

    const others: Actor[] = [
      await makeActor(council.id, "FAMILY"),
      await makeActor(council.id, "COMMISSIONER"),
      await makeActor(council.id, "PROVIDER"),
      await makeActor(council.id, "YOUNG_COMMISSIONER"),
      await makeActor((await makeCouncil()).id, "SOCIAL_WORKER"),
    ];
    for (const actor of others)
      await expect(readableFile(actor, fileId)).rejects.toThrow(/could not be found/);
    const reads = await prisma.auditEvent.findMany({ where: { action: "file:read", entityId: fileId } });
    expect(reads.map((r) => r.actorRole).sort()).toEqual(["FAMILY", "SOCIAL_WORKER"]);
  });

  it("at risk: a direct payment older than the council's deadline with no evidence since; sending evidence clears it", async () => {
    const { family, council, budgetId, socialWorker } = await runningDirectPayment();
    await prisma.budgetPayment.create({
      data: {
        councilId: council.id,
        personalBudgetId: budgetId,
        kind: "DIRECT_PAYMENT",
        amount: "500.00",
        paidOn: day("2027-01-05"),
        createdById: socialWorker.userId,
      },
    });
    const atRisk = (now: Date, days = 30) =>
      prisma.personalBudget.count({
        where: { AND: [{ councilId: council.id }, budgetEvidenceWhere("at-risk", days, now)] },
      });
    expect(await atRisk(new Date("2027-01-20T12:00:00Z"))).toBe(0);
    expect(await atRisk(NOW)).toBe(1);
    expect(await atRisk(NOW, 90)).toBe(0);
    const { id } = await submitEvidence(family, evidence(budgetId), file(PNG, "r.png", "image/png"), NOW);
    // Sent (in this test's time) two weeks before "now": within the 30-day deadline, and a month later past it.
    await prisma.spendEvidence.update({
      where: { id: id! },
      data: { createdAt: new Date("2027-02-15T10:00:00Z") },
    });
    expect(await atRisk(NOW)).toBe(0);
    expect(await atRisk(new Date("2027-04-01T12:00:00Z"))).toBe(1);
    const waiting = await prisma.personalBudget.count({
      where: { AND: [{ councilId: council.id }, budgetEvidenceWhere("waiting", 30, NOW)] },
    });
    expect(waiting).toBe(1);
  });
});

describe("S3-compatible storage", () => {
  let server: { close(): Promise<void> } | undefined;
  let endpoint = "";
  const dir = mkdtempSync(path.join(os.tmpdir(), "sbp-s3-"));

  beforeAll(async () => {
    const { default: S3rver } = await import("s3rver");
    const s3 = new S3rver({
      address: "127.0.0.1",
      port: 0,
      silent: true,
      directory: dir,
      configureBuckets: [{ name: "receipts" }],
    });
    const { port } = await s3.run();
    server = s3;
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("puts, gets and removes a file in a bucket, under a prefix, and reads a missing key as nothing", async () => {
    const { S3FileStorage } = await import("@/lib/files/s3-storage");
    const { newStorageKey } = await import("@/lib/files/storage");
    // The SDK warns that versions after January 2027 need Node 22 (decision 0032); the pinned one runs on 20.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
    process.env.AWS_ACCESS_KEY_ID = "S3RVER";
    process.env.AWS_SECRET_ACCESS_KEY = "S3RVER";
    const storage = new S3FileStorage({
      bucket: "receipts",
      region: "eu-west-2",
      endpoint,
      forcePathStyle: true,
      prefix: "portal/",
    });
    const key = newStorageKey("council1");
    await storage.put(key, PDF, "application/pdf");
    expect(Buffer.from((await storage.get(key))!).equals(PDF)).toBe(true);
    expect(storedFilesIn(dir).some((f) => f.includes("portal"))).toBe(true);
    await storage.remove(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.put("../../etc/passwd", PDF, "application/pdf")).rejects.toThrow(/storage key/);
  });
});

function storedFilesIn(dir: string): string[] {
  return storedFiles(dir);
}
