-- CreateEnum
CREATE TYPE "PlanItemCategory" AS ENUM ('PERSONAL_CARE', 'ONE_TO_ONE', 'SHORT_TERM_BREAK', 'DAY_ACTIVITIES', 'COMMISSIONED_SERVICE', 'OVERNIGHT_BREAK', 'SOCIAL_ACTIVITIES');

-- DropIndex
DROP INDEX "SupportPlanItem_councilId_idx";

-- AlterTable
ALTER TABLE "BudgetPayment" ADD COLUMN     "note" TEXT;

-- AlterTable
ALTER TABLE "PersonalBudget" ADD COLUMN     "amountReason" TEXT,
ADD COLUMN     "endedAt" TIMESTAMPTZ(3),
ADD COLUMN     "proposedById" TEXT,
ADD COLUMN     "refusalReason" TEXT;

-- AlterTable
ALTER TABLE "SupportPlan" ADD COLUMN     "agreedById" TEXT,
ADD COLUMN     "overBudgetReason" TEXT,
ADD COLUMN     "supersededAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "SupportPlanItem" ADD COLUMN     "boughtDirectly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "category" "PlanItemCategory" NOT NULL DEFAULT 'SOCIAL_ACTIVITIES',
ADD COLUMN     "frequency" TEXT,
ADD COLUMN     "unitCost" DECIMAL(12,2);

-- CreateIndex
CREATE INDEX "SupportPlanItem_councilId_organisationId_idx" ON "SupportPlanItem"("councilId", "organisationId");

-- AddForeignKey
ALTER TABLE "SupportPlanItem" ADD CONSTRAINT "SupportPlanItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;
