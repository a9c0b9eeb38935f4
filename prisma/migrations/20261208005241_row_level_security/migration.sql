-- Row-level security, the second wall (issue 19 item 5, docs/decisions/0045): every table with a
-- "councilId" column shows and accepts only the rows of the council that the connection is set to.
-- The policies bind the role portal_app, which lib/db.ts switches every pooled connection to (with
-- app.council_id) while a council's user is acting, and without a council the connection keeps its own
-- role, and the tables read as before. A superuser or the tables' owner is not bound by RLS, so the
-- wall is the role switch plus these policies.
--
-- The role, created once per cluster. A connecting role that is not a superuser needs membership to
-- SET ROLE portal_app: it is granted here to the role running the migrations (the app's own role in
-- the usual set-up), else a database administrator grants it (see 0045). Statement ends in the DO
-- body are spelled \073 because the migration runner splits scripts at every semicolon.
DO E'BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ''portal_app'') THEN CREATE ROLE portal_app NOLOGIN\073 END IF\073 IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN EXECUTE format(''GRANT portal_app TO %I'', current_user)\073 END IF\073 END';

GRANT USAGE ON SCHEMA public TO portal_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO portal_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO portal_app;
-- Tables made by later migrations (run by the same role) get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO portal_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO portal_app;

-- Rows with no council (platform and account-level audit events, account e-mails) stay visible and
-- writable: they belong to no council, and Prisma's INSERT ... RETURNING needs the new row visible.
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "AuditEvent" TO portal_app
  USING ("councilId" = current_setting('app.council_id', true) OR "councilId" IS NULL)
  WITH CHECK ("councilId" = current_setting('app.council_id', true) OR "councilId" IS NULL);
ALTER TABLE "OutboxMessage" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "OutboxMessage" TO portal_app
  USING ("councilId" = current_setting('app.council_id', true) OR "councilId" IS NULL)
  WITH CHECK ("councilId" = current_setting('app.council_id', true) OR "councilId" IS NULL);

-- Every other council-owned table: its own council's rows only. A new table with "councilId" needs
-- the same two lines (tests/integration/row-level-security.test.ts fails until it has them).
ALTER TABLE "AccountRequest" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "AccountRequest" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Announcement" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Announcement" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "AnnouncementAcknowledgement" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "AnnouncementAcknowledgement" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Assessment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Assessment" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Award" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Award" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Bid" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Bid" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "BidAnswer" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "BidAnswer" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "BudgetPayment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "BudgetPayment" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "BudgetReview" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "BudgetReview" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Child" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Child" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ChildNeed" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ChildNeed" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ClarificationQuestion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ClarificationQuestion" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ConflictDeclaration" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ConflictDeclaration" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Consent" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Consent" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ConsentDraft" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ConsentDraft" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ConsentStatement" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ConsentStatement" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Contract" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Contract" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ContractMeeting" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ContractMeeting" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ContractPayment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ContractPayment" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ContractVariation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ContractVariation" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "CouncilServiceType" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "CouncilServiceType" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "CouncilSignOn" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "CouncilSignOn" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "District" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "District" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "DistrictPopulation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "DistrictPopulation" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "EvaluationPanel" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "EvaluationPanel" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "EvidenceMessage" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "EvidenceMessage" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Family" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Family" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Feedback" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Feedback" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "FeedbackLetter" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "FeedbackLetter" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "FeedbackRating" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "FeedbackRating" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "FeedbackReply" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "FeedbackReply" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "FeedbackTheme" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "FeedbackTheme" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "FeedbackThemeTag" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "FeedbackThemeTag" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "FormSubmission" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "FormSubmission" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ForumAttendance" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ForumAttendance" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "InvolvementActivity" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "InvolvementActivity" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "InvolvementCount" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "InvolvementCount" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "InvolvementGroup" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "InvolvementGroup" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "InvolvementPlan" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "InvolvementPlan" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "InvolvementPlanAction" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "InvolvementPlanAction" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Kpi" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Kpi" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "KpiActual" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "KpiActual" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "MeetingAction" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "MeetingAction" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Membership" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ModeratedScore" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ModeratedScore" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "NeedType" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "NeedType" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Notification" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Notification" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "OidcIdentity" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "OidcIdentity" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "OrganisationCouncil" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "OrganisationCouncil" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "OutcomeReturn" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "OutcomeReturn" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "PanelAssignment" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "PanelAssignment" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "PanelMember" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "PanelMember" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "PasswordToken" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "PasswordToken" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "PersonalBudget" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "PersonalBudget" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "PriorityItem" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "PriorityItem" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "PriorityRanking" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "PriorityRanking" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "PriorityRound" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "PriorityRound" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "RasConfiguration" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "RasConfiguration" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "RasDraft" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "RasDraft" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "RegistrationDraft" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "RegistrationDraft" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ReturnPeriod" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ReturnPeriod" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ReturnQuery" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ReturnQuery" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Score" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Score" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Service" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Service" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ServiceRevision" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ServiceRevision" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ShortBreaksStatement" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ShortBreaksStatement" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "ShortBreaksStatementDraft" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "ShortBreaksStatementDraft" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Specification" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Specification" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "SpecificationOutput" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "SpecificationOutput" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "SpecificationVersion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "SpecificationVersion" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "SpendEvidence" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "SpendEvidence" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "StoredFile" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "StoredFile" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "SupportPlan" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "SupportPlan" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "SupportPlanItem" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "SupportPlanItem" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "Tender" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "Tender" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "TenderCriterion" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "TenderCriterion" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "TrainingModule" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "TrainingModule" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "TrainingRecord" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "TrainingRecord" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "VenueRecommendation" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "VenueRecommendation" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "VenueReview" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "VenueReview" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "VenueReviewPhoto" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "VenueReviewPhoto" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "VenueRevisit" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "VenueRevisit" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "YouSaidWeDid" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "YouSaidWeDid" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
ALTER TABLE "YoungCommissionerProfile" ENABLE ROW LEVEL SECURITY;
CREATE POLICY council_wall ON "YoungCommissionerProfile" TO portal_app USING ("councilId" = current_setting('app.council_id', true)) WITH CHECK ("councilId" = current_setting('app.council_id', true));
