import { route, type Route } from "@/lib/routes/route";
import { Role } from "../generated/prisma/enums";

export { Role };
/** Every role, the platform administrator's too (for the authorization tests). */
export const ALL_ROLES = Object.values(Role) as Role[];

/** The roles a council gives its people (not PLATFORM_ADMIN, which is above councils). */
export const ROLES = (Object.values(Role) as Role[]).filter((r) => r !== "PLATFORM_ADMIN");

/** URL segment and e-mail word for each role (e.g. /young-commissioner, young-commissioner@northshire.example). */
export const ROLE_SLUG = {
  FAMILY: "family",
  YOUNG_COMMISSIONER: "young-commissioner",
  PROVIDER: "provider",
  COMMISSIONER: "commissioner",
  SOCIAL_WORKER: "social-worker",
  ADMIN: "admin",
  PLATFORM_ADMIN: "platform",
} as const satisfies Record<Role, string>;

export const ROLE_LABEL: Record<Role, string> = {
  FAMILY: "Parent or carer",
  YOUNG_COMMISSIONER: "Young commissioner",
  PROVIDER: "Provider",
  COMMISSIONER: "Commissioner",
  SOCIAL_WORKER: "Social worker",
  ADMIN: "Council administrator",
  PLATFORM_ADMIN: "Platform administrator",
};

/** Each role's home page; the compiler checks that every one of them exists (typed routes). */
export function roleHome(role: Role): Route {
  return route(`/${ROLE_SLUG[role]}`);
}

export function roleFromSlug(slug: string): Role | undefined {
  return ROLES.find((r) => ROLE_SLUG[r] === slug);
}
