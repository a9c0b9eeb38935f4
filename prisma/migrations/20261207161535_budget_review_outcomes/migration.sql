-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('MET', 'PARTLY_MET', 'NOT_MET');

-- AlterTable
ALTER TABLE "BudgetReview" ADD COLUMN     "outcomesMet" "ReviewOutcome";
