-- DropIndex
DROP INDEX "District_councilId_idx";

-- AlterTable
ALTER TABLE "District" ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "retiredAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "NeedType" ADD COLUMN     "retiredAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "District_councilId_retiredAt_position_idx" ON "District"("councilId", "retiredAt", "position");

-- CreateIndex
CREATE INDEX "NeedType_councilId_retiredAt_position_idx" ON "NeedType"("councilId", "retiredAt", "position");

-- Districts were listed by name: keep that order as their starting position.
UPDATE "District" d SET "position" = o.rn
FROM (SELECT id, row_number() OVER (PARTITION BY "councilId" ORDER BY name) AS rn FROM "District") o
WHERE d.id = o.id;
