-- AlterTable
ALTER TABLE "Bid" ADD COLUMN     "editVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "editVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "InvolvementPlan" ADD COLUMN     "editVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "OutcomeReturn" ADD COLUMN     "editVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "PersonalBudget" ADD COLUMN     "editVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "SupportPlan" ADD COLUMN     "editVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Tender" ADD COLUMN     "editVersion" INTEGER NOT NULL DEFAULT 1;
