-- RAS versions hold their whole definition (domains of questions, money rule, floor, ceiling) as JSON:
-- a council's draft lives in RasDraft. Assessments are submitted, then approved or refused.

-- RasConfiguration: the old flat questions become one domain, and pounds per point, floor and ceiling move
-- into the definition as exact decimal strings.
ALTER TABLE "RasConfiguration" ADD COLUMN "definition" JSONB;
UPDATE "RasConfiguration" SET "definition" = jsonb_build_object(
  'domains', jsonb_build_array(jsonb_build_object(
    'code', 'needs', 'label', 'Needs', 'questions', "questions"
  )),
  'rule', jsonb_build_object('kind', 'PER_POINT', 'poundsPerPoint', to_char("poundsPerPoint", 'FM9999999990.00')),
  'floor', to_char("minimumBudget", 'FM9999999990.00'),
  'ceiling', to_char("maximumBudget", 'FM9999999990.00')
);
ALTER TABLE "RasConfiguration" ALTER COLUMN "definition" SET NOT NULL;
ALTER TABLE "RasConfiguration" RENAME COLUMN "createdById" TO "publishedById";
ALTER TABLE "RasConfiguration" ADD COLUMN "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "RasConfiguration" SET "publishedAt" = COALESCE("activeFrom", "createdAt");
ALTER TABLE "RasConfiguration" DROP COLUMN "questions",
  DROP COLUMN "poundsPerPoint",
  DROP COLUMN "minimumBudget",
  DROP COLUMN "maximumBudget",
  DROP COLUMN "activeFrom",
  DROP COLUMN "createdAt";

-- CreateTable
CREATE TABLE "RasDraft" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" JSONB NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RasDraft_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RasDraft_councilId_key" ON "RasDraft"("councilId");

-- Assessments: COMPLETED ones had budgets made from them, so they were approved.
ALTER TYPE "AssessmentStatus" RENAME VALUE 'COMPLETED' TO 'APPROVED';
ALTER TYPE "AssessmentStatus" ADD VALUE 'SUBMITTED' BEFORE 'APPROVED';
ALTER TYPE "AssessmentStatus" ADD VALUE 'REFUSED';
ALTER TABLE "Assessment" RENAME COLUMN "completedAt" TO "decidedAt";
ALTER TABLE "Assessment" ADD COLUMN "breakdown" JSONB,
  ADD COLUMN "submittedAt" TIMESTAMPTZ(3),
  ADD COLUMN "decidedById" TEXT,
  ADD COLUMN "refusalReason" TEXT;
UPDATE "Assessment" SET "submittedAt" = "decidedAt" WHERE "decidedAt" IS NOT NULL;
