import type { Role } from "../generated/prisma/enums";
import { rolesWith, type Permission } from "./permissions";

/**
 * Every page and every server action, with the permission it requires and, for pages under a
 * role's own area (/admin, /family, …), that role. Tests walk app/ and fail when a page or an
 * exported action is missing here, when the code asks for a different permission, and when a
 * role can reach a page it should not (tests/e2e/authz).
 */
export interface PageRule {
  /** The permission the page's data needs; `null` for public pages. */
  permission: Permission | null;
  /** The only role whose area this is (checked by the area's layout). */
  role?: Role;
}

export const PAGES: Record<string, PageRule> = {
  "/": { permission: null },
  "/accessibility": { permission: null },
  "/sign-in": { permission: null },
  "/set-password/[token]": { permission: null },
  "/forgot-password": { permission: null },
  "/create-account/[token]": { permission: null },
  "/councils/[slug]/create-account": { permission: null },
  // Signed in, before a role is chosen: the page checks the session (requireSignedIn), not a role.
  "/choose-council": { permission: null },
  "/dashboard": { permission: "read:dashboard:own" },
  "/account": { permission: "read:account:own" },
  "/notifications": { permission: "read:notification:own" },
  "/family": { permission: "read:dashboard:own", role: "FAMILY" },
  "/young-commissioner": { permission: "read:dashboard:own", role: "YOUNG_COMMISSIONER" },
  "/provider": { permission: "read:dashboard:own", role: "PROVIDER" },
  "/commissioner": { permission: "read:dashboard:own", role: "COMMISSIONER" },
  "/social-worker": { permission: "read:dashboard:own", role: "SOCIAL_WORKER" },
  "/admin": { permission: "read:dashboard:own", role: "ADMIN" },
  "/admin/users": { permission: "read:user:council", role: "ADMIN" },
  "/admin/users/new": { permission: "create:user:council", role: "ADMIN" },
  "/admin/users/[id]": { permission: "read:user:council", role: "ADMIN" },
  "/admin/settings": { permission: "read:council-settings:council", role: "ADMIN" },
  "/admin/audit": { permission: "read:audit:council", role: "ADMIN" },
  // Reference data (issue 18)
  "/admin/districts": { permission: "read:reference-data:council", role: "ADMIN" },
  "/admin/districts/[id]": { permission: "update:reference-data:council", role: "ADMIN" },
  "/admin/need-types": { permission: "read:reference-data:council", role: "ADMIN" },
  "/admin/need-types/[id]": { permission: "update:reference-data:council", role: "ADMIN" },
  "/admin/consent": { permission: "read:consent-wording:council", role: "ADMIN" },
  "/provider/councils": { permission: "read:council-standing:own", role: "PROVIDER" },
  "/provider/staff": { permission: "read:organisation-staff:own", role: "PROVIDER" },
  // Above councils (issue 18)
  "/platform": { permission: "read:council:platform", role: "PLATFORM_ADMIN" },
  "/platform/councils/new": { permission: "create:council:platform", role: "PLATFORM_ADMIN" },
  // Only while a child's consent is to older wording; otherwise it sends the family home.
  "/family/consent": { permission: "create:consent:own", role: "FAMILY" },
  "/admin/providers": { permission: "read:provider-list:council", role: "ADMIN" },
  "/admin/providers/new": { permission: "create:provider:council", role: "ADMIN" },
  "/admin/providers/[id]": { permission: "read:provider-list:council", role: "ADMIN" },
  "/commissioner/providers": { permission: "read:provider-list:council", role: "COMMISSIONER" },
  "/commissioner/providers/new": { permission: "create:provider:council", role: "COMMISSIONER" },
  "/commissioner/providers/[id]": { permission: "read:provider-list:council", role: "COMMISSIONER" },
  "/admin/jobs": { permission: "read:job:council", role: "ADMIN" },
  // Resource allocation system and assessments (issue 14)
  "/admin/ras": { permission: "read:ras:council", role: "ADMIN" },
  "/admin/ras/rule": { permission: "update:ras:council", role: "ADMIN" },
  "/admin/ras/domains/[index]": { permission: "update:ras:council", role: "ADMIN" },
  "/admin/ras/preview": { permission: "read:ras:council", role: "ADMIN" },
  "/admin/ras/versions/[version]": { permission: "read:ras:council", role: "ADMIN" },
  "/social-worker/children": { permission: "read:child:council", role: "SOCIAL_WORKER" },
  "/social-worker/children/new": { permission: "create:child:council", role: "SOCIAL_WORKER" },
  "/social-worker/children/[id]": { permission: "read:child:council", role: "SOCIAL_WORKER" },
  "/social-worker/assessments/[id]": { permission: "read:assessment:council", role: "SOCIAL_WORKER" },
  "/social-worker/assessments/[id]/summary": {
    permission: "update:assessment:council",
    role: "SOCIAL_WORKER",
  },
  "/social-worker/assessments/[id]/domains/[domain]": {
    permission: "update:assessment:council",
    role: "SOCIAL_WORKER",
  },
  "/social-worker/assessments/[id]/budget": { permission: "create:budget:council", role: "SOCIAL_WORKER" },
  "/social-worker/budgets": { permission: "read:budget:council", role: "SOCIAL_WORKER" },
  "/social-worker/budgets/[id]": { permission: "read:budget:council", role: "SOCIAL_WORKER" },
  "/social-worker/budgets/[id]/plan": { permission: "update:budget:council", role: "SOCIAL_WORKER" },
  "/family/budgets/[id]": { permission: "read:budget:own", role: "FAMILY" },
  "/commissioner/personal-budgets": { permission: "read:budget-summary:council", role: "COMMISSIONER" },

  // Each council's public home page: links to everything public about it.
  "/councils/[slug]": { permission: null },
  // The public short breaks directory (issue 16)
  "/councils/[slug]/directory": { permission: null },
  "/councils/[slug]/directory/services/[id]": { permission: null },
  "/councils/[slug]/directory/providers/[id]": { permission: null },
  "/provider/services": { permission: "read:listing:own", role: "PROVIDER" },
  "/provider/services/new": { permission: "create:listing:own", role: "PROVIDER" },
  "/provider/services/[id]": { permission: "read:listing:own", role: "PROVIDER" },
  "/provider/services/[id]/edit": { permission: "update:listing:own", role: "PROVIDER" },
  "/commissioner/listings": { permission: "read:listing:council", role: "COMMISSIONER" },
  "/commissioner/listings/[id]": { permission: "read:listing:council", role: "COMMISSIONER" },

  // Register of disabled children and needs statistics
  "/councils/[slug]/join-the-register": { permission: null },
  "/councils/[slug]/statistics": { permission: null },
  "/family/children": { permission: "read:child:own", role: "FAMILY" },
  "/family/register/[step]": { permission: "create:child:own", role: "FAMILY" },
  "/family/children/[id]": { permission: "read:child:own", role: "FAMILY" },
  "/family/children/[id]/edit": { permission: "update:child:own", role: "FAMILY" },
  "/family/children/[id]/withdraw": { permission: "update:child:own", role: "FAMILY" },
  "/family/your-data": { permission: "export:child:own", role: "FAMILY" },
  "/commissioner/register": { permission: "read:child:council", role: "COMMISSIONER" },
  "/commissioner/register/[id]": { permission: "read:child:council", role: "COMMISSIONER" },
  "/commissioner/statistics": { permission: "read:statistics:council", role: "COMMISSIONER" },
  "/admin/register": { permission: "export:child:council", role: "ADMIN" },
  "/admin/population": { permission: "read:population:council", role: "ADMIN" },

  // Tenders, bids, panels, scoring and award (issue 5)
  "/commissioner/tenders": { permission: "read:tender:council", role: "COMMISSIONER" },
  "/commissioner/tenders/new": { permission: "create:tender:council", role: "COMMISSIONER" },
  "/commissioner/tenders/[id]": { permission: "read:tender:council", role: "COMMISSIONER" },
  "/commissioner/tenders/[id]/edit": { permission: "update:tender:council", role: "COMMISSIONER" },
  "/commissioner/tenders/[id]/panel": { permission: "update:panel:council", role: "COMMISSIONER" },
  "/commissioner/tenders/[id]/score": { permission: "read:score:assigned", role: "COMMISSIONER" },
  "/commissioner/tenders/[id]/moderation": { permission: "update:moderation:council", role: "COMMISSIONER" },
  "/commissioner/tenders/[id]/award": { permission: "create:award:council", role: "COMMISSIONER" },
  "/provider/tenders": { permission: "read:tender:own", role: "PROVIDER" },
  "/provider/tenders/[id]": { permission: "read:tender:own", role: "PROVIDER" },
  "/provider/tenders/[id]/bid": { permission: "update:bid:own", role: "PROVIDER" },
  "/young-commissioner/panels": { permission: "read:score:assigned", role: "YOUNG_COMMISSIONER" },
  "/young-commissioner/panels/[id]": { permission: "read:score:assigned", role: "YOUNG_COMMISSIONER" },
  "/councils/[slug]/tenders": { permission: null },
  "/councils/[slug]/contracts": { permission: null },
  // Contracts (issue 6, first part)
  "/commissioner/contracts": { permission: "read:contract:council", role: "COMMISSIONER" },
  "/commissioner/contracts/[id]": { permission: "read:contract:council", role: "COMMISSIONER" },
  "/commissioner/contracts/import": { permission: "import:contract:council", role: "COMMISSIONER" },
  "/provider/contracts": { permission: "read:contract:own", role: "PROVIDER" },
  "/provider/contracts/[id]": { permission: "read:contract:own", role: "PROVIDER" },
  "/commissioner/returns": { permission: "read:return:council", role: "COMMISSIONER" },
  "/commissioner/meeting-actions": { permission: "read:contract:council", role: "COMMISSIONER" },
  "/provider/meeting-actions": { permission: "read:contract:own", role: "PROVIDER" },
  "/provider/contracts/[id]/returns/[periodId]": { permission: "read:return:own", role: "PROVIDER" },
  "/commissioner/contracts/[id]/returns/[periodId]": {
    permission: "read:return:council",
    role: "COMMISSIONER",
  },
  // Specifications (issue 5)
  "/commissioner/needs-analysis": { permission: "read:needs-analysis:council", role: "COMMISSIONER" },
  "/commissioner/specifications": { permission: "read:specification:council", role: "COMMISSIONER" },
  "/commissioner/specifications/new": { permission: "create:specification:council", role: "COMMISSIONER" },
  "/commissioner/specifications/[id]": { permission: "read:specification:council", role: "COMMISSIONER" },
  "/commissioner/specifications/[id]/edit": {
    permission: "update:specification:council",
    role: "COMMISSIONER",
  },
  "/commissioner/specifications/[id]/equality-impact": {
    permission: "update:specification:council",
    role: "COMMISSIONER",
  },
  "/commissioner/specifications/[id]/compare": {
    permission: "read:specification:council",
    role: "COMMISSIONER",
  },
  // Feedback (issue 7)
  "/councils/[slug]/have-your-say": { permission: null },
  "/councils/[slug]/you-said-we-did": { permission: null },
  "/family/feedback": { permission: "read:feedback:own", role: "FAMILY" },
  "/family/feedback/new": { permission: "create:feedback:own", role: "FAMILY" },
  "/family/feedback/child": { permission: "create:feedback:own", role: "FAMILY" },
  "/family/feedback/[id]": { permission: "read:feedback:own", role: "FAMILY" },
  "/commissioner/feedback": { permission: "read:feedback:council", role: "COMMISSIONER" },
  "/commissioner/feedback/[id]": { permission: "read:feedback:council", role: "COMMISSIONER" },
  "/commissioner/feedback/trends": { permission: "read:feedback:council", role: "COMMISSIONER" },
  "/commissioner/feedback/themes": { permission: "update:feedback-theme:council", role: "COMMISSIONER" },
  "/commissioner/you-said-we-did": { permission: "read:feedback:council", role: "COMMISSIONER" },
  "/commissioner/you-said-we-did/new": { permission: "create:you-said-we-did:council", role: "COMMISSIONER" },
  "/commissioner/you-said-we-did/[id]": {
    permission: "update:you-said-we-did:council",
    role: "COMMISSIONER",
  },
  "/admin/feedback-themes": { permission: "update:feedback-theme:council", role: "ADMIN" },
  "/provider/feedback": { permission: "read:feedback:own", role: "PROVIDER" },
  "/provider/feedback/children": { permission: "create:child-feedback:own", role: "PROVIDER" },
  // Announcements and provider forums (issue 6)
  "/commissioner/forums": { permission: "read:announcement:council", role: "COMMISSIONER" },
  "/commissioner/forums/new": { permission: "create:announcement:council", role: "COMMISSIONER" },
  "/commissioner/forums/[id]": { permission: "read:announcement:council", role: "COMMISSIONER" },
  "/provider/announcements": { permission: "read:announcement:own", role: "PROVIDER" },
  "/provider/announcements/[id]": { permission: "read:announcement:own", role: "PROVIDER" },
  // Young people's involvement (issue 15)
  "/commissioner/young-commissioners": {
    permission: "read:young-commissioner:council",
    role: "COMMISSIONER",
  },
  "/commissioner/young-commissioners/[id]": {
    permission: "read:young-commissioner:council",
    role: "COMMISSIONER",
  },
  "/admin/young-commissioners": { permission: "read:young-commissioner:council", role: "ADMIN" },
  "/admin/young-commissioners/[id]": { permission: "read:young-commissioner:council", role: "ADMIN" },
  "/commissioner/venue-reviews": { permission: "read:venue-review:council", role: "COMMISSIONER" },
  "/commissioner/venue-reviews/new": { permission: "create:venue-review:council", role: "COMMISSIONER" },
  "/commissioner/venue-reviews/[id]": { permission: "read:venue-review:council", role: "COMMISSIONER" },
  "/young-commissioner/reviews": { permission: "read:venue-review:assigned", role: "YOUNG_COMMISSIONER" },
  "/young-commissioner/reviews/[id]": {
    permission: "read:venue-review:assigned",
    role: "YOUNG_COMMISSIONER",
  },
  "/provider/venue-reviews": { permission: "read:venue-review:own", role: "PROVIDER" },
  "/provider/venue-reviews/[id]": { permission: "read:venue-review:own", role: "PROVIDER" },
};

