-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "helpedByAdult" BOOLEAN;

-- CreateIndex
CREATE INDEX "Feedback_councilId_serviceId_idx" ON "Feedback"("councilId", "serviceId");

-- CreateIndex
CREATE INDEX "Feedback_councilId_status_createdAt_idx" ON "Feedback"("councilId", "status", "createdAt");
