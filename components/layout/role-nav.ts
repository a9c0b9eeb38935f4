import type { Role } from "@/lib/generated/prisma/enums";
import type { Route } from "@/lib/routes/route";

export interface NavItem {
  href: Route;
  label: string;
}

/** Main navigation per role. Later areas add their sections here. */
export const ROLE_NAV: Record<Role, NavItem[]> = {
  FAMILY: [
    { href: "/family", label: "Home" },
    { href: "/family/children", label: "Your children" },
    { href: "/family/feedback", label: "Your feedback" },
    { href: "/family/your-data", label: "Your data" },
  ],
  YOUNG_COMMISSIONER: [
    { href: "/young-commissioner", label: "Home" },
    { href: "/young-commissioner/panels", label: "Your panels" },
    { href: "/young-commissioner/reviews", label: "Your reviews" },
    { href: "/young-commissioner/priorities", label: "What matters most" },
  ],
  PROVIDER: [
    { href: "/provider", label: "Home" },
    { href: "/provider/tenders", label: "Tenders" },
    { href: "/provider/contracts", label: "Contracts" },
    { href: "/provider/services", label: "Directory listings" },
    { href: "/provider/feedback", label: "Feedback" },
    { href: "/provider/announcements", label: "Announcements" },
    { href: "/provider/venue-reviews", label: "Venue reviews" },
    { href: "/provider/councils", label: "Councils" },
    { href: "/provider/staff", label: "Staff" },
  ],
  COMMISSIONER: [
    { href: "/commissioner", label: "Home" },
    { href: "/commissioner/register", label: "Register" },
    { href: "/commissioner/statistics", label: "Needs statistics" },
    { href: "/commissioner/needs-analysis", label: "Needs analysis" },
    { href: "/commissioner/specifications", label: "Specifications" },
    { href: "/commissioner/tenders", label: "Tenders" },
    { href: "/commissioner/contracts", label: "Contracts" },
    { href: "/commissioner/returns", label: "Returns" },
    { href: "/commissioner/personal-budgets", label: "Personal budgets" },
    { href: "/commissioner/providers", label: "Providers" },
    { href: "/commissioner/feedback", label: "Feedback" },
    { href: "/commissioner/you-said-we-did", label: "You said, we did" },
    { href: "/commissioner/forums", label: "Forums and announcements" },
    { href: "/commissioner/listings", label: "Directory changes" },
    { href: "/commissioner/young-commissioners", label: "Young commissioners" },
    { href: "/commissioner/involvement", label: "Involvement plan" },
    { href: "/commissioner/venue-reviews", label: "Venue reviews" },
    { href: "/commissioner/priorities", label: "Young people's priorities" },
  ],
  SOCIAL_WORKER: [
    { href: "/social-worker", label: "Home" },
    { href: "/social-worker/children", label: "Find a child" },
    { href: "/social-worker/budgets", label: "Personal budgets" },
  ],
  PLATFORM_ADMIN: [
    { href: "/platform", label: "Councils" },
    { href: "/platform/councils/new", label: "Add a council" },
  ],
  ADMIN: [
    { href: "/admin", label: "Home" },
    { href: "/admin/users", label: "Users" },
    { href: "/admin/providers", label: "Providers" },
    { href: "/admin/register", label: "Register" },
    { href: "/admin/districts", label: "Districts" },
    { href: "/admin/need-types", label: "Types of need" },
    { href: "/admin/service-types", label: "Service types" },
    { href: "/admin/involvement-groups", label: "Groups rarely involved" },
    { href: "/admin/population", label: "Population" },
    { href: "/admin/consent", label: "Consent wording" },
    { href: "/admin/feedback-themes", label: "Feedback themes" },
    { href: "/admin/young-commissioners", label: "Young commissioners" },
    { href: "/admin/ras", label: "Resource allocation" },
    { href: "/admin/settings", label: "Settings" },
    { href: "/admin/audit", label: "Audit log" },
    { href: "/admin/jobs", label: "Jobs and e-mail" },
  ],
};
