-- AlterEnum
ALTER TYPE "ProviderStatus" ADD VALUE 'REMOVED';

-- AlterTable
ALTER TABLE "OrganisationCouncil" ADD COLUMN     "statusChangedAt" TIMESTAMPTZ(3),
ADD COLUMN     "statusReason" TEXT;
