/*
  Warnings:

  - A unique constraint covering the columns `[personalBudgetId,dueOn]` on the table `BudgetPayment` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('DUE', 'PAID');

-- AlterTable
ALTER TABLE "BudgetPayment" ADD COLUMN     "dueOn" DATE,
ADD COLUMN     "status" "PaymentStatus" NOT NULL DEFAULT 'PAID',
ALTER COLUMN "paidOn" DROP NOT NULL;

-- AlterTable
ALTER TABLE "PersonalBudget" ADD COLUMN     "nextPaymentDue" DATE,
ADD COLUMN     "paymentEveryWeeks" INTEGER,
ADD COLUMN     "scheduledAmount" DECIMAL(12,2);

-- CreateIndex
CREATE INDEX "BudgetPayment_councilId_status_dueOn_idx" ON "BudgetPayment"("councilId", "status", "dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetPayment_personalBudgetId_dueOn_key" ON "BudgetPayment"("personalBudgetId", "dueOn");

-- CreateIndex
CREATE INDEX "PersonalBudget_status_nextPaymentDue_idx" ON "PersonalBudget"("status", "nextPaymentDue");

