-- AlterEnum
ALTER TYPE "AwardStatus" ADD VALUE 'RETURNED';

-- AlterTable
ALTER TABLE "Award" ADD COLUMN     "proceedReason" TEXT,
ADD COLUMN     "proceededAt" TIMESTAMPTZ(3),
ADD COLUMN     "proceededById" TEXT,
ADD COLUMN     "returnNote" TEXT,
ADD COLUMN     "returnedAt" TIMESTAMPTZ(3),
ADD COLUMN     "returnedById" TEXT;

-- A tender is public exactly when it has been published (publishedAt set). Backfill it for any
-- tender past DRAFT that lacks it: from its publish audit row, else (for statuses that can only
-- follow a publish, or a cancelled tender that has bids or questions, so it was seen) from its
-- creation time. A tender cancelled as a draft keeps NULL and stays private.
UPDATE "Tender" t
SET "publishedAt" = COALESCE(
  (SELECT min(a."createdAt") FROM "AuditEvent" a
    WHERE a."entityType" = 'Tender' AND a."entityId" = t.id AND a.action = 'tender:published'),
  t."createdAt")
WHERE t."publishedAt" IS NULL
  AND (
    t.status IN ('PUBLISHED', 'CLOSED', 'IN_EVALUATION', 'AWARDED')
    OR (t.status = 'CANCELLED' AND (
      EXISTS (SELECT 1 FROM "AuditEvent" a
               WHERE a."entityType" = 'Tender' AND a."entityId" = t.id AND a.action = 'tender:published')
      OR EXISTS (SELECT 1 FROM "Bid" b WHERE b."tenderId" = t.id)
      OR EXISTS (SELECT 1 FROM "ClarificationQuestion" q WHERE q."tenderId" = t.id)))
  );
