import { prisma } from "../../db";
import { reviewDueBefore } from "../../domain/directory";

/**
 * Reminds provider staff, in the app, of each published listing of their organisation not reviewed
 * for six months: one notification per listing and review cycle (its id is made from the member, the
 * listing and the date it was last reviewed, so running again sends nothing new, and once the listing
 * is reviewed the next cycle gets a new reminder). Safe to run at any time and any number of times.
 * Returns how many notifications were made.
 */
export async function notifyListingsDueForReview(now = new Date()): Promise<number> {
  const cutoff = reviewDueBefore(now);
  return prisma.$executeRaw`
    INSERT INTO "Notification" ("id", "councilId", "membershipId", "title", "body", "href", "createdAt")
    SELECT 'lrv' || md5(m.id || s.id || extract(epoch FROM COALESCE(s."lastReviewedAt", s."createdAt"))::text), s."councilId", m.id,
           'Listing review due: ' || s.name,
           'Please check that your directory listing is still correct, and either confirm it or propose a change.',
           '/provider/services/' || s.id,
           ${now}
    FROM "Service" s
    JOIN "Membership" m ON m."councilId" = s."councilId" AND m."organisationId" = s."organisationId"
                         AND m.role = 'PROVIDER' AND m."disabledAt" IS NULL
    WHERE s.status = 'PUBLISHED'
      AND COALESCE(s."lastReviewedAt", s."createdAt") <= ${cutoff}
    ON CONFLICT ("id") DO NOTHING`;
}
