/*
  Warnings:

  - A unique constraint covering the columns `[receiptFileId]` on the table `SpendEvidence` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "FilePurpose" AS ENUM ('RECEIPT');

-- AlterEnum
ALTER TYPE "EvidenceStatus" ADD VALUE 'QUERIED';

-- AlterTable
ALTER TABLE "SpendEvidence" ADD COLUMN     "howItHelped" TEXT,
ADD COLUMN     "receiptFileId" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "EvidenceMessage" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "fromFamily" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "purpose" "FilePurpose" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvidenceMessage_evidenceId_createdAt_idx" ON "EvidenceMessage"("evidenceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_councilId_purpose_idx" ON "StoredFile"("councilId", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "SpendEvidence_receiptFileId_key" ON "SpendEvidence"("receiptFileId");

-- CreateIndex
CREATE INDEX "SpendEvidence_personalBudgetId_createdAt_idx" ON "SpendEvidence"("personalBudgetId", "createdAt");

-- AddForeignKey
ALTER TABLE "SpendEvidence" ADD CONSTRAINT "SpendEvidence_receiptFileId_fkey" FOREIGN KEY ("receiptFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceMessage" ADD CONSTRAINT "EvidenceMessage_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "SpendEvidence"("id") ON DELETE CASCADE ON UPDATE CASCADE;
