-- A UUID per listing for the Open Referral UK feed (existing rows get one from the default)
-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "orukId" UUID NOT NULL DEFAULT gen_random_uuid();

-- CreateIndex
CREATE UNIQUE INDEX "Service_orukId_key" ON "Service"("orukId");
