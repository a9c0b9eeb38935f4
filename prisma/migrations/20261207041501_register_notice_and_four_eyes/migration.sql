-- AlterTable
ALTER TABLE "Council" ADD COLUMN     "specificationFourEyes" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "childId" TEXT;

-- AlterTable
ALTER TABLE "SpecificationVersion" ADD COLUMN     "authorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Notification_childId_idx" ON "Notification"("childId");


-- Backfill: a version's authors are who created it, and who changed it or sent it for approval
-- (from the audit trail) while it was the current version: approximated by every change audited
-- on the specification since the version was created.
UPDATE "SpecificationVersion" v SET "authorIds" = ARRAY(
  SELECT DISTINCT u FROM (
    SELECT v."createdById" AS u
    UNION
    SELECT a."actorUserId" FROM "AuditEvent" a
    WHERE a."entityType" = 'Specification' AND a."entityId" = v."specificationId"
      AND a.action IN ('specification:update', 'specification:send-for-approval', 'specification:new-version', 'specification:equality-impact')
      AND a."createdAt" >= v."createdAt" AND a."actorUserId" IS NOT NULL
      AND (v."approvedAt" IS NULL OR a."createdAt" <= v."approvedAt")
  ) s WHERE u IS NOT NULL
);

-- The age-out notices already sent name a child: link them, so erasure can take the name out.
UPDATE "Notification" n SET "childId" = a."entityId"
FROM "AuditEvent" a
WHERE a.action = 'child:age-out' AND a."entityType" = 'Child' AND n.href = '/family/children'
  AND n.title LIKE '% has left the register' AND n."councilId" = a."councilId"
  AND n."createdAt" BETWEEN a."createdAt" - interval '1 minute' AND a."createdAt" + interval '1 minute'
  AND n."membershipId" IN (
    SELECT m.id FROM "Membership" m JOIN "Child" c ON c."familyId" = m."familyId" WHERE c.id = a."entityId"
  );
-- Notices about children already erased lose the name now.
UPDATE "Notification" n SET
  title = 'Your child has left the register',
  body = 'A young person in your family turned 20 and left the register. Their details have now been erased.'
FROM "Child" c WHERE n."childId" = c.id AND c.status = 'ERASED';
