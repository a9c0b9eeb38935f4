-- CreateTable
CREATE TABLE "EmailReminder" (
    "key" TEXT NOT NULL,
    "queuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailReminder_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "EmailReminder_queuedAt_idx" ON "EmailReminder"("queuedAt");
