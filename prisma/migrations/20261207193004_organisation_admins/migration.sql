-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "isOrganisationAdmin" BOOLEAN NOT NULL DEFAULT false;
