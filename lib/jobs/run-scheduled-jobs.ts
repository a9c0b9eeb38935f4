import { runRegisterHousekeeping } from "../data/register/register-housekeeping";
import { notifyOverdueReturns } from "../data/contracts/overdue-returns";
import { closeTendersPastDeadline } from "../data/tenders/close-tenders-past-deadline";
import { pruneRecords } from "../data/housekeeping/prune-records";
import { notifyListingsDueForReview } from "../data/directory/notify-listings-due-for-review";

/** Every scheduled job, in order. Each is safe to run at any time and any number of times. */
export async function runScheduledJobs(now = new Date()) {
  const register = await runRegisterHousekeeping(now);
  const overdueReturnNotifications = await notifyOverdueReturns(now);
  const tendersClosed = await closeTendersPastDeadline(now);
  const pruned = await pruneRecords(now);
  const listingReviewNotifications = await notifyListingsDueForReview(now);
  return { register, overdueReturnNotifications, tendersClosed, pruned, listingReviewNotifications };
}
