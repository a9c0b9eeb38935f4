-- Involvement activities record who took part as counts by group, not as people (docs/decisions/0036).
-- InvolvementParticipation (one row per person, linked to a membership) is replaced by InvolvementCount,
-- its rows are carried over as counts before it is dropped.
-- CreateEnum
CREATE TYPE "InvolvementDimension" AS ENUM ('AGE_BAND', 'NEED_TYPE', 'GROUP');

-- AlterTable
ALTER TABLE "InvolvementActivity" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "participants" INTEGER,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "InvolvementCount" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "dimension" "InvolvementDimension" NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "InvolvementCount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvolvementGroup" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" TIMESTAMPTZ(3),

    CONSTRAINT "InvolvementGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_InvolvementActivityYouSaidWeDid" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InvolvementActivityYouSaidWeDid_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "InvolvementCount_councilId_dimension_idx" ON "InvolvementCount"("councilId", "dimension");

-- CreateIndex
CREATE UNIQUE INDEX "InvolvementCount_activityId_dimension_key_key" ON "InvolvementCount"("activityId", "dimension", "key");

-- CreateIndex
CREATE INDEX "InvolvementGroup_councilId_position_idx" ON "InvolvementGroup"("councilId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "InvolvementGroup_councilId_code_key" ON "InvolvementGroup"("councilId", "code");

-- CreateIndex
CREATE INDEX "_InvolvementActivityYouSaidWeDid_B_index" ON "_InvolvementActivityYouSaidWeDid"("B");

-- CreateIndex
CREATE INDEX "InvolvementActivity_councilId_kind_heldOn_idx" ON "InvolvementActivity"("councilId", "kind", "heldOn");

-- AddForeignKey
ALTER TABLE "InvolvementCount" ADD CONSTRAINT "InvolvementCount_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "InvolvementActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InvolvementActivityYouSaidWeDid" ADD CONSTRAINT "_InvolvementActivityYouSaidWeDid_A_fkey" FOREIGN KEY ("A") REFERENCES "InvolvementActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InvolvementActivityYouSaidWeDid" ADD CONSTRAINT "_InvolvementActivityYouSaidWeDid_B_fkey" FOREIGN KEY ("B") REFERENCES "YouSaidWeDid"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Carry the old rows over: everyone counted, by age band, and each self-described group as a council group.
UPDATE "InvolvementActivity" a SET "participants" = p.n
FROM (SELECT "activityId", count(*)::int AS n FROM "InvolvementParticipation" GROUP BY "activityId") p
WHERE p."activityId" = a.id;

INSERT INTO "InvolvementCount" ("id", "councilId", "activityId", "dimension", "key", "count")
SELECT gen_random_uuid()::text, "councilId", "activityId", 'AGE_BAND', "ageBand"::text, count(*)::int
FROM "InvolvementParticipation" WHERE "ageBand" IS NOT NULL
GROUP BY "councilId", "activityId", "ageBand";

INSERT INTO "InvolvementGroup" ("id", "councilId", "code", "name", "position")
SELECT gen_random_uuid()::text, "councilId", code, min(name), (row_number() OVER (PARTITION BY "councilId" ORDER BY code))::int - 1
FROM (
  SELECT DISTINCT "councilId", trim(g) AS name,
    'G_' || upper(trim(both '_' from regexp_replace(trim(g), '[^A-Za-z0-9]+', '_', 'g'))) AS code
  FROM "InvolvementParticipation", unnest("groups") AS g
  WHERE trim(g) <> ''
) named
GROUP BY "councilId", code;

INSERT INTO "InvolvementCount" ("id", "councilId", "activityId", "dimension", "key", "count")
SELECT gen_random_uuid()::text, p."councilId", p."activityId", 'GROUP', grp.id, count(DISTINCT p.id)::int
FROM "InvolvementParticipation" p, unnest(p."groups") AS g
JOIN "InvolvementGroup" grp ON grp.code = 'G_' || upper(trim(both '_' from regexp_replace(trim(g), '[^A-Za-z0-9]+', '_', 'g')))
WHERE grp."councilId" = p."councilId" AND trim(g) <> ''
GROUP BY p."councilId", p."activityId", grp.id;

-- DropForeignKey
ALTER TABLE "InvolvementParticipation" DROP CONSTRAINT "InvolvementParticipation_activityId_fkey";

-- DropForeignKey
ALTER TABLE "InvolvementParticipation" DROP CONSTRAINT "InvolvementParticipation_membershipId_fkey";

-- DropTable
DROP TABLE "InvolvementParticipation";
