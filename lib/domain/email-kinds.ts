import type { Role } from "../generated/prisma/enums";

/**
 * The e-mails a person may turn off, each sent beside an in-app notification (which always stays).
 * Invitations, password links and security notices are required and are not listed here: nobody can
 * turn them off. `roles` are who can get each kind, so /account offers only the ones that apply.
 */
export const OPTIONAL_EMAILS = {
  "bid-deadlines": {
    label: "Reminders that a bid has not been sent, two days before the tender closes",
    roles: ["PROVIDER"],
  },
  clarifications: {
    label: "Answers to clarification questions on tenders your organisation is bidding for",
    roles: ["PROVIDER"],
  },
  returns: { label: "Outcome returns that are due soon or overdue", roles: ["PROVIDER"] },
  "return-queries": { label: "Questions from the council about your outcome returns", roles: ["PROVIDER"] },
  announcements: { label: "Announcements the council asks you to acknowledge", roles: ["PROVIDER"] },
  "you-said-we-did": {
    label: "“You said, we did”: what the council is doing about feedback you gave",
    roles: ["FAMILY"],
  },
  "budget-reviews": {
    label: "Personal budgets due for review",
    roles: ["FAMILY", "SOCIAL_WORKER"],
  },
  "provider-applications": {
    label: "Provider organisations asking to work with the council",
    roles: ["ADMIN", "COMMISSIONER"],
  },
} as const satisfies Record<string, { label: string; roles: readonly Role[] }>;

export type EmailKind = keyof typeof OPTIONAL_EMAILS;
export const EMAIL_KINDS = Object.keys(OPTIONAL_EMAILS) as EmailKind[];

/** The optional e-mails a role can get, in the order above. */
export function emailKindsFor(role: Role): EmailKind[] {
  return EMAIL_KINDS.filter((k) => (OPTIONAL_EMAILS[k].roles as readonly Role[]).includes(role));
}
