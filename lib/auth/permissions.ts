import type { Actor } from "./actor";
import { NotAllowedError } from "../errors";
import { Role } from "../generated/prisma/enums";

/** Someone not signed in. Only permissions that list PUBLIC allow them. */
export const PUBLIC = "PUBLIC" as const;
type Grantee = Role | typeof PUBLIC;

const { FAMILY, YOUNG_COMMISSIONER, PROVIDER, COMMISSIONER, SOCIAL_WORKER, ADMIN, PLATFORM_ADMIN } = Role;
// Typed as roles (not Grantee) so the type system can tell public permissions from signed-in ones.
const SIGNED_IN: Role[] = [
  FAMILY,
  YOUNG_COMMISSIONER,
  PROVIDER,
  COMMISSIONER,
  SOCIAL_WORKER,
  ADMIN,
  PLATFORM_ADMIN,
];
const EVERYONE: Grantee[] = [PUBLIC, ...SIGNED_IN];

/**
 * The one permissions table: `action:entity:scope`.
 * Scope says how data functions narrow the rows: `own` (the actor's own user, family or
 * organisation), `council` (the actor's council), `assigned` (panels and reviews the actor is on),
 * `token` (a one-time link), `public` (published data), `attached` (a file: the scope of the record
 * it is attached to, see lib/files/stored-files.ts), `platform` (above councils: every council, by
 * name and size only).
 */
