-- CreateTable
CREATE TABLE "AccountRequest" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountRequest_tokenHash_key" ON "AccountRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountRequest_email_createdAt_idx" ON "AccountRequest"("email", "createdAt");

-- CreateIndex
CREATE INDEX "AccountRequest_councilId_idx" ON "AccountRequest"("councilId");

-- CreateIndex
CREATE INDEX "AccountRequest_expiresAt_idx" ON "AccountRequest"("expiresAt");
