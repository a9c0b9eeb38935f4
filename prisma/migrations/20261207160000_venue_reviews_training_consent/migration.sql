-- CreateEnum
CREATE TYPE "VenueReviewOutcome" AS ENUM ('NOTHING_TO_CHANGE', 'ALL_DONE', 'PARTLY_DONE', 'NOT_DONE');

-- CreateEnum
CREATE TYPE "RecommendationOutcome" AS ENUM ('DONE', 'PARTLY_DONE', 'NOT_DONE');

-- AlterTable
ALTER TABLE "TrainingRecord" ADD COLUMN     "moduleId" TEXT,
ADD COLUMN     "recordedById" TEXT;

-- AlterTable
ALTER TABLE "VenueRecommendation" ADD COLUMN     "plannedBy" DATE,
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "revisitOutcome" "RecommendationOutcome";

-- AlterTable
ALTER TABLE "VenueReview" ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "outcome" "VenueReviewOutcome",
ADD COLUMN     "responseDueOn" DATE,
ADD COLUMN     "revisitPlannedFor" DATE,
ADD COLUMN     "submittedAt" TIMESTAMPTZ(3),
ADD COLUMN     "submittedById" TEXT,
ADD COLUMN     "supportStaffId" TEXT;

-- Backfill before the enum values go: a revisited review is closed with what its revisit found,
-- a recommendation marked DONE was accepted and found done, and revisitMet becomes an outcome.
UPDATE "VenueRecommendation" SET "revisitOutcome" = CASE WHEN "revisitMet" THEN 'DONE'::"RecommendationOutcome" ELSE 'NOT_DONE'::"RecommendationOutcome" END
  WHERE "revisitMet" IS NOT NULL;
UPDATE "VenueRecommendation" SET "status" = 'ACCEPTED', "revisitOutcome" = COALESCE("revisitOutcome", 'DONE') WHERE "status" = 'DONE';
UPDATE "VenueReview" r SET "outcome" = CASE
    WHEN NOT EXISTS (SELECT 1 FROM "VenueRecommendation" x WHERE x."reviewId" = r.id) THEN 'NOTHING_TO_CHANGE'::"VenueReviewOutcome"
    WHEN NOT EXISTS (SELECT 1 FROM "VenueRecommendation" x WHERE x."reviewId" = r.id AND x."revisitOutcome" IS DISTINCT FROM 'DONE') THEN 'ALL_DONE'::"VenueReviewOutcome"
    WHEN EXISTS (SELECT 1 FROM "VenueRecommendation" x WHERE x."reviewId" = r.id AND x."revisitOutcome" IN ('DONE', 'PARTLY_DONE')) THEN 'PARTLY_DONE'::"VenueReviewOutcome"
    ELSE 'NOT_DONE'::"VenueReviewOutcome" END,
  "closedAt" = r."updatedAt"
  WHERE r."status" = 'REVISITED';
UPDATE "VenueReview" SET "status" = 'CLOSED' WHERE "status" = 'REVISITED';

-- AlterEnum
BEGIN;
CREATE TYPE "RecommendationStatus_new" AS ENUM ('OPEN', 'ACCEPTED', 'NOT_ACCEPTED');
ALTER TABLE "public"."VenueRecommendation" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "VenueRecommendation" ALTER COLUMN "status" TYPE "RecommendationStatus_new" USING ("status"::text::"RecommendationStatus_new");
ALTER TYPE "RecommendationStatus" RENAME TO "RecommendationStatus_old";
ALTER TYPE "RecommendationStatus_new" RENAME TO "RecommendationStatus";
DROP TYPE "public"."RecommendationStatus_old";
ALTER TABLE "VenueRecommendation" ALTER COLUMN "status" SET DEFAULT 'OPEN';
COMMIT;

-- AlterEnum
BEGIN;
CREATE TYPE "VenueReviewStatus_new" AS ENUM ('PLANNED', 'VISITED', 'PROVIDER_RESPONDED', 'REVISIT_PLANNED', 'CLOSED');
ALTER TABLE "public"."VenueReview" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "VenueReview" ALTER COLUMN "status" TYPE "VenueReviewStatus_new" USING ("status"::text::"VenueReviewStatus_new");
ALTER TYPE "VenueReviewStatus" RENAME TO "VenueReviewStatus_old";
ALTER TYPE "VenueReviewStatus_new" RENAME TO "VenueReviewStatus";
DROP TYPE "public"."VenueReviewStatus_old";
ALTER TABLE "VenueReview" ALTER COLUMN "status" SET DEFAULT 'PLANNED';
COMMIT;

-- AlterTable
ALTER TABLE "VenueRecommendation" DROP COLUMN "revisitMet";

-- DropIndex
DROP INDEX "VenueRecommendation_councilId_idx";

-- DropIndex
DROP INDEX "VenueReview_organisationId_idx";

-- CreateTable
CREATE TABLE "TrainingModule" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingModule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YoungCommissionerProfile" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "dateOfBirth" DATE,
    "consentGivenBy" TEXT,
    "consentRelationship" TEXT,
    "consentGivenOn" DATE,
    "consentRecordedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "YoungCommissionerProfile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrainingModule_councilId_position_idx" ON "TrainingModule"("councilId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingModule_councilId_name_key" ON "TrainingModule"("councilId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "YoungCommissionerProfile_membershipId_key" ON "YoungCommissionerProfile"("membershipId");

-- CreateIndex
CREATE INDEX "YoungCommissionerProfile_councilId_idx" ON "YoungCommissionerProfile"("councilId");

-- CreateIndex
CREATE INDEX "TrainingRecord_moduleId_idx" ON "TrainingRecord"("moduleId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingRecord_membershipId_moduleId_key" ON "TrainingRecord"("membershipId", "moduleId");

-- CreateIndex
CREATE INDEX "VenueRecommendation_councilId_status_idx" ON "VenueRecommendation"("councilId", "status");

-- CreateIndex
CREATE INDEX "VenueReview_councilId_responseDueOn_idx" ON "VenueReview"("councilId", "responseDueOn");

-- CreateIndex
CREATE INDEX "VenueReview_councilId_revisitPlannedFor_idx" ON "VenueReview"("councilId", "revisitPlannedFor");

-- CreateIndex
CREATE INDEX "VenueReview_organisationId_status_idx" ON "VenueReview"("organisationId", "status");

-- CreateIndex
CREATE INDEX "VenueReview_serviceId_idx" ON "VenueReview"("serviceId");

-- CreateIndex
CREATE INDEX "VenueReview_supportStaffId_idx" ON "VenueReview"("supportStaffId");

-- AddForeignKey
ALTER TABLE "VenueReview" ADD CONSTRAINT "VenueReview_supportStaffId_fkey" FOREIGN KEY ("supportStaffId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "TrainingModule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YoungCommissionerProfile" ADD CONSTRAINT "YoungCommissionerProfile_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

