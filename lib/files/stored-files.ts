import type { Actor } from "../auth/actor";
import { prisma, type Tx } from "../db";
import type { FilePurpose } from "../generated/prisma/enums";
import { NotFoundError } from "../errors";
import { budgetScope, venueReviewScope } from "../data/scopes";
import { recordAudit } from "../data/audit/record-audit";
import type { CheckedUpload } from "./check-upload";
import { fileStorage, newStorageKey } from "./storage";

/**
 * Saves a checked upload with the record it belongs to. The bytes go to the storage first; `body`
 * then runs in one transaction and calls `saveFile` for the file's row when it uses the file. If
 * the transaction fails, or `body` never saved the file (a repeated submit), the bytes are removed
 * again, so a failed, refused or repeated submit leaves nothing behind.
 */
export async function withStoredUpload<T>(
  actor: Actor,
  upload: CheckedUpload,
  purpose: FilePurpose,
  body: (tx: Tx, saveFile: () => Promise<string>) => Promise<T>,
): Promise<T> {
  const storage = await fileStorage();
  const storageKey = newStorageKey(actor.councilId);
  await storage.put(storageKey, upload.bytes, upload.contentType);
  let saved = false;
  try {
    const result = await prisma.$transaction(async (tx) =>
      body(tx, async () => {
        const file = await tx.storedFile.create({
          data: {
            councilId: actor.councilId,
            purpose,
            storageKey,
            contentType: upload.contentType,
            sizeBytes: upload.sizeBytes,
            sha256: upload.sha256,
            originalName: upload.originalName,
            uploadedById: actor.userId,
          },
          select: { id: true },
        });
        saved = true;
        return file.id;
      }),
    );
    if (!saved) await storage.remove(storageKey);
    return result;
  } catch (e) {
    await storage.remove(storageKey).catch(() => undefined);
    throw e;
  }
}

/**
 * A stored file the actor may read: one attached to a record in their scope (a receipt: its
 * budget's scope, so the family and the council's social workers; a venue review's photo: the
 * review's scope, so the team, the council's commissioners and, once sent, the provider). Anyone
 * else gets "not found". Reads of receipts are audited, as a receipt tells about a child.
 */
export async function readableFile(actor: Actor, id: string) {
  const file = await prisma.storedFile.findFirst({
    where: {
      AND: [
        { councilId: actor.councilId, id },
        {
          OR: [
            { purpose: "RECEIPT", receiptOf: { personalBudget: budgetScope(actor) } },
            { purpose: "PHOTO", photoOf: { review: venueReviewScope(actor) } },
          ],
        },
      ],
    },
    select: {
      id: true,
      purpose: true,
      storageKey: true,
      contentType: true,
      originalName: true,
      receiptOf: { select: { personalBudgetId: true } },
    },
  });
  if (!file) throw new NotFoundError("The file");
  const bytes = await (await fileStorage()).get(file.storageKey);
  if (!bytes) throw new NotFoundError("The file");
  // A receipt tells about a child, so each read is audited; a photo of a venue does not.
  if (file.purpose === "RECEIPT")
    await recordAudit(prisma, actor, {
      action: "file:read",
      entityType: "StoredFile",
      entityId: file.id,
      summary: "Opened a receipt",
      metadata: { personalBudgetId: file.receiptOf?.personalBudgetId ?? null },
    });
  return { ...file, bytes };
}
