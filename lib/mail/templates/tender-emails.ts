import { formatDateTime } from "../../domain/dates";
import { compose, portalUrl, type Email } from "../compose";

/** A provider's bid is still a draft and the tender closes soon. */
export function bidDeadlineReminderEmail(args: {
  name: string;
  councilName: string;
  tenderTitle: string;
  tenderReference: string;
  deadline: Date;
  bidPath: string;
}): Email {
  return compose(`Your bid for ${args.tenderReference} has not been sent`, [
    `Hello ${args.name},`,
    `Your organisation has started a bid for ${args.tenderTitle} (${args.tenderReference}) for ${args.councilName}, but has not sent it yet.`,
    `Bids must be sent by ${formatDateTime(args.deadline)}. After that, the council cannot accept it.`,
    "To check and send your bid, sign in and go to:",
    { href: portalUrl(args.bidPath) },
    "If you have decided not to bid, you can ignore this e-mail.",
  ]);
}
