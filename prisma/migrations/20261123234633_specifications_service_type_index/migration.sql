-- CreateIndex
CREATE INDEX "Specification_councilId_serviceTypeId_idx" ON "Specification"("councilId", "serviceTypeId");