export const PERMISSIONS = {
  // Everyone
  "read:health:public": EVERYONE,
  "update:display-mode:own": EVERYONE,
  "update:password:token": EVERYONE,
  // "Forgot your password?" (issue 17): the answer is the same whether or not the address has an account.
  "create:password-reset:public": EVERYONE,
  // Families create their own account: asked for publicly, finished through the e-mailed link.
  "create:account:public": EVERYONE,
  "create:account:token": EVERYONE,
  "read:dashboard:own": SIGNED_IN,
  "read:notification:own": SIGNED_IN,
  "update:notification:own": SIGNED_IN,
  "read:account:own": SIGNED_IN,
  "update:session:own": SIGNED_IN,
  // Which optional e-mails a person gets (issue 17); required ones cannot be turned off.
  "update:email-preferences:own": SIGNED_IN,
  // A second factor at sign-in (TOTP, issue 17): council staff only.
  "update:second-factor:own": [COMMISSIONER, SOCIAL_WORKER, ADMIN],
  // Signed in but with no role yet (several councils or roles): the action checks the session itself.
  "choose:membership:own": EVERYONE,

  // Above councils (issue 18): the platform administrator lists councils and creates new ones.
  "read:council:platform": [PLATFORM_ADMIN],
  "create:council:platform": [PLATFORM_ADMIN],

  // Council administration
  "read:user:council": [ADMIN],
  "create:user:council": [ADMIN],
  "update:user:council": [ADMIN],
  "read:council-settings:council": [ADMIN],
  "update:council-settings:council": [ADMIN],
  "read:audit:council": [ADMIN],
  // Reference data (issue 18): districts and types of need, added, renamed, reordered and retired.
  "read:reference-data:council": [ADMIN],
  "update:reference-data:council": [ADMIN],
  // The register's consent wording (issue 18): drafted, then published as a new version.
  "read:consent-wording:council": [ADMIN],
  "update:consent-wording:council": [ADMIN],
  "publish:consent-wording:council": [ADMIN],
  // Providers and the approved list (issue 18): administrators and commissioners keep it.
  "read:provider-list:council": [ADMIN, COMMISSIONER],
  "create:provider:council": [ADMIN, COMMISSIONER],
  "update:provider-status:council": [ADMIN, COMMISSIONER],
  // A provider sees its organisation's standing with each council and applies to work with another.
  "read:council-standing:own": [PROVIDER],
  "create:council-application:own": [PROVIDER],
  // An organisation's own administrators (a flag on their membership) invite and remove its staff.
  "read:organisation-staff:own": [PROVIDER],
  "update:organisation-staff:own": [PROVIDER],
  // Background jobs and the council's e-mail outbox (issue 17): runs hold no council's data.
  "read:job:council": [ADMIN],
  // Resource allocation system (issue 14): administrators edit a draft and publish versions.
  "read:ras:council": [ADMIN],
  "update:ras:council": [ADMIN],
  "publish:ras:council": [ADMIN],

  // Register of disabled children
  "read:child:own": [FAMILY],
  "create:child:own": [FAMILY],
  "update:child:own": [FAMILY],
  // A family agrees again when the consent wording changes.
  "create:consent:own": [FAMILY],
  "read:child:council": [COMMISSIONER, SOCIAL_WORKER],
  // A child not on the register, recorded by a social worker to assess them (issue 14).
  "create:child:council": [SOCIAL_WORKER],
  "export:child:council": [ADMIN],
  "export:child:own": [FAMILY],
  "read:statistics:council": [COMMISSIONER, ADMIN, YOUNG_COMMISSIONER],
  "export:statistics:council": [COMMISSIONER, ADMIN],
  "read:population:council": [ADMIN],
  "update:population:council": [ADMIN],

  // Specifications (issue 5)
  "read:specification:council": [COMMISSIONER],
  "create:specification:council": [COMMISSIONER],
  "update:specification:council": [COMMISSIONER],
  "approve:specification:council": [COMMISSIONER],
  "read:needs-analysis:council": [COMMISSIONER],

  // Commissioning
  "read:tender:council": [COMMISSIONER],
  "read:tender:public": EVERYONE,
  "read:contract:public": EVERYONE,
  "read:bid:own": [PROVIDER],
  "read:score:assigned": [COMMISSIONER, YOUNG_COMMISSIONER],

  // Tenders, bids, panels, scoring and award (issue 5)
  "create:tender:council": [COMMISSIONER],
  "update:tender:council": [COMMISSIONER],
  "answer:question:council": [COMMISSIONER],
  "update:panel:council": [COMMISSIONER],
  "update:moderation:council": [COMMISSIONER],
  "create:award:council": [COMMISSIONER],
  "read:tender:own": [PROVIDER],
  "create:question:own": [PROVIDER],
  "update:bid:own": [PROVIDER],
  "create:score:assigned": [COMMISSIONER, YOUNG_COMMISSIONER],
  "approve:award:assigned": [YOUNG_COMMISSIONER],
  "read:contract:council": [COMMISSIONER],
  "read:contract:own": [PROVIDER],
  "update:contract:council": [COMMISSIONER],
  "import:contract:council": [COMMISSIONER],
  "read:return:council": [COMMISSIONER],
  "read:return:own": [PROVIDER],
  "update:return:own": [PROVIDER],
  "update:return:council": [COMMISSIONER],
  "update:meeting:council": [COMMISSIONER],
  "update:meeting-action:own": [PROVIDER],
  "read:announcement:own": [PROVIDER],
  "acknowledge:announcement:own": [PROVIDER],
  "read:announcement:council": [COMMISSIONER],
  "create:announcement:council": [COMMISSIONER],
  "update:forum-attendance:council": [COMMISSIONER],

  // Families, feedback, budgets, involvement
  "read:feedback:council": [COMMISSIONER],
  "read:feedback:own": [FAMILY, PROVIDER],
  "read:budget:own": [FAMILY],
  "read:budget:council": [SOCIAL_WORKER],
  "read:assessment:council": [SOCIAL_WORKER],
  "create:assessment:council": [SOCIAL_WORKER],
  "update:assessment:council": [SOCIAL_WORKER],
  // Not the author's own, where the council has two or more social workers (four-eyes).
  "approve:assessment:council": [SOCIAL_WORKER],
  // Personal budgets (issue 14): proposed from an approved assessment, approved four-eyes, then
  // their support plans and payments kept by social workers.
  "create:budget:council": [SOCIAL_WORKER],
  "approve:budget:council": [SOCIAL_WORKER],
  "update:budget:council": [SOCIAL_WORKER],
  // Evidence of spend: families send it for their own child's direct payment and answer queries.
  "submit:evidence:own": [FAMILY],
  // An uploaded file, to whoever may read the record it is attached to (a receipt: its budget).
  "read:file:attached": [FAMILY, SOCIAL_WORKER, COMMISSIONER, YOUNG_COMMISSIONER, PROVIDER],
  // Counts and totals only, suppressed: commissioners never see a child's budget.
  "read:budget-summary:council": [COMMISSIONER],
  "read:venue-review:assigned": [YOUNG_COMMISSIONER],
  "read:training:own": [YOUNG_COMMISSIONER],

  // Young people's involvement (issue 15): profiles, training and consent; venue reviews.
  "read:young-commissioner:council": [COMMISSIONER, ADMIN],
  "update:young-commissioner:council": [COMMISSIONER, ADMIN],
  "read:venue-review:council": [COMMISSIONER],
  "create:venue-review:council": [COMMISSIONER],
  "update:venue-review:council": [COMMISSIONER],
  "update:venue-review:assigned": [YOUNG_COMMISSIONER],
  "read:venue-review:own": [PROVIDER],
  "update:venue-review:own": [PROVIDER],
  // The council's involvement action plan, in six-month blocks.
  "read:involvement-plan:council": [COMMISSIONER, ADMIN],
  // Downloading the rarely-involved report: an export, so audited (issue 19, item 7).
  "export:involvement-report:council": [COMMISSIONER, ADMIN],
  "update:involvement-plan:council": [COMMISSIONER, ADMIN],
  // Young commissioners' priorities: commissioners open and close rounds and attach the combined
  // ranking to a specification; young commissioners see the council's rounds and rank their own.
  "read:priority-round:council": [COMMISSIONER, YOUNG_COMMISSIONER],
  "update:priority-round:council": [COMMISSIONER],
  "update:priority-ranking:own": [YOUNG_COMMISSIONER],

  // Feedback (issue 7)
  "create:feedback:own": [FAMILY],
  "create:feedback:public": EVERYONE,
  "read:feedback:public": EVERYONE,
  "update:feedback:council": [COMMISSIONER],
  "update:feedback-theme:council": [COMMISSIONER, ADMIN],
  "create:you-said-we-did:council": [COMMISSIONER],
  "update:you-said-we-did:council": [COMMISSIONER],
  "create:feedback-reply:own": [PROVIDER],
  "create:child-feedback:own": [PROVIDER],
  "export:feedback:council": [COMMISSIONER],

  // Directory listings (issue 16): providers propose, commissioners approve before anything is public.
  "read:listing:public": EVERYONE,
  "read:listing:own": [PROVIDER],
  "create:listing:own": [PROVIDER],
  "update:listing:own": [PROVIDER],
  "read:listing:council": [COMMISSIONER],
  "approve:listing:council": [COMMISSIONER],
  // The statutory short breaks services statement (issue 16): commissioners write the text, preview
  // it with live figures and publish numbered versions; every version is public.
  "read:statement:public": EVERYONE,
  "read:statement:council": [COMMISSIONER],
  "update:statement:council": [COMMISSIONER],
  "publish:statement:council": [COMMISSIONER],
} as const satisfies Record<string, readonly Grantee[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Permissions someone signed out may hold: the actor behind them may be null. */
export type PublicPermission = {
  [P in Permission]: typeof PUBLIC extends (typeof PERMISSIONS)[P][number] ? P : never;
}[Permission];

/** The actor an action or route gets once its permission is checked: never null unless the public may act. */
export type ActorFor<P extends Permission> = P extends PublicPermission ? Actor | null : Actor;

export function can(actor: Actor | null, permission: Permission): boolean {
  const grantees: readonly Grantee[] = PERMISSIONS[permission];
  return grantees.includes(actor ? actor.role : PUBLIC);
}

/**
 * Throws NotAllowedError unless the actor (or, for null, the public) holds the permission.
 * Actions and route handlers use `requireActor` (lib/auth/require-actor.ts), which also reads the session.
 */
export function requirePermission(actor: Actor | null, permission: Permission): void {
  if (!can(actor, permission)) throw new NotAllowedError();
}

/** Roles (not PUBLIC) that hold a permission, for the authorization matrix and its tests. */
export function rolesWith(permission: Permission): Role[] {
  return (PERMISSIONS[permission] as readonly Grantee[]).filter((g): g is Role => g !== PUBLIC);
}
