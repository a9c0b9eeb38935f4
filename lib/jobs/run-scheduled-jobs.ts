import { runRegisterHousekeeping } from "../data/register/register-housekeeping";

/** Every scheduled job, in order. Each is safe to run at any time and any number of times. */
export async function runScheduledJobs(now = new Date()) {
  const register = await runRegisterHousekeeping(now);
  return { register };
}
