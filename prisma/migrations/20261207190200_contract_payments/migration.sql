-- CreateTable
CREATE TABLE "ContractPayment" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "paidOn" DATE NOT NULL,
    "reference" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractPayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContractPayment_councilId_paidOn_idx" ON "ContractPayment"("councilId", "paidOn");

-- CreateIndex
CREATE UNIQUE INDEX "ContractPayment_contractId_reference_key" ON "ContractPayment"("contractId", "reference");

-- AddForeignKey
ALTER TABLE "ContractPayment" ADD CONSTRAINT "ContractPayment_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;
