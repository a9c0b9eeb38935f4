-- CreateTable
CREATE TABLE "CouncilServiceType" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "serviceTypeId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" TIMESTAMPTZ(3),

    CONSTRAINT "CouncilServiceType_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CouncilServiceType_councilId_retiredAt_position_idx" ON "CouncilServiceType"("councilId", "retiredAt", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilServiceType_councilId_serviceTypeId_key" ON "CouncilServiceType"("councilId", "serviceTypeId");

-- AddForeignKey
ALTER TABLE "CouncilServiceType" ADD CONSTRAINT "CouncilServiceType_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilServiceType" ADD CONSTRAINT "CouncilServiceType_serviceTypeId_fkey" FOREIGN KEY ("serviceTypeId") REFERENCES "ServiceType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every existing council uses every existing type, in the current national order and under the
-- national name, so nothing changes for them (docs/decisions/0038).
INSERT INTO "CouncilServiceType" ("id", "councilId", "serviceTypeId", "label", "position")
SELECT gen_random_uuid()::text, c.id, t.id, t.name,
       row_number() OVER (PARTITION BY c.id ORDER BY t.position, t.name)
FROM "Council" c CROSS JOIN "ServiceType" t;