/** `<file under app/>#<export>` → permission. */
export const ACTIONS: Record<string, Permission> = {
  "actions/display-mode.ts#setDisplayMode": "update:display-mode:own",
  "actions/providers.ts#addOrganisationAction": "create:provider:council",
  "actions/providers.ts#linkOrganisationAction": "create:provider:council",
  "actions/providers.ts#changeProviderStatusAction": "update:provider-status:council",
  "actions/reference-data.ts#addReferenceValueAction": "update:reference-data:council",
  "actions/reference-data.ts#renameReferenceValueAction": "update:reference-data:council",
  "actions/reference-data.ts#moveReferenceValueAction": "update:reference-data:council",
  "actions/reference-data.ts#retireReferenceValueAction": "update:reference-data:council",
  "(portal)/admin/consent/actions.ts#saveConsentDraftAction": "update:consent-wording:council",
  "(portal)/admin/consent/actions.ts#publishConsentDraftAction": "publish:consent-wording:council",
  "(portal)/family/consent/actions.ts#agreeToConsentAction": "create:consent:own",
  "(portal)/platform/actions.ts#createCouncilAction": "create:council:platform",
  "(portal)/provider/councils/actions.ts#applyToCouncilAction": "create:council-application:own",
  "(portal)/provider/staff/actions.ts#inviteStaffAction": "update:organisation-staff:own",
  "(portal)/provider/staff/actions.ts#removeStaffAction": "update:organisation-staff:own",
  "(auth)/set-password/[token]/actions.ts#setPasswordAction": "update:password:token",
  "(auth)/forgot-password/actions.ts#forgotPasswordAction": "create:password-reset:public",
  "(auth)/create-account/[token]/actions.ts#completeSignUpAction": "create:account:token",
  "(public)/councils/[slug]/create-account/actions.ts#startSignUpAction": "create:account:public",
  "(auth)/choose-council/actions.ts#chooseCouncilAction": "choose:membership:own",
  "(portal)/account/actions.ts#signOutEverywhereAction": "update:session:own",
  "(portal)/notifications/actions.ts#markNotificationsReadAction": "update:notification:own",
  "(portal)/admin/users/actions.ts#createUserAction": "create:user:council",
  "(portal)/admin/users/actions.ts#changeUserRoleAction": "update:user:council",
  "(portal)/admin/users/actions.ts#setUserDisabledAction": "update:user:council",
  "(portal)/admin/users/actions.ts#resetPasswordLinkAction": "update:user:council",
  "(portal)/admin/settings/actions.ts#updateCouncilSettingsAction": "update:council-settings:council",
  "(portal)/admin/ras/actions.ts#saveRasRuleAction": "update:ras:council",
  "(portal)/admin/ras/actions.ts#addRasDomainAction": "update:ras:council",
  "(portal)/admin/ras/actions.ts#saveRasDomainAction": "update:ras:council",
  "(portal)/admin/ras/actions.ts#removeRasDomainAction": "update:ras:council",
  "(portal)/admin/ras/actions.ts#publishRasDraftAction": "publish:ras:council",
  "(portal)/admin/ras/actions.ts#previewRasBudgetAction": "read:ras:council",
  "(portal)/social-worker/assessments/actions.ts#startAssessmentAction": "create:assessment:council",
  "(portal)/social-worker/assessments/actions.ts#recordUnregisteredChildAction": "create:child:council",
  "(portal)/social-worker/assessments/actions.ts#saveAssessmentSummaryAction": "update:assessment:council",
  "(portal)/social-worker/assessments/actions.ts#saveDomainAnswersAction": "update:assessment:council",
  "(portal)/social-worker/assessments/actions.ts#submitAssessmentAction": "update:assessment:council",
  "(portal)/social-worker/assessments/actions.ts#decideAssessmentAction": "approve:assessment:council",
  "(portal)/social-worker/budgets/actions.ts#proposeBudgetAction": "create:budget:council",
  "(portal)/social-worker/budgets/actions.ts#decideBudgetAction": "approve:budget:council",
  "(portal)/social-worker/budgets/actions.ts#savePlanOutcomesAction": "update:budget:council",
  "(portal)/social-worker/budgets/actions.ts#addPlanItemAction": "update:budget:council",
  "(portal)/social-worker/budgets/actions.ts#removePlanItemAction": "update:budget:council",
  "(portal)/social-worker/budgets/actions.ts#agreePlanAction": "update:budget:council",
  "(portal)/social-worker/budgets/actions.ts#startPlanVersionAction": "update:budget:council",
  "(portal)/social-worker/budgets/actions.ts#recordPaymentAction": "update:budget:council",
  "(portal)/social-worker/budgets/actions.ts#recordBudgetReviewAction": "update:budget:council",
  "(portal)/family/register/[step]/actions.ts#saveRegistrationStepAction": "create:child:own",
  "(portal)/family/register/[step]/actions.ts#submitRegistrationAction": "create:child:own",
  "(portal)/family/children/[id]/actions.ts#updateChildAction": "update:child:own",
  "(portal)/family/children/[id]/actions.ts#withdrawChildAction": "update:child:own",
  "(portal)/admin/population/actions.ts#previewPopulationAction": "update:population:council",
  "(portal)/admin/population/actions.ts#importPopulationAction": "update:population:council",

  // Tenders, bids, panels, scoring and award (issue 5)
  "(portal)/commissioner/tenders/actions.ts#createTenderAction": "create:tender:council",
  "(portal)/commissioner/tenders/actions.ts#updateTenderAction": "update:tender:council",
  "(portal)/commissioner/tenders/actions.ts#moveTenderAction": "update:tender:council",
  "(portal)/commissioner/tenders/actions.ts#answerQuestionAction": "answer:question:council",
  "(portal)/commissioner/tenders/actions.ts#savePanelMemberAction": "update:panel:council",
  "(portal)/commissioner/tenders/actions.ts#removePanelMemberAction": "update:panel:council",
  "(portal)/commissioner/tenders/actions.ts#moderateScoreAction": "update:moderation:council",
  "(portal)/commissioner/tenders/actions.ts#proposeAwardAction": "create:award:council",
  "(portal)/commissioner/tenders/actions.ts#confirmAwardAction": "create:award:council",
  "actions/evaluation.ts#declareConflictsAction": "create:score:assigned",
  "actions/evaluation.ts#saveScoreAction": "create:score:assigned",
  "(portal)/provider/tenders/[id]/actions.ts#askQuestionAction": "create:question:own",
  "(portal)/provider/tenders/[id]/actions.ts#saveBidAction": "update:bid:own",
  "(portal)/provider/tenders/[id]/actions.ts#withdrawBidAction": "update:bid:own",
  "(portal)/young-commissioner/panels/[id]/actions.ts#youngPanelDecisionAction": "approve:award:assigned",
  "(portal)/provider/contracts/[id]/returns/actions.ts#saveReturnAction": "update:return:own",
  "(portal)/commissioner/contracts/[id]/returns/actions.ts#reviewReturnAction": "update:return:council",
  "(portal)/commissioner/contracts/[id]/actions.ts#addVariationAction": "update:contract:council",
  "(portal)/commissioner/contracts/[id]/actions.ts#updateKpiThresholdsAction": "update:contract:council",
  "(portal)/commissioner/contracts/[id]/actions.ts#recordMeetingAction": "update:meeting:council",
  "(portal)/commissioner/contracts/[id]/actions.ts#addActionItemAction": "update:meeting:council",
  "(portal)/commissioner/contracts/[id]/actions.ts#setActionItemStatusAction": "update:meeting:council",
  "(portal)/provider/contracts/[id]/actions.ts#setOwnActionStatusAction": "update:meeting-action:own",
  "(portal)/commissioner/contracts/import/actions.ts#previewContractImportAction": "import:contract:council",
  "(portal)/commissioner/contracts/import/actions.ts#importContractsAction": "import:contract:council",
  // Specifications (issue 5)
  "(portal)/commissioner/specifications/actions.ts#createSpecificationAction": "create:specification:council",
  "(portal)/commissioner/specifications/actions.ts#updateSpecificationAction": "update:specification:council",
  "(portal)/commissioner/specifications/actions.ts#saveEqualityImpactAction": "update:specification:council",
  "(portal)/commissioner/specifications/actions.ts#sendForApprovalAction": "update:specification:council",
  "(portal)/commissioner/specifications/actions.ts#approveSpecificationAction":
    "approve:specification:council",
  // Feedback (issue 7)
  "(public)/councils/[slug]/have-your-say/actions.ts#createPublicChildFeedbackAction":
    "create:feedback:public",
  "(portal)/family/feedback/actions.ts#createParentFeedbackAction": "create:feedback:own",
  "(portal)/family/feedback/actions.ts#createChildFeedbackAction": "create:feedback:own",
  "(portal)/commissioner/feedback/actions.ts#setFeedbackThemesAction": "update:feedback:council",
  "(portal)/commissioner/feedback/actions.ts#updateFeedbackStatusAction": "update:feedback:council",
  "(portal)/commissioner/feedback/actions.ts#createFeedbackThemeAction": "update:feedback-theme:council",
  "(portal)/commissioner/you-said-we-did/actions.ts#createYouSaidWeDidAction":
    "create:you-said-we-did:council",
  "(portal)/commissioner/you-said-we-did/actions.ts#updateYouSaidWeDidAction":
    "update:you-said-we-did:council",
  "(portal)/provider/feedback/actions.ts#replyToFeedbackAction": "create:feedback-reply:own",
  "(portal)/provider/feedback/actions.ts#recordChildFeedbackBatchAction": "create:child-feedback:own",
  // Announcements and provider forums (issue 6)
  "(portal)/commissioner/forums/actions.ts#publishAnnouncementAction": "create:announcement:council",
  "(portal)/commissioner/forums/actions.ts#recordForumAttendanceAction": "update:forum-attendance:council",
  "(portal)/commissioner/forums/actions.ts#removeForumAttendanceAction": "update:forum-attendance:council",
  "(portal)/provider/announcements/actions.ts#acknowledgeAnnouncementAction": "acknowledge:announcement:own",
  // Directory listings (issue 16)
  "(portal)/provider/services/actions.ts#createListingAction": "create:listing:own",
  "(portal)/provider/services/actions.ts#proposeListingChangeAction": "update:listing:own",
  "(portal)/provider/services/actions.ts#confirmListingAction": "update:listing:own",
  "(portal)/commissioner/listings/actions.ts#decideListingRevisionAction": "approve:listing:council",
  // Young people's involvement (issue 15)
  "actions/young-commissioners.ts#saveYoungCommissionerDetailsAction": "update:young-commissioner:council",
  "actions/young-commissioners.ts#recordTrainingAction": "update:young-commissioner:council",
  "actions/young-commissioners.ts#addTrainingModuleAction": "update:young-commissioner:council",
  "(portal)/commissioner/venue-reviews/actions.ts#scheduleVenueReviewAction": "create:venue-review:council",
  "(portal)/commissioner/venue-reviews/actions.ts#scheduleRevisitAction": "update:venue-review:council",
  "(portal)/young-commissioner/reviews/actions.ts#submitVenueReviewAction": "update:venue-review:assigned",
  "(portal)/young-commissioner/reviews/actions.ts#recordRevisitAction": "update:venue-review:assigned",
  "(portal)/provider/venue-reviews/actions.ts#respondToRecommendationAction": "update:venue-review:own",
};

/** Route handlers under app/ and the permission each checks (next-auth's own routes excepted). */
export const ROUTE_HANDLERS: Record<string, Permission | "next-auth"> = {
  "api/auth/[...nextauth]/route.ts": "next-auth",
  "api/health/route.ts": "read:health:public",
  "(portal)/family/your-data/download/route.ts": "export:child:own",
  "(portal)/admin/register/export/route.ts": "export:child:council",
  "(portal)/commissioner/statistics/export/route.ts": "export:statistics:council",
  "(public)/councils/[slug]/tenders/ocds/route.ts": "read:tender:public",
  "api/transparency/[slug]/contracts.csv/route.ts": "read:contract:public",
  "(portal)/commissioner/feedback/export/route.ts": "export:feedback:council",
  "api/oruk/[slug]/services/route.ts": "read:listing:public",
  "api/oruk/[slug]/services/[id]/route.ts": "read:listing:public",
};

/** Roles allowed to open a page (empty for public pages: everyone may). */
export function rolesForPage(rule: PageRule): Role[] | "everyone" {
  if (!rule.permission) return "everyone";
  const roles = rolesWith(rule.permission);
  return rule.role ? roles.filter((r) => r === rule.role) : roles;
}
