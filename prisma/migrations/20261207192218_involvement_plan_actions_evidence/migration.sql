/*
  Warnings:

  - A unique constraint covering the columns `[councilId,periodStart]` on the table `InvolvementPlan` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "InvolvementPlan_councilId_periodStart_idx";

-- DropIndex
DROP INDEX "InvolvementPlanAction_planId_idx";

-- AlterTable
ALTER TABLE "InvolvementPlanAction" ADD COLUMN     "evidence" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE UNIQUE INDEX "InvolvementPlan_councilId_periodStart_key" ON "InvolvementPlan"("councilId", "periodStart");

-- CreateIndex
CREATE INDEX "InvolvementPlanAction_planId_dueDate_idx" ON "InvolvementPlanAction"("planId", "dueDate");
