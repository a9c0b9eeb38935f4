import { runRegisterHousekeeping } from "../data/register/register-housekeeping";
import { notifyOverdueReturns } from "../data/contracts/overdue-returns";

/** Every scheduled job, in order. Each is safe to run at any time and any number of times. */
export async function runScheduledJobs(now = new Date()) {
  const register = await runRegisterHousekeeping(now);
  const overdueReturnNotifications = await notifyOverdueReturns(now);
  return { register, overdueReturnNotifications };
}
