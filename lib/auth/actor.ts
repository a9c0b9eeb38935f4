import type { Role } from "../generated/prisma/enums";

/** Who is acting: one user in one council with one role. Every data function is scoped by it. */
export interface Actor {
  userId: string;
  membershipId: string;
  name: string;
  email: string;
  role: Role;
  councilId: string;
  councilSlug: string;
  councilName: string;
  /** Set for provider staff: the organisation they act for. */
  organisationId: string | null;
  /** Set for family members: their household. */
  familyId: string | null;
  /**
   * Staff of a council that requires a second factor, who have not set one up yet: until they do,
   * pages send them to /account/second-factor and actions refuse (lib/auth/require-actor.ts).
   */
  mustSetUpSecondFactor?: true;
}
