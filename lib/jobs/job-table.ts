import { runRegisterHousekeeping } from "../data/register/register-housekeeping";
import { notifyOverdueReturns } from "../data/contracts/overdue-returns";
import { closeTendersPastDeadline } from "../data/tenders/close-tenders-past-deadline";
import { pruneRecords } from "../data/housekeeping/prune-records";
import { SEND_OUTBOX_JOB, sendOutbox } from "../data/mail/send-outbox";
import { remindBidDeadlines } from "../data/tenders/remind-bid-deadlines";
import { notifyListingsDueForReview } from "../data/directory/notify-listings-due-for-review";
import { createPaymentsDue } from "../data/budgets/payment-schedule";

export interface JobDefinition {
  /** The queue's name (letters, digits and dashes). */
  name: string;
  /** What administrators read on the jobs page. */
  label: string;
  /** When it runs by itself (cron, UTC). The queue runs each scheduled time once, however many workers run. */
  cron?: string;
  /** Safe to run at any time and any number of times; its data is never personal. */
  run: (now: Date) => Promise<unknown>;
  /** True for a result that did nothing: such a run leaves no record for administrators. */
  idle?: (result: unknown) => boolean;
}

/** Every job the portal runs. Each one is also run once, in this order, by `npm run jobs`. */
export const JOBS: JobDefinition[] = [
  {
    name: SEND_OUTBOX_JOB,
    label: "E-mail: send messages waiting in the outbox",
    // Also asked for as soon as a message is written; this catches retries and anything missed.
    cron: "* * * * *",
    run: (now) => sendOutbox(now),
    idle: (result) => (result as { sent: number }).sent === 0,
  },
  {
    name: "register-housekeeping",
    label: "Register: erase withdrawn records and age out children",
    cron: "5 * * * *",
    run: runRegisterHousekeeping,
  },
  {
    name: "overdue-returns",
    label: "Contracts: tell providers about overdue returns",
    cron: "10 * * * *",
    run: notifyOverdueReturns,
  },
  {
    name: "close-tenders",
    label: "Tenders: close tenders past their deadline",
    cron: "*/5 * * * *",
    run: closeTendersPastDeadline,
    idle: (closed) => closed === 0,
  },
  {
    name: "bid-deadline-reminders",
    label: "Tenders: remind providers whose bid is not sent, two days before the deadline",
    cron: "15 * * * *",
    run: remindBidDeadlines,
  },
  {
    name: "listing-review-reminders",
    label: "Directory: remind providers of listings not reviewed for six months",
    cron: "25 6 * * *",
    run: notifyListingsDueForReview,
    idle: (sent) => sent === 0,
  },
  {
    name: "budget-payments-due",
    label: "Personal budgets: create scheduled direct payments as they fall due",
    cron: "30 5 * * *",
    run: createPaymentsDue,
    idle: (created) => created === 0,
  },
  {
    name: "prune-records",
    label: "Housekeeping: delete old sessions, sign-in attempts and job records",
    cron: "20 * * * *",
    run: pruneRecords,
  },
];

export const JOB_LABEL: Record<string, string> = Object.fromEntries(JOBS.map((j) => [j.name, j.label]));
