-- AlterTable
ALTER TABLE "Specification" ADD COLUMN     "editVersion" INTEGER NOT NULL DEFAULT 1;
