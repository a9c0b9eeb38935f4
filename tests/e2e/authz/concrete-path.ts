/** Real paths for the routes of the access matrix, shared by the authz specs. */
import {
  demoChildId,
  demoContractId,
  demoReturnPeriodId,
  demoFeedbackId,
  demoSpecificationId,
  demoYouSaidWeDidId,
  demoAnnouncementId,
  demoDraftAssessmentId,
  demoListingId,
  demoPendingRevisionId,
  demoProviderOrganisationId,
  demoBudgetId,
  demoEvidenceId,
  demoInvolvementPlanId,
  demoInvolvementActivityId,
  demoInvolvementGroupId,
  demoProviderLinkId,
  demoDistrictId,
  demoNeedTypeId,
  demoCouncilServiceTypeId,
  demoVenueReviewId,
  demoYoungCommissionerId,
  demoPriorityRoundId,
  tenderIdByStatus,
  userIdByEmail,
} from "../db";

/**
 * The record each dynamic route opens, as a Northshire demo record the page's allowed roles can
 * see. The first route prefix that matches wins; areas add their rows here.
 */
export const ID_FOR: [prefix: string, id: () => Promise<string>][] = [
  ["/admin/users/", () => userIdByEmail("family@northshire.example")],
  ["/admin/providers/", demoProviderLinkId],
  ["/admin/districts/", demoDistrictId],
  ["/admin/need-types/", demoNeedTypeId],
  ["/admin/service-types/", demoCouncilServiceTypeId],
  ["/admin/involvement-groups/", demoInvolvementGroupId],
  ["/commissioner/providers/", demoProviderLinkId],
  ["/family/children/", demoChildId],
  ["/commissioner/register/", demoChildId],
  ["/commissioner/tenders/", () => tenderIdByStatus("IN_EVALUATION")],
  ["/young-commissioner/panels/", () => tenderIdByStatus("IN_EVALUATION")],
  ["/provider/tenders/", () => tenderIdByStatus("PUBLISHED")],
  ["/commissioner/specifications/", demoSpecificationId],
  ["/commissioner/contracts/", demoContractId],
  ["/provider/contracts/", demoContractId],
  ["/family/feedback/", demoFeedbackId],
  ["/commissioner/feedback/", demoFeedbackId],
  ["/commissioner/you-said-we-did/", demoYouSaidWeDidId],
  ["/commissioner/forums/", demoAnnouncementId],
  ["/provider/announcements/", demoAnnouncementId],
  ["/social-worker/children/", demoChildId],
  ["/social-worker/assessments/", demoDraftAssessmentId],
  ["/councils/[slug]/directory/services/", demoListingId],
  ["/councils/[slug]/directory/providers/", demoProviderOrganisationId],
  ["/provider/services/", demoListingId],
  ["/commissioner/listings/", demoPendingRevisionId],
  // The proposed budget has a draft plan to edit; the running one has payments and evidence.
  ["/social-worker/budgets/[id]/plan", () => demoBudgetId("PROPOSED")],
  ["/social-worker/budgets/", () => demoBudgetId("ACTIVE")],
  ["/family/budgets/", () => demoBudgetId("ACTIVE")],
  ["/commissioner/young-commissioners/", demoYoungCommissionerId],
  ["/admin/young-commissioners/", demoYoungCommissionerId],
  ["/commissioner/venue-reviews/", demoVenueReviewId],
  ["/commissioner/involvement/activities/", demoInvolvementActivityId],
  ["/commissioner/involvement/", demoInvolvementPlanId],
  ["/young-commissioner/reviews/", demoVenueReviewId],
  ["/provider/venue-reviews/", demoVenueReviewId],
  ["/commissioner/priorities/", demoPriorityRoundId],
  ["/young-commissioner/priorities/", demoPriorityRoundId],
];

const paths = new Map<string, Promise<string>>();

/** Fills dynamic segments with real records of Northshire (the signed-in users' council), once per route. */
export function concretePath(route: string): Promise<string> {
  if (!paths.has(route)) paths.set(route, findConcretePath(route));
  return paths.get(route)!;
}

async function findConcretePath(route: string): Promise<string> {
  let path = route;
  if (route.includes("[id]")) {
    const row = ID_FOR.find(([prefix]) => route.startsWith(prefix));
    if (!row) throw new Error(`page-matrix: add an ID_FOR row for ${route}`);
    path = path.replace("[id]", await row[1]());
  }
  if (route.includes("[evidenceId]")) path = path.replace("[evidenceId]", await demoEvidenceId());
  if (route.includes("[periodId]")) path = path.replace("[periodId]", await demoReturnPeriodId());
  return (
    path
      .replace("[slug]", "northshire")
      .replace("[step]", "child")
      // The first domain of the RAS draft, the first published version, an assessment's first domain.
      .replace("[index]", "0")
      .replace("[version]", "1")
      .replace("[domain]", "0")
      .replace("[token]", "not-a-real-token-000000000000")
  );
}
