-- AlterTable
ALTER TABLE "Council" ADD COLUMN     "assessmentFourEyes" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "budgetReviewMonths" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN     "evidenceDeadlineDays" INTEGER NOT NULL DEFAULT 90,
ADD COLUMN     "ocidPrefix" TEXT,
ADD COLUMN     "uploadLimitMb" INTEGER NOT NULL DEFAULT 10;
