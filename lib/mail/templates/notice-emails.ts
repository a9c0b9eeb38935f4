import { formatDate } from "../../domain/dates";
import { compose, portalUrl, type Email } from "../compose";

// Optional e-mails sent beside in-app notifications (docs/decisions/0035), in the GOV.UK Notify manner:
// short, plain English, one link on its own line, and how to stop getting them.

const FOOTER = "You can choose which e-mails you get from Your account in the portal:";
const footer = () => [FOOTER, { href: portalUrl("/account") }] as const;

/** The council answered (or changed its answer to) a clarification question on a tender. */
export function clarificationAnswerEmail(args: {
  name: string;
  councilName: string;
  tenderTitle: string;
  updated: boolean;
  path: string;
}): Email {
  return compose(`${args.updated ? "Clarification updated" : "New clarification"}: ${args.tenderTitle}`, [
    `Hello ${args.name},`,
    `${args.councilName} has ${args.updated ? "changed an answer" : "published an answer"} to a clarification question about ${args.tenderTitle}. Every bidder sees the same answer.`,
    "To read it, sign in and go to:",
    { href: portalUrl(args.path) },
    ...footer(),
  ]);
}

/** An outcome return is due soon. */
export function returnDueEmail(args: {
  name: string;
  councilName: string;
  contractReference: string;
  periodLabel: string;
  dueDate: Date;
  path: string;
}): Email {
  return compose(`Outcome return due on ${formatDate(args.dueDate)}: ${args.contractReference}`, [
    `Hello ${args.name},`,
    `The ${args.periodLabel} outcome return for contract ${args.contractReference} with ${args.councilName} is due on ${formatDate(args.dueDate)}.`,
    "To fill it in and send it, sign in and go to:",
    { href: portalUrl(args.path) },
    ...footer(),
  ]);
}

/** An outcome return is past its due date and not sent. */
export function returnOverdueEmail(args: {
  name: string;
  councilName: string;
  contractReference: string;
  periodLabel: string;
  dueDate: Date;
  path: string;
}): Email {
  return compose(`Outcome return overdue: ${args.contractReference}`, [
    `Hello ${args.name},`,
    `The ${args.periodLabel} outcome return for contract ${args.contractReference} was due on ${formatDate(args.dueDate)}. ${args.councilName} has not received it.`,
    "Please send it now. Sign in and go to:",
    { href: portalUrl(args.path) },
    ...footer(),
  ]);
}

/** The council has a question about a return it was sent. */
export function returnQueryEmail(args: {
  name: string;
  councilName: string;
  contractReference: string;
  periodLabel: string;
  path: string;
}): Email {
  return compose(`Question about your outcome return: ${args.contractReference}`, [
    `Hello ${args.name},`,
    `${args.councilName} has a question about your ${args.periodLabel} outcome return for contract ${args.contractReference}.`,
    "To read it, answer and send the return again, sign in and go to:",
    { href: portalUrl(args.path) },
    ...footer(),
  ]);
}

/** A new announcement the council asks providers to acknowledge. */
export function announcementEmail(args: {
  name: string;
  councilName: string;
  title: string;
  path: string;
}): Email {
  return compose(`Please acknowledge: ${args.title}`, [
    `Hello ${args.name},`,
    `${args.councilName} has published an announcement for providers, “${args.title}”, and asks your organisation to read and acknowledge it.`,
    "To read and acknowledge it, sign in and go to:",
    { href: portalUrl(args.path) },
    ...footer(),
  ]);
}

/** "You said, we did": the council is doing something about feedback the family gave. */
export function youSaidWeDidEmail(args: {
  name: string;
  councilName: string;
  what: string;
  path: string;
}): Email {
  return compose("What happened to what you said", [
    `Hello ${args.name},`,
    `You told ${args.councilName} what you think about short breaks. ${args.what}`,
    "To see what the council is doing, sign in and go to:",
    { href: portalUrl(args.path) },
    ...footer(),
  ]);
}

/** A personal budget's review is coming up (to the family, or to the council's social workers). */
export function budgetReviewEmail(args: {
  name: string;
  councilName: string;
  reviewDate: Date;
  forFamily: boolean;
  path: string;
}): Email {
  return compose(`Personal budget review due on ${formatDate(args.reviewDate)}`, [
    `Hello ${args.name},`,
    args.forFamily
      ? `Your child's personal budget with ${args.councilName} is due for review on ${formatDate(args.reviewDate)}. A social worker will talk with you about how it is going and what your child needs now.`
      : `A personal budget is due for review on ${formatDate(args.reviewDate)}. Plan the review with the family.`,
    "To see the budget, sign in and go to:",
    { href: portalUrl(args.path) },
    ...footer(),
  ]);
}

/** A provider organisation has asked to work with the council: an administrator or commissioner decides. */
export function providerApplicationEmail(args: {
  name: string;
  councilName: string;
  organisationName: string;
  path: string;
}): Email {
  return compose(`Provider application: ${args.organisationName}`, [
    `Hello ${args.name},`,
    `${args.organisationName} has asked to work with ${args.councilName}. Approve or refuse the application with a reason.`,
    "To decide, sign in and go to:",
    { href: portalUrl(args.path) },
    ...footer(),
  ]);
}
