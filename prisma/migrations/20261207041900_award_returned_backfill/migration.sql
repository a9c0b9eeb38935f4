-- Until now the young commissioners' "no" set an award to CANCELLED. That is now RETURNED (the
-- chair re-moderates and proposes again, or proceeds with a recorded reason), while CANCELLED is kept for
-- awards of cancelled tenders. In its own migration: a new enum value cannot be used in the
-- transaction that adds it.
UPDATE "Award" a
SET status = 'RETURNED'
FROM "Tender" t
WHERE t.id = a."tenderId" AND a.status = 'CANCELLED' AND t.status <> 'CANCELLED';

UPDATE "Award" a
SET status = 'CANCELLED'
FROM "Tender" t
WHERE t.id = a."tenderId" AND a.status IN ('PROPOSED', 'STANDSTILL', 'RETURNED') AND t.status = 'CANCELLED';
