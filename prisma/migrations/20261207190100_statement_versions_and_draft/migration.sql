-- A version now freezes the whole statement as shown (text and the figures of the day, parsed by
-- lib/schemas/statement.ts) with a changelog line. Unpublished rows give way to one draft per
-- council. Existing versions keep their text as the introduction, with no figures.
DELETE FROM "ShortBreaksStatement" WHERE "publishedAt" IS NULL;

ALTER TABLE "ShortBreaksStatement"
ADD COLUMN     "changelog" TEXT,
ADD COLUMN     "content" JSONB,
ADD COLUMN     "publishedById" TEXT;

UPDATE "ShortBreaksStatement" s SET
  "changelog" = 'Published before versions had a changelog.',
  "publishedById" = s."createdById",
  "content" = jsonb_build_object(
    'councilName', c."name",
    'introduction', s."body",
    'howToGet', '',
    'reviewDate', NULL,
    'generatedAt', to_char(s."publishedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'threshold', c."statisticsThreshold",
    'types', '[]'::jsonb,
    'carers', '[]'::jsonb,
    'youSaidWeDid', '[]'::jsonb)
FROM "Council" c WHERE c."id" = s."councilId";

ALTER TABLE "ShortBreaksStatement" DROP COLUMN "body",
DROP COLUMN "createdAt",
DROP COLUMN "createdById",
ALTER COLUMN "changelog" SET NOT NULL,
ALTER COLUMN "content" SET NOT NULL,
ALTER COLUMN "publishedAt" SET NOT NULL;

-- CreateTable
CREATE TABLE "ShortBreaksStatementDraft" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "introduction" TEXT NOT NULL,
    "howToGet" TEXT NOT NULL,
    "types" JSONB NOT NULL,
    "reviewDate" DATE,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ShortBreaksStatementDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ShortBreaksStatementDraft_councilId_key" ON "ShortBreaksStatementDraft"("councilId");

-- AddForeignKey
ALTER TABLE "ShortBreaksStatementDraft" ADD CONSTRAINT "ShortBreaksStatementDraft_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;
