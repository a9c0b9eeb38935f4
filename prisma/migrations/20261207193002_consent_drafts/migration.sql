-- CreateTable
CREATE TABLE "ConsentDraft" (
    "councilId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConsentDraft_pkey" PRIMARY KEY ("councilId")
);

-- AddForeignKey
ALTER TABLE "ConsentDraft" ADD CONSTRAINT "ConsentDraft_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;
