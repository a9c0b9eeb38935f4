-- CreateEnum
CREATE TYPE "Rag" AS ENUM ('GREEN', 'AMBER', 'RED');

-- AlterTable
ALTER TABLE "Contract" ADD COLUMN     "currentRag" "Rag";

-- CreateIndex
CREATE INDEX "Contract_councilId_currentRag_idx" ON "Contract"("councilId", "currentRag");

-- Backfill: the worst RAG of each KPI's latest accepted result (the rule of lib/domain/rag.ts).
WITH latest AS (
  SELECT DISTINCT ON (k."id") k."contractId", k."targetPerPeriod" AS t, k."greenPercent" AS g,
         k."amberPercent" AS a, ka."value" AS v
  FROM "Kpi" k
  JOIN "KpiActual" ka ON ka."kpiId" = k."id"
  JOIN "OutcomeReturn" r ON r."id" = ka."outcomeReturnId" AND r."status" = 'ACCEPTED'
  JOIN "ReturnPeriod" p ON p."id" = r."returnPeriodId"
  ORDER BY k."id", p."startDate" DESC
), worst AS (
  SELECT "contractId",
         MAX(CASE WHEN t <= 0 OR v * 100 >= t * g THEN 0 WHEN v * 100 >= t * a THEN 1 ELSE 2 END) AS w
  FROM latest GROUP BY "contractId"
)
UPDATE "Contract" c
SET "currentRag" = (CASE worst.w WHEN 0 THEN 'GREEN' WHEN 1 THEN 'AMBER' ELSE 'RED' END)::"Rag"
FROM worst WHERE worst."contractId" = c."id";
