-- CreateEnum
CREATE TYPE "PriorityRoundStatus" AS ENUM ('OPEN', 'CLOSED');

-- AlterTable
ALTER TABLE "Specification" ADD COLUMN     "prioritiesSnapshot" JSONB;

-- CreateTable
CREATE TABLE "PriorityRound" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "closesOn" DATE NOT NULL,
    "status" "PriorityRoundStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMPTZ(3),
    "closedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PriorityRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityItem" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "needTypeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PriorityItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PriorityRanking" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "itemOrder" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PriorityRanking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PriorityRound_councilId_status_closesOn_idx" ON "PriorityRound"("councilId", "status", "closesOn");

-- CreateIndex
CREATE INDEX "PriorityRound_councilId_createdAt_idx" ON "PriorityRound"("councilId", "createdAt");

-- CreateIndex
CREATE INDEX "PriorityItem_roundId_position_idx" ON "PriorityItem"("roundId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "PriorityItem_roundId_needTypeId_key" ON "PriorityItem"("roundId", "needTypeId");

-- CreateIndex
CREATE INDEX "PriorityRanking_councilId_idx" ON "PriorityRanking"("councilId");

-- CreateIndex
CREATE INDEX "PriorityRanking_membershipId_idx" ON "PriorityRanking"("membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "PriorityRanking_roundId_membershipId_key" ON "PriorityRanking"("roundId", "membershipId");

-- AddForeignKey
ALTER TABLE "PriorityItem" ADD CONSTRAINT "PriorityItem_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PriorityRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityRanking" ADD CONSTRAINT "PriorityRanking_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "PriorityRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PriorityRanking" ADD CONSTRAINT "PriorityRanking_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;
