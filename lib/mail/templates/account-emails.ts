import { formatDateTime } from "../../domain/dates";
import { compose, portalUrl, type Email } from "../compose";

/** An invitation from a council: set a password through a one-time link. */
export function invitationEmail(args: {
  name: string;
  councilName: string;
  roleLabel: string;
  linkPath: string;
  expiresAt: Date;
}): Email {
  return compose(`Set up your account with ${args.councilName}`, [
    `Hello ${args.name},`,
    `${args.councilName} has given you an account on its short breaks portal, as ${args.roleLabel.toLowerCase()}.`,
    "To set your password, use this link:",
    { href: portalUrl(args.linkPath) },
    `The link works once. It stops working at ${formatDateTime(args.expiresAt)}.`,
    `If you were not expecting this, you can ignore this e-mail. If you have questions, contact ${args.councilName}.`,
  ]);
}

/** A new set-password link made by an administrator (the person lost theirs, or forgot their password). */
export function newPasswordLinkEmail(args: {
  name: string;
  councilName: string;
  linkPath: string;
  expiresAt: Date;
}): Email {
  return compose("Your new link to set a password", [
    `Hello ${args.name},`,
    `${args.councilName} has made you a new link to set the password for your short breaks portal account:`,
    { href: portalUrl(args.linkPath) },
    `The link works once. It stops working at ${formatDateTime(args.expiresAt)}. Any earlier link no longer works.`,
    `If you did not ask for this, contact ${args.councilName}.`,
  ]);
}

/** The answer to "Forgot your password?" for an address that has an account. */
export function passwordResetEmail(args: { name: string; linkPath: string; expiresAt: Date }): Email {
  return compose("Reset your password", [
    `Hello ${args.name},`,
    "We got a request to reset the password for your short breaks portal account. To choose a new password, use this link:",
    { href: portalUrl(args.linkPath) },
    `The link works once. It stops working at ${formatDateTime(args.expiresAt)}.`,
    "If you did not ask to reset your password, you can ignore this e-mail. Your password has not changed.",
  ]);
}

/** A parent or carer started creating an account: confirm the address through a one-time link. */
export function confirmAccountEmail(args: { councilName: string; linkPath: string; expiresAt: Date }): Email {
  return compose("Confirm your e-mail address", [
    "Hello,",
    `You asked to create an account with ${args.councilName} to put your child on the register of disabled children.`,
    "To confirm your e-mail address and finish creating your account, use this link:",
    { href: portalUrl(args.linkPath) },
    `The link works once. It stops working at ${formatDateTime(args.expiresAt)}.`,
    "If you did not ask for this, you can ignore this e-mail. No account will be made.",
  ]);
}

/** Someone tried to create an account with an address that already has one. */
export function accountExistsEmail(args: { name: string; councilName: string }): Email {
  return compose("You already have an account", [
    `Hello ${args.name},`,
    `Someone asked to create an account with ${args.councilName} using this e-mail address. You already have an account, so no new one was made.`,
    "To sign in, go to:",
    { href: portalUrl("/sign-in") },
    "If you have forgotten your password, you can reset it here:",
    { href: portalUrl("/forgot-password") },
    "If you did not ask for this, you can ignore this e-mail.",
  ]);
}

/** A security notice (required, cannot be turned off): the second factor at sign-in was turned off. */
export function secondFactorOffEmail(args: { name: string; byCouncil: string | null }): Email {
  return compose("The second factor on your account was turned off", [
    `Hello ${args.name},`,
    args.byCouncil
      ? `An administrator at ${args.byCouncil} turned off the authenticator app for your short breaks portal account, for example because you lost your phone. Signing in now needs only your password until you set up an app again.`
      : "The authenticator app for your short breaks portal account was turned off. Signing in now needs only your password.",
    "To set up an authenticator app, sign in and go to:",
    { href: portalUrl("/account/second-factor") },
    args.byCouncil
      ? `If you did not ask for this, contact ${args.byCouncil} now.`
      : "If you did not do this, reset your password now and contact your council.",
  ]);
}
