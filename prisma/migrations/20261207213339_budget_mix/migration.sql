-- AlterEnum
ALTER TYPE "BudgetType" ADD VALUE 'MIX';

-- AlterTable
ALTER TABLE "PersonalBudget" ADD COLUMN     "directPaymentPart" DECIMAL(12,2),
ADD COLUMN     "individualPart" DECIMAL(12,2),
ADD COLUMN     "managedPart" DECIMAL(12,2);
