-- AlterTable
ALTER TABLE "Child" ADD COLUMN     "editVersion" INTEGER NOT NULL DEFAULT 1;
