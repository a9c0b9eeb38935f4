-- AlterEnum
ALTER TYPE "FilePurpose" ADD VALUE 'PHOTO';

-- CreateTable
CREATE TABLE "VenueReviewPhoto" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "caption" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VenueReviewPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VenueReviewPhoto_fileId_key" ON "VenueReviewPhoto"("fileId");

-- CreateIndex
CREATE INDEX "VenueReviewPhoto_reviewId_idx" ON "VenueReviewPhoto"("reviewId");

-- AddForeignKey
ALTER TABLE "VenueReviewPhoto" ADD CONSTRAINT "VenueReviewPhoto_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "VenueReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenueReviewPhoto" ADD CONSTRAINT "VenueReviewPhoto_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
