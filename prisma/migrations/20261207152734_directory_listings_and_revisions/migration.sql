-- CreateEnum
CREATE TYPE "AccessibilityFeature" AS ENUM ('STEP_FREE_ACCESS', 'ACCESSIBLE_TOILET', 'CHANGING_PLACES', 'HOIST', 'QUIET_SPACE', 'SENSORY_ROOM', 'BSL', 'MAKATON', 'HEARING_LOOP', 'ACCESSIBLE_PARKING', 'PERSONAL_CARE', 'MEDICATION_TRAINED');

-- CreateEnum
CREATE TYPE "RevisionStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- DropIndex
DROP INDEX "Service_organisationId_idx";

-- AlterTable
ALTER TABLE "Service" ADD COLUMN     "accessibilityFeatures" "AccessibilityFeature"[] DEFAULT ARRAY[]::"AccessibilityFeature"[],
ADD COLUMN     "isFree" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lastReviewedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "ServiceRevision" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "proposed" JSONB NOT NULL,
    "isNewListing" BOOLEAN NOT NULL DEFAULT false,
    "status" "RevisionStatus" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT,
    "proposedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_ServiceNeedTypes" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ServiceNeedTypes_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "ServiceRevision_councilId_status_createdAt_idx" ON "ServiceRevision"("councilId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ServiceRevision_serviceId_status_idx" ON "ServiceRevision"("serviceId", "status");

-- CreateIndex
CREATE INDEX "ServiceRevision_organisationId_councilId_status_idx" ON "ServiceRevision"("organisationId", "councilId", "status");

-- CreateIndex
CREATE INDEX "_ServiceNeedTypes_B_index" ON "_ServiceNeedTypes"("B");

-- CreateIndex
CREATE INDEX "Service_councilId_status_isFree_idx" ON "Service"("councilId", "status", "isFree");

-- CreateIndex
CREATE INDEX "Service_councilId_status_ageMin_ageMax_idx" ON "Service"("councilId", "status", "ageMin", "ageMax");

-- CreateIndex
CREATE INDEX "Service_councilId_status_name_idx" ON "Service"("councilId", "status", "name");

-- CreateIndex
CREATE INDEX "Service_accessibilityFeatures_idx" ON "Service" USING GIN ("accessibilityFeatures");

-- CreateIndex
CREATE INDEX "Service_organisationId_councilId_status_idx" ON "Service"("organisationId", "councilId", "status");

-- CreateIndex
CREATE INDEX "Service_councilId_status_lastReviewedAt_idx" ON "Service"("councilId", "status", "lastReviewedAt");

-- AddForeignKey
ALTER TABLE "ServiceRevision" ADD CONSTRAINT "ServiceRevision_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ServiceNeedTypes" ADD CONSTRAINT "_ServiceNeedTypes_A_fkey" FOREIGN KEY ("A") REFERENCES "NeedType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ServiceNeedTypes" ADD CONSTRAINT "_ServiceNeedTypes_B_fkey" FOREIGN KEY ("B") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;
