-- CreateEnum
CREATE TYPE "Role" AS ENUM ('FAMILY', 'YOUNG_COMMISSIONER', 'PROVIDER', 'COMMISSIONER', 'SOCIAL_WORKER', 'ADMIN');

-- CreateEnum
CREATE TYPE "PasswordTokenPurpose" AS ENUM ('SET_PASSWORD', 'RESET_PASSWORD');

-- CreateEnum
CREATE TYPE "AgeBand" AS ENUM ('AGE_0_4', 'AGE_5_10', 'AGE_11_15', 'AGE_16_19');

-- CreateEnum
CREATE TYPE "ProviderStatus" AS ENUM ('APPLIED', 'APPROVED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "ListingStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "SpecificationStatus" AS ENUM ('DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "OutputUnit" AS ENUM ('DAYS', 'SESSIONS', 'HOURS', 'PLACES', 'CHILDREN');

-- CreateEnum
CREATE TYPE "OutputPeriod" AS ENUM ('PER_DAY', 'PER_WEEK', 'PER_MONTH', 'PER_QUARTER', 'PER_YEAR', 'PER_CONTRACT');

-- CreateEnum
CREATE TYPE "TenderStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED', 'IN_EVALUATION', 'AWARDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CriterionKind" AS ENUM ('QUALITY', 'PRICE', 'YOUNG_PEOPLE');

-- CreateEnum
CREATE TYPE "BidStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PanelRole" AS ENUM ('CHAIR', 'EVALUATOR', 'YOUNG_COMMISSIONER');

-- CreateEnum
CREATE TYPE "AwardStatus" AS ENUM ('PROPOSED', 'STANDSTILL', 'CONFIRMED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VariationKind" AS ENUM ('VARIATION', 'EXTENSION', 'TERMINATION');

-- CreateEnum
CREATE TYPE "KpiUnit" AS ENUM ('DAYS', 'SESSIONS', 'HOURS', 'PLACES', 'CHILDREN', 'FAMILIES', 'PERCENT', 'COUNT');

-- CreateEnum
CREATE TYPE "KpiSource" AS ENUM ('OUTPUT', 'OUTCOME', 'CHILD_VOICE', 'SATISFACTION');

-- CreateEnum
CREATE TYPE "ReturnStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'QUERIED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "ActionSide" AS ENUM ('COUNCIL', 'PROVIDER');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "AnnouncementKind" AS ENUM ('ANNOUNCEMENT', 'FORUM_EVENT');

-- CreateEnum
CREATE TYPE "RegisterStatus" AS ENUM ('ACTIVE', 'WITHDRAWN', 'AGED_OUT', 'ERASED');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'COMPLETED');

-- CreateEnum
CREATE TYPE "BudgetType" AS ENUM ('DIRECT_PAYMENT', 'MANAGED', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "BudgetStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'ENDED');

-- CreateEnum
CREATE TYPE "PlanStatus" AS ENUM ('DRAFT', 'AGREED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('DIRECT_PAYMENT', 'PROVIDER_INVOICE', 'ADJUSTMENT');

-- CreateEnum
CREATE TYPE "EvidenceStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "FeedbackSource" AS ENUM ('PARENT', 'CHILD', 'PROVIDER_COLLECTED');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('RECEIVED', 'IN_REVIEW', 'ACTIONED', 'CLOSED');

-- CreateEnum
CREATE TYPE "Face" AS ENUM ('HAPPY', 'OKAY', 'SAD');

-- CreateEnum
CREATE TYPE "ActionProgress" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "VenueReviewStatus" AS ENUM ('PLANNED', 'VISITED', 'PROVIDER_RESPONDED', 'REVISITED', 'CLOSED');

-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('OPEN', 'ACCEPTED', 'NOT_ACCEPTED', 'DONE');

-- CreateEnum
CREATE TYPE "InvolvementKind" AS ENUM ('TRAINING', 'TENDER_PANEL', 'VENUE_REVIEW', 'YOUTH_ADVISORY_BOARD', 'CONSULTATION', 'OTHER');

-- CreateTable
CREATE TABLE "Council" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "statisticsThreshold" INTEGER NOT NULL DEFAULT 10,
    "retentionDays" INTEGER NOT NULL DEFAULT 30,
    "returnDueDays" INTEGER NOT NULL DEFAULT 20,
    "standstillDays" INTEGER NOT NULL DEFAULT 10,
    "annualBudget" DECIMAL(14,2),
    "contactEmail" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Council_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organisationId" TEXT,
    "familyId" TEXT,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "purpose" "PasswordTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "accountKey" TEXT NOT NULL,
    "addressKey" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormSubmission" (
    "key" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "resultId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormSubmission_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "councilId" TEXT,
    "actorUserId" TEXT,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "summary" TEXT NOT NULL,
    "metadata" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "href" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "District" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "postcodePrefixes" TEXT[],

    CONSTRAINT "District_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistrictPopulation" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "districtId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "ageBand" "AgeBand" NOT NULL,
    "population" INTEGER NOT NULL,

    CONSTRAINT "DistrictPopulation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "charityNumber" TEXT,
    "companyNumber" TEXT,
    "isVcs" BOOLEAN NOT NULL DEFAULT false,
    "isSme" BOOLEAN NOT NULL DEFAULT false,
    "address" TEXT,
    "postcode" TEXT,
    "website" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationCouncil" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "status" "ProviderStatus" NOT NULL DEFAULT 'APPLIED',
    "approvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrganisationCouncil_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceType" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ServiceType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedType" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "NeedType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "serviceTypeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "eligibility" TEXT,
    "ageMin" INTEGER,
    "ageMax" INTEGER,
    "venue" TEXT,
    "address" TEXT,
    "postcode" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "url" TEXT,
    "costInfo" TEXT,
    "status" "ListingStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Service_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShortBreaksStatement" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShortBreaksStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Specification" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "serviceTypeId" TEXT NOT NULL,
    "status" "SpecificationStatus" NOT NULL DEFAULT 'DRAFT',
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "needsSnapshot" JSONB,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Specification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpecificationVersion" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "specificationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "ageMin" INTEGER NOT NULL,
    "ageMax" INTEGER NOT NULL,
    "needTypeCodes" TEXT[],
    "outcomes" TEXT[],
    "maxAnnualValue" DECIMAL(14,2) NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "extensionMonths" INTEGER NOT NULL DEFAULT 0,
    "eiaGroups" TEXT,
    "eiaImpact" TEXT,
    "eiaMitigations" TEXT,
    "eiaCompletedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "approvedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpecificationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpecificationOutput" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "specificationVersionId" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "unit" "OutputUnit" NOT NULL,
    "quantity" DECIMAL(12,2) NOT NULL,
    "period" "OutputPeriod" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SpecificationOutput_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tender" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "specificationVersionId" TEXT NOT NULL,
    "status" "TenderStatus" NOT NULL DEFAULT 'DRAFT',
    "estimatedValue" DECIMAL(14,2) NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "clarificationDeadline" TIMESTAMPTZ(3) NOT NULL,
    "submissionDeadline" TIMESTAMPTZ(3) NOT NULL,
    "evaluationEndsAt" TIMESTAMPTZ(3) NOT NULL,
    "hideBidderNames" BOOLEAN NOT NULL DEFAULT true,
    "cancelledReason" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Tender_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TenderCriterion" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "kind" "CriterionKind" NOT NULL,
    "title" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "guidance" TEXT,
    "weight" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TenderCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClarificationQuestion" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "askedById" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "answeredById" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClarificationQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bid" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" "BidStatus" NOT NULL DEFAULT 'DRAFT',
    "price" DECIMAL(14,2),
    "safeguardingDeclared" BOOLEAN NOT NULL DEFAULT false,
    "insuranceDeclared" BOOLEAN NOT NULL DEFAULT false,
    "label" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "withdrawnAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Bid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BidAnswer" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BidAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationPanel" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationPanel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PanelMember" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "panelId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "role" "PanelRole" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PanelMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PanelAssignment" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "panelMemberId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,

    CONSTRAINT "PanelAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "panelMemberId" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "hasConflict" BOOLEAN NOT NULL,
    "details" TEXT,
    "declaredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Score" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "panelMemberId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModeratedScore" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "moderatedById" TEXT NOT NULL,
    "moderatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModeratedScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "tenderId" TEXT NOT NULL,
    "winningBidId" TEXT NOT NULL,
    "status" "AwardStatus" NOT NULL DEFAULT 'PROPOSED',
    "commissionerDecisionById" TEXT,
    "commissionerDecisionAt" TIMESTAMPTZ(3),
    "youngPanelApprovedById" TEXT,
    "youngPanelApprovedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "standstillEndsAt" TIMESTAMPTZ(3),
    "contractId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackLetter" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "bidId" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "serviceTypeId" TEXT NOT NULL,
    "specificationVersionId" TEXT,
    "tenderId" TEXT,
    "annualValue" DECIMAL(14,2) NOT NULL,
    "totalValue" DECIMAL(14,2) NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "originalEndDate" DATE NOT NULL,
    "extensionMonthsAvailable" INTEGER NOT NULL DEFAULT 0,
    "extensionMonthsUsed" INTEGER NOT NULL DEFAULT 0,
    "terminatedAt" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractVariation" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "kind" "VariationKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "valueChange" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "newEndDate" DATE,
    "effectiveDate" DATE NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractVariation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "unit" "KpiUnit" NOT NULL,
    "source" "KpiSource" NOT NULL DEFAULT 'OUTPUT',
    "targetPerPeriod" DECIMAL(12,2) NOT NULL,
    "greenPercent" DECIMAL(5,2) NOT NULL DEFAULT 95,
    "amberPercent" DECIMAL(5,2) NOT NULL DEFAULT 80,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReturnPeriod" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "dueDate" DATE NOT NULL,

    CONSTRAINT "ReturnPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeReturn" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "returnPeriodId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" "ReturnStatus" NOT NULL DEFAULT 'DRAFT',
    "childrenSupported" INTEGER,
    "familiesSupported" INTEGER,
    "narrative" TEXT,
    "childVoiceMethod" TEXT,
    "childVoiceSummary" TEXT,
    "caseStudy" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" TEXT,
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutcomeReturn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiActual" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "outcomeReturnId" TEXT NOT NULL,
    "kpiId" TEXT NOT NULL,
    "value" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "KpiActual_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReturnQuery" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "outcomeReturnId" TEXT NOT NULL,
    "authorUserId" TEXT NOT NULL,
    "authorRole" "Role" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReturnQuery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractMeeting" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "heldAt" TIMESTAMPTZ(3) NOT NULL,
    "attendees" TEXT NOT NULL,
    "notes" TEXT NOT NULL,
    "satisfactionDiscussed" BOOLEAN NOT NULL DEFAULT false,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingAction" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "ownerSide" "ActionSide" NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "MeetingAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "kind" "AnnouncementKind" NOT NULL DEFAULT 'ANNOUNCEMENT',
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "serviceTypeId" TEXT,
    "requiresAcknowledgement" BOOLEAN NOT NULL DEFAULT false,
    "eventAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT NOT NULL,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnouncementAcknowledgement" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "announcementId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "acknowledgedById" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnnouncementAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForumAttendance" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "announcementId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "attendeeName" TEXT NOT NULL,
    "attended" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ForumAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Family" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Family_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentStatement" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Child" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "familyId" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT,
    "dateOfBirth" DATE NOT NULL,
    "postcode" TEXT,
    "districtId" TEXT NOT NULL,
    "school" TEXT,
    "communicationNeeds" TEXT,
    "currentShortBreaks" TEXT,
    "parentName" TEXT,
    "parentEmail" TEXT,
    "parentPhone" TEXT,
    "contactPreference" TEXT,
    "status" "RegisterStatus" NOT NULL DEFAULT 'ACTIVE',
    "registeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMPTZ(3),
    "eraseAfter" TIMESTAMPTZ(3),
    "erasedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Child_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChildNeed" (
    "councilId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "needTypeId" TEXT NOT NULL,

    CONSTRAINT "ChildNeed_pkey" PRIMARY KEY ("childId","needTypeId")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "agreedByUserId" TEXT NOT NULL,
    "agreedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnByUserId" TEXT,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RasConfiguration" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "questions" JSONB NOT NULL,
    "poundsPerPoint" DECIMAL(10,2) NOT NULL,
    "minimumBudget" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "maximumBudget" DECIMAL(12,2) NOT NULL,
    "activeFrom" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RasConfiguration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "socialWorkerUserId" TEXT NOT NULL,
    "rasConfigurationId" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "answers" JSONB NOT NULL,
    "summary" TEXT,
    "totalPoints" INTEGER,
    "indicativeBudget" DECIMAL(12,2),
    "completedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonalBudget" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,
    "assessmentId" TEXT,
    "type" "BudgetType" NOT NULL,
    "status" "BudgetStatus" NOT NULL DEFAULT 'PROPOSED',
    "annualAmount" DECIMAL(12,2) NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "nextReviewDate" DATE NOT NULL,
    "approvedById" TEXT,
    "approvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PersonalBudget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportPlan" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "personalBudgetId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "outcomes" TEXT NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'DRAFT',
    "agreedAt" TIMESTAMPTZ(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportPlanItem" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "supportPlanId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "serviceId" TEXT,
    "organisationId" TEXT,
    "hoursPerWeek" DECIMAL(6,2),
    "annualCost" DECIMAL(12,2) NOT NULL,

    CONSTRAINT "SupportPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetPayment" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "personalBudgetId" TEXT NOT NULL,
    "kind" "PaymentKind" NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "paidOn" DATE NOT NULL,
    "reference" TEXT,
    "organisationId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BudgetPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpendEvidence" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "personalBudgetId" TEXT NOT NULL,
    "submittedById" TEXT NOT NULL,
    "amount" DECIMAL(12,2) NOT NULL,
    "spentOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "receiptName" TEXT,
    "status" "EvidenceStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpendEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetReview" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "personalBudgetId" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "completedAt" TIMESTAMPTZ(3),
    "outcome" TEXT,
    "reviewerUserId" TEXT,

    CONSTRAINT "BudgetReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackTheme" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "FeedbackTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "source" "FeedbackSource" NOT NULL,
    "receiptCode" TEXT NOT NULL,
    "familyId" TEXT,
    "submittedByUserId" TEXT,
    "serviceId" TEXT,
    "organisationId" TEXT,
    "contractId" TEXT,
    "face" "Face",
    "liked" TEXT,
    "improve" TEXT,
    "comment" TEXT,
    "consentToQuote" BOOLEAN NOT NULL DEFAULT false,
    "contactRequested" BOOLEAN NOT NULL DEFAULT false,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'RECEIVED',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackRating" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "feedbackId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "FeedbackRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackThemeTag" (
    "councilId" TEXT NOT NULL,
    "feedbackId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "taggedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackThemeTag_pkey" PRIMARY KEY ("feedbackId","themeId")
);

-- CreateTable
CREATE TABLE "FeedbackReply" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "feedbackId" TEXT NOT NULL,
    "authorUserId" TEXT NOT NULL,
    "authorRole" "Role" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YouSaidWeDid" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "youSaid" TEXT NOT NULL,
    "weDid" TEXT NOT NULL,
    "status" "ActionProgress" NOT NULL DEFAULT 'PLANNED',
    "startedOn" DATE,
    "completedOn" DATE,
    "publishedAt" TIMESTAMPTZ(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "YouSaidWeDid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VenueReview" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "serviceId" TEXT,
    "venueName" TEXT NOT NULL,
    "status" "VenueReviewStatus" NOT NULL DEFAULT 'PLANNED',
    "plannedFor" DATE,
    "visitedOn" DATE,
    "ratings" JSONB,
    "summary" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VenueReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VenueRecommendation" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'OPEN',
    "providerResponse" TEXT,
    "respondedAt" TIMESTAMPTZ(3),
    "respondedById" TEXT,
    "revisitFinding" TEXT,
    "revisitMet" BOOLEAN,

    CONSTRAINT "VenueRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VenueRevisit" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "visitedOn" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VenueRevisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingRecord" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "course" TEXT NOT NULL,
    "completedOn" DATE NOT NULL,
    "deliveredBy" TEXT,
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvolvementPlan" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvolvementPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvolvementPlanAction" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "ActionProgress" NOT NULL DEFAULT 'PLANNED',

    CONSTRAINT "InvolvementPlanAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvolvementActivity" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "planId" TEXT,
    "kind" "InvolvementKind" NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvolvementActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvolvementParticipation" (
    "id" TEXT NOT NULL,
    "councilId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "membershipId" TEXT,
    "ageBand" "AgeBand",
    "districtId" TEXT,
    "groups" TEXT[],

    CONSTRAINT "InvolvementParticipation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_VenueReviewers" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_VenueReviewers_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ServiceDistricts" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ServiceDistricts_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_SpecificationVersionDistricts" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_SpecificationVersionDistricts_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ContractDistricts" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ContractDistricts_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_YouSaidWeDidThemes" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_YouSaidWeDidThemes_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_YouSaidWeDidFeedback" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_YouSaidWeDidFeedback_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Council_slug_key" ON "Council"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_councilId_role_idx" ON "Membership"("councilId", "role");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE INDEX "Membership_familyId_idx" ON "Membership"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_userId_councilId_key" ON "Membership"("userId", "councilId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordToken_tokenHash_key" ON "PasswordToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordToken_userId_idx" ON "PasswordToken"("userId");

-- CreateIndex
CREATE INDEX "PasswordToken_councilId_idx" ON "PasswordToken"("councilId");

-- CreateIndex
CREATE INDEX "SignInAttempt_accountKey_createdAt_idx" ON "SignInAttempt"("accountKey", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_addressKey_createdAt_idx" ON "SignInAttempt"("addressKey", "createdAt");

-- CreateIndex
CREATE INDEX "FormSubmission_councilId_idx" ON "FormSubmission"("councilId");

-- CreateIndex
CREATE INDEX "FormSubmission_createdAt_idx" ON "FormSubmission"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_councilId_createdAt_idx" ON "AuditEvent"("councilId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_councilId_entityType_entityId_idx" ON "AuditEvent"("councilId", "entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_councilId_actorUserId_createdAt_idx" ON "AuditEvent"("councilId", "actorUserId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_councilId_action_createdAt_idx" ON "AuditEvent"("councilId", "action", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_membershipId_readAt_createdAt_idx" ON "Notification"("membershipId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_councilId_idx" ON "Notification"("councilId");

-- CreateIndex
CREATE INDEX "District_councilId_idx" ON "District"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "District_councilId_code_key" ON "District"("councilId", "code");

-- CreateIndex
CREATE INDEX "DistrictPopulation_councilId_year_idx" ON "DistrictPopulation"("councilId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "DistrictPopulation_districtId_year_ageBand_key" ON "DistrictPopulation"("districtId", "year", "ageBand");

-- CreateIndex
CREATE INDEX "OrganisationCouncil_councilId_status_idx" ON "OrganisationCouncil"("councilId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationCouncil_organisationId_councilId_key" ON "OrganisationCouncil"("organisationId", "councilId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceType_code_key" ON "ServiceType"("code");

-- CreateIndex
CREATE UNIQUE INDEX "NeedType_councilId_code_key" ON "NeedType"("councilId", "code");

-- CreateIndex
CREATE INDEX "Service_councilId_status_serviceTypeId_idx" ON "Service"("councilId", "status", "serviceTypeId");

-- CreateIndex
CREATE INDEX "Service_organisationId_idx" ON "Service"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ShortBreaksStatement_councilId_version_key" ON "ShortBreaksStatement"("councilId", "version");

-- CreateIndex
CREATE INDEX "Specification_councilId_status_idx" ON "Specification"("councilId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Specification_councilId_reference_key" ON "Specification"("councilId", "reference");

-- CreateIndex
CREATE INDEX "SpecificationVersion_councilId_idx" ON "SpecificationVersion"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "SpecificationVersion_specificationId_version_key" ON "SpecificationVersion"("specificationId", "version");

-- CreateIndex
CREATE INDEX "SpecificationOutput_specificationVersionId_idx" ON "SpecificationOutput"("specificationVersionId");

-- CreateIndex
CREATE INDEX "SpecificationOutput_councilId_idx" ON "SpecificationOutput"("councilId");

-- CreateIndex
CREATE INDEX "Tender_councilId_status_submissionDeadline_idx" ON "Tender"("councilId", "status", "submissionDeadline");

-- CreateIndex
CREATE UNIQUE INDEX "Tender_councilId_reference_key" ON "Tender"("councilId", "reference");

-- CreateIndex
CREATE INDEX "TenderCriterion_tenderId_idx" ON "TenderCriterion"("tenderId");

-- CreateIndex
CREATE INDEX "TenderCriterion_councilId_idx" ON "TenderCriterion"("councilId");

-- CreateIndex
CREATE INDEX "ClarificationQuestion_tenderId_publishedAt_idx" ON "ClarificationQuestion"("tenderId", "publishedAt");

-- CreateIndex
CREATE INDEX "ClarificationQuestion_councilId_idx" ON "ClarificationQuestion"("councilId");

-- CreateIndex
CREATE INDEX "ClarificationQuestion_organisationId_idx" ON "ClarificationQuestion"("organisationId");

-- CreateIndex
CREATE INDEX "Bid_councilId_status_idx" ON "Bid"("councilId", "status");

-- CreateIndex
CREATE INDEX "Bid_organisationId_idx" ON "Bid"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Bid_tenderId_organisationId_key" ON "Bid"("tenderId", "organisationId");

-- CreateIndex
CREATE INDEX "BidAnswer_councilId_idx" ON "BidAnswer"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "BidAnswer_bidId_criterionId_key" ON "BidAnswer"("bidId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationPanel_tenderId_key" ON "EvaluationPanel"("tenderId");

-- CreateIndex
CREATE INDEX "EvaluationPanel_councilId_idx" ON "EvaluationPanel"("councilId");

-- CreateIndex
CREATE INDEX "PanelMember_membershipId_idx" ON "PanelMember"("membershipId");

-- CreateIndex
CREATE INDEX "PanelMember_councilId_idx" ON "PanelMember"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelMember_panelId_membershipId_key" ON "PanelMember"("panelId", "membershipId");

-- CreateIndex
CREATE INDEX "PanelAssignment_criterionId_idx" ON "PanelAssignment"("criterionId");

-- CreateIndex
CREATE INDEX "PanelAssignment_councilId_idx" ON "PanelAssignment"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "PanelAssignment_panelMemberId_criterionId_key" ON "PanelAssignment"("panelMemberId", "criterionId");

-- CreateIndex
CREATE INDEX "ConflictDeclaration_councilId_idx" ON "ConflictDeclaration"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDeclaration_panelMemberId_bidId_key" ON "ConflictDeclaration"("panelMemberId", "bidId");

-- CreateIndex
CREATE INDEX "Score_councilId_idx" ON "Score"("councilId");

-- CreateIndex
CREATE INDEX "Score_criterionId_idx" ON "Score"("criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "Score_bidId_criterionId_panelMemberId_key" ON "Score"("bidId", "criterionId", "panelMemberId");

-- CreateIndex
CREATE INDEX "ModeratedScore_councilId_idx" ON "ModeratedScore"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "ModeratedScore_bidId_criterionId_key" ON "ModeratedScore"("bidId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "Award_tenderId_key" ON "Award"("tenderId");

-- CreateIndex
CREATE UNIQUE INDEX "Award_contractId_key" ON "Award"("contractId");

-- CreateIndex
CREATE INDEX "Award_councilId_status_idx" ON "Award"("councilId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackLetter_bidId_key" ON "FeedbackLetter"("bidId");

-- CreateIndex
CREATE INDEX "FeedbackLetter_councilId_idx" ON "FeedbackLetter"("councilId");

-- CreateIndex
CREATE INDEX "Contract_councilId_endDate_idx" ON "Contract"("councilId", "endDate");

-- CreateIndex
CREATE INDEX "Contract_councilId_organisationId_idx" ON "Contract"("councilId", "organisationId");

-- CreateIndex
CREATE INDEX "Contract_councilId_serviceTypeId_idx" ON "Contract"("councilId", "serviceTypeId");

-- CreateIndex
CREATE INDEX "Contract_organisationId_idx" ON "Contract"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_councilId_reference_key" ON "Contract"("councilId", "reference");

-- CreateIndex
CREATE INDEX "ContractVariation_contractId_idx" ON "ContractVariation"("contractId");

-- CreateIndex
CREATE INDEX "ContractVariation_councilId_idx" ON "ContractVariation"("councilId");

-- CreateIndex
CREATE INDEX "Kpi_contractId_idx" ON "Kpi"("contractId");

-- CreateIndex
CREATE INDEX "Kpi_councilId_idx" ON "Kpi"("councilId");

-- CreateIndex
CREATE INDEX "ReturnPeriod_councilId_dueDate_idx" ON "ReturnPeriod"("councilId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "ReturnPeriod_contractId_startDate_key" ON "ReturnPeriod"("contractId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeReturn_returnPeriodId_key" ON "OutcomeReturn"("returnPeriodId");

-- CreateIndex
CREATE INDEX "OutcomeReturn_councilId_status_idx" ON "OutcomeReturn"("councilId", "status");

-- CreateIndex
CREATE INDEX "OutcomeReturn_organisationId_status_idx" ON "OutcomeReturn"("organisationId", "status");

-- CreateIndex
CREATE INDEX "OutcomeReturn_contractId_idx" ON "OutcomeReturn"("contractId");

-- CreateIndex
CREATE INDEX "KpiActual_kpiId_idx" ON "KpiActual"("kpiId");

-- CreateIndex
CREATE INDEX "KpiActual_councilId_idx" ON "KpiActual"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "KpiActual_outcomeReturnId_kpiId_key" ON "KpiActual"("outcomeReturnId", "kpiId");

-- CreateIndex
CREATE INDEX "ReturnQuery_outcomeReturnId_createdAt_idx" ON "ReturnQuery"("outcomeReturnId", "createdAt");

-- CreateIndex
CREATE INDEX "ReturnQuery_councilId_idx" ON "ReturnQuery"("councilId");

-- CreateIndex
CREATE INDEX "ContractMeeting_contractId_heldAt_idx" ON "ContractMeeting"("contractId", "heldAt");

-- CreateIndex
CREATE INDEX "ContractMeeting_councilId_idx" ON "ContractMeeting"("councilId");

-- CreateIndex
CREATE INDEX "MeetingAction_councilId_status_dueDate_idx" ON "MeetingAction"("councilId", "status", "dueDate");

-- CreateIndex
CREATE INDEX "MeetingAction_contractId_status_idx" ON "MeetingAction"("contractId", "status");

-- CreateIndex
CREATE INDEX "Announcement_councilId_publishedAt_idx" ON "Announcement"("councilId", "publishedAt");

-- CreateIndex
CREATE INDEX "AnnouncementAcknowledgement_councilId_idx" ON "AnnouncementAcknowledgement"("councilId");

-- CreateIndex
CREATE INDEX "AnnouncementAcknowledgement_organisationId_idx" ON "AnnouncementAcknowledgement"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "AnnouncementAcknowledgement_announcementId_organisationId_key" ON "AnnouncementAcknowledgement"("announcementId", "organisationId");

-- CreateIndex
CREATE INDEX "ForumAttendance_announcementId_idx" ON "ForumAttendance"("announcementId");

-- CreateIndex
CREATE INDEX "ForumAttendance_councilId_idx" ON "ForumAttendance"("councilId");

-- CreateIndex
CREATE INDEX "Family_councilId_idx" ON "Family"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentStatement_councilId_version_key" ON "ConsentStatement"("councilId", "version");

-- CreateIndex
CREATE INDEX "Child_councilId_status_districtId_dateOfBirth_idx" ON "Child"("councilId", "status", "districtId", "dateOfBirth");

-- CreateIndex
CREATE INDEX "Child_familyId_idx" ON "Child"("familyId");

-- CreateIndex
CREATE INDEX "Child_status_eraseAfter_idx" ON "Child"("status", "eraseAfter");

-- CreateIndex
CREATE INDEX "ChildNeed_councilId_needTypeId_idx" ON "ChildNeed"("councilId", "needTypeId");

-- CreateIndex
CREATE INDEX "Consent_childId_idx" ON "Consent"("childId");

-- CreateIndex
CREATE INDEX "Consent_councilId_idx" ON "Consent"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "RasConfiguration_councilId_version_key" ON "RasConfiguration"("councilId", "version");

-- CreateIndex
CREATE INDEX "Assessment_councilId_status_idx" ON "Assessment"("councilId", "status");

-- CreateIndex
CREATE INDEX "Assessment_childId_idx" ON "Assessment"("childId");

-- CreateIndex
CREATE INDEX "PersonalBudget_councilId_status_nextReviewDate_idx" ON "PersonalBudget"("councilId", "status", "nextReviewDate");

-- CreateIndex
CREATE INDEX "PersonalBudget_childId_idx" ON "PersonalBudget"("childId");

-- CreateIndex
CREATE INDEX "SupportPlan_councilId_idx" ON "SupportPlan"("councilId");

-- CreateIndex
CREATE UNIQUE INDEX "SupportPlan_personalBudgetId_version_key" ON "SupportPlan"("personalBudgetId", "version");

-- CreateIndex
CREATE INDEX "SupportPlanItem_supportPlanId_idx" ON "SupportPlanItem"("supportPlanId");

-- CreateIndex
CREATE INDEX "SupportPlanItem_councilId_idx" ON "SupportPlanItem"("councilId");

-- CreateIndex
CREATE INDEX "BudgetPayment_personalBudgetId_paidOn_idx" ON "BudgetPayment"("personalBudgetId", "paidOn");

-- CreateIndex
CREATE INDEX "BudgetPayment_councilId_paidOn_idx" ON "BudgetPayment"("councilId", "paidOn");

-- CreateIndex
CREATE INDEX "SpendEvidence_personalBudgetId_idx" ON "SpendEvidence"("personalBudgetId");

-- CreateIndex
CREATE INDEX "SpendEvidence_councilId_status_idx" ON "SpendEvidence"("councilId", "status");

-- CreateIndex
CREATE INDEX "BudgetReview_personalBudgetId_idx" ON "BudgetReview"("personalBudgetId");

-- CreateIndex
CREATE INDEX "BudgetReview_councilId_completedAt_dueDate_idx" ON "BudgetReview"("councilId", "completedAt", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackTheme_councilId_code_key" ON "FeedbackTheme"("councilId", "code");

-- CreateIndex
CREATE INDEX "Feedback_councilId_createdAt_idx" ON "Feedback"("councilId", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_councilId_contractId_idx" ON "Feedback"("councilId", "contractId");

-- CreateIndex
CREATE INDEX "Feedback_councilId_organisationId_idx" ON "Feedback"("councilId", "organisationId");

-- CreateIndex
CREATE INDEX "Feedback_familyId_idx" ON "Feedback"("familyId");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_councilId_receiptCode_key" ON "Feedback"("councilId", "receiptCode");

-- CreateIndex
CREATE INDEX "FeedbackRating_councilId_question_idx" ON "FeedbackRating"("councilId", "question");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackRating_feedbackId_question_key" ON "FeedbackRating"("feedbackId", "question");

-- CreateIndex
CREATE INDEX "FeedbackThemeTag_councilId_themeId_createdAt_idx" ON "FeedbackThemeTag"("councilId", "themeId", "createdAt");

-- CreateIndex
CREATE INDEX "FeedbackReply_feedbackId_idx" ON "FeedbackReply"("feedbackId");

-- CreateIndex
CREATE INDEX "FeedbackReply_councilId_idx" ON "FeedbackReply"("councilId");

-- CreateIndex
CREATE INDEX "YouSaidWeDid_councilId_publishedAt_idx" ON "YouSaidWeDid"("councilId", "publishedAt");

-- CreateIndex
CREATE INDEX "VenueReview_councilId_status_idx" ON "VenueReview"("councilId", "status");

-- CreateIndex
CREATE INDEX "VenueReview_organisationId_idx" ON "VenueReview"("organisationId");

-- CreateIndex
CREATE INDEX "VenueRecommendation_reviewId_idx" ON "VenueRecommendation"("reviewId");

-- CreateIndex
CREATE INDEX "VenueRecommendation_councilId_idx" ON "VenueRecommendation"("councilId");

-- CreateIndex
CREATE INDEX "VenueRevisit_reviewId_idx" ON "VenueRevisit"("reviewId");

-- CreateIndex
CREATE INDEX "VenueRevisit_councilId_idx" ON "VenueRevisit"("councilId");

-- CreateIndex
CREATE INDEX "TrainingRecord_councilId_membershipId_idx" ON "TrainingRecord"("councilId", "membershipId");

-- CreateIndex
CREATE INDEX "InvolvementPlan_councilId_periodStart_idx" ON "InvolvementPlan"("councilId", "periodStart");

-- CreateIndex
CREATE INDEX "InvolvementPlanAction_planId_idx" ON "InvolvementPlanAction"("planId");

-- CreateIndex
CREATE INDEX "InvolvementPlanAction_councilId_status_idx" ON "InvolvementPlanAction"("councilId", "status");

-- CreateIndex
CREATE INDEX "InvolvementActivity_councilId_heldOn_idx" ON "InvolvementActivity"("councilId", "heldOn");

-- CreateIndex
CREATE INDEX "InvolvementParticipation_activityId_idx" ON "InvolvementParticipation"("activityId");

-- CreateIndex
CREATE INDEX "InvolvementParticipation_councilId_idx" ON "InvolvementParticipation"("councilId");

-- CreateIndex
CREATE INDEX "_VenueReviewers_B_index" ON "_VenueReviewers"("B");

-- CreateIndex
CREATE INDEX "_ServiceDistricts_B_index" ON "_ServiceDistricts"("B");

-- CreateIndex
CREATE INDEX "_SpecificationVersionDistricts_B_index" ON "_SpecificationVersionDistricts"("B");

-- CreateIndex
CREATE INDEX "_ContractDistricts_B_index" ON "_ContractDistricts"("B");

-- CreateIndex
CREATE INDEX "_YouSaidWeDidThemes_B_index" ON "_YouSaidWeDidThemes"("B");

-- CreateIndex
CREATE INDEX "_YouSaidWeDidFeedback_B_index" ON "_YouSaidWeDidFeedback"("B");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordToken" ADD CONSTRAINT "PasswordToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictPopulation" ADD CONSTRAINT "DistrictPopulation_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationCouncil" ADD CONSTRAINT "OrganisationCouncil_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationCouncil" ADD CONSTRAINT "OrganisationCouncil_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedType" ADD CONSTRAINT "NeedType_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Service" ADD CONSTRAINT "Service_serviceTypeId_fkey" FOREIGN KEY ("serviceTypeId") REFERENCES "ServiceType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShortBreaksStatement" ADD CONSTRAINT "ShortBreaksStatement_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Specification" ADD CONSTRAINT "Specification_serviceTypeId_fkey" FOREIGN KEY ("serviceTypeId") REFERENCES "ServiceType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecificationVersion" ADD CONSTRAINT "SpecificationVersion_specificationId_fkey" FOREIGN KEY ("specificationId") REFERENCES "Specification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpecificationOutput" ADD CONSTRAINT "SpecificationOutput_specificationVersionId_fkey" FOREIGN KEY ("specificationVersionId") REFERENCES "SpecificationVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Tender" ADD CONSTRAINT "Tender_specificationVersionId_fkey" FOREIGN KEY ("specificationVersionId") REFERENCES "SpecificationVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TenderCriterion" ADD CONSTRAINT "TenderCriterion_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClarificationQuestion" ADD CONSTRAINT "ClarificationQuestion_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClarificationQuestion" ADD CONSTRAINT "ClarificationQuestion_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidAnswer" ADD CONSTRAINT "BidAnswer_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BidAnswer" ADD CONSTRAINT "BidAnswer_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "TenderCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationPanel" ADD CONSTRAINT "EvaluationPanel_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelMember" ADD CONSTRAINT "PanelMember_panelId_fkey" FOREIGN KEY ("panelId") REFERENCES "EvaluationPanel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelMember" ADD CONSTRAINT "PanelMember_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelAssignment" ADD CONSTRAINT "PanelAssignment_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PanelAssignment" ADD CONSTRAINT "PanelAssignment_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "TenderCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "TenderCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_panelMemberId_fkey" FOREIGN KEY ("panelMemberId") REFERENCES "PanelMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModeratedScore" ADD CONSTRAINT "ModeratedScore_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModeratedScore" ADD CONSTRAINT "ModeratedScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "TenderCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_winningBidId_fkey" FOREIGN KEY ("winningBidId") REFERENCES "Bid"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackLetter" ADD CONSTRAINT "FeedbackLetter_bidId_fkey" FOREIGN KEY ("bidId") REFERENCES "Bid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_serviceTypeId_fkey" FOREIGN KEY ("serviceTypeId") REFERENCES "ServiceType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_specificationVersionId_fkey" FOREIGN KEY ("specificationVersionId") REFERENCES "SpecificationVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_tenderId_fkey" FOREIGN KEY ("tenderId") REFERENCES "Tender"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractVariation" ADD CONSTRAINT "ContractVariation_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnPeriod" ADD CONSTRAINT "ReturnPeriod_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeReturn" ADD CONSTRAINT "OutcomeReturn_returnPeriodId_fkey" FOREIGN KEY ("returnPeriodId") REFERENCES "ReturnPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeReturn" ADD CONSTRAINT "OutcomeReturn_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiActual" ADD CONSTRAINT "KpiActual_outcomeReturnId_fkey" FOREIGN KEY ("outcomeReturnId") REFERENCES "OutcomeReturn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiActual" ADD CONSTRAINT "KpiActual_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReturnQuery" ADD CONSTRAINT "ReturnQuery_outcomeReturnId_fkey" FOREIGN KEY ("outcomeReturnId") REFERENCES "OutcomeReturn"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractMeeting" ADD CONSTRAINT "ContractMeeting_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAction" ADD CONSTRAINT "MeetingAction_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ContractMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Announcement" ADD CONSTRAINT "Announcement_serviceTypeId_fkey" FOREIGN KEY ("serviceTypeId") REFERENCES "ServiceType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementAcknowledgement" ADD CONSTRAINT "AnnouncementAcknowledgement_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnouncementAcknowledgement" ADD CONSTRAINT "AnnouncementAcknowledgement_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForumAttendance" ADD CONSTRAINT "ForumAttendance_announcementId_fkey" FOREIGN KEY ("announcementId") REFERENCES "Announcement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentStatement" ADD CONSTRAINT "ConsentStatement_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Child" ADD CONSTRAINT "Child_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildNeed" ADD CONSTRAINT "ChildNeed_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChildNeed" ADD CONSTRAINT "ChildNeed_needTypeId_fkey" FOREIGN KEY ("needTypeId") REFERENCES "NeedType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "ConsentStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_rasConfigurationId_fkey" FOREIGN KEY ("rasConfigurationId") REFERENCES "RasConfiguration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalBudget" ADD CONSTRAINT "PersonalBudget_childId_fkey" FOREIGN KEY ("childId") REFERENCES "Child"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalBudget" ADD CONSTRAINT "PersonalBudget_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportPlan" ADD CONSTRAINT "SupportPlan_personalBudgetId_fkey" FOREIGN KEY ("personalBudgetId") REFERENCES "PersonalBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportPlanItem" ADD CONSTRAINT "SupportPlanItem_supportPlanId_fkey" FOREIGN KEY ("supportPlanId") REFERENCES "SupportPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportPlanItem" ADD CONSTRAINT "SupportPlanItem_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetPayment" ADD CONSTRAINT "BudgetPayment_personalBudgetId_fkey" FOREIGN KEY ("personalBudgetId") REFERENCES "PersonalBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpendEvidence" ADD CONSTRAINT "SpendEvidence_personalBudgetId_fkey" FOREIGN KEY ("personalBudgetId") REFERENCES "PersonalBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetReview" ADD CONSTRAINT "BudgetReview_personalBudgetId_fkey" FOREIGN KEY ("personalBudgetId") REFERENCES "PersonalBudget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackTheme" ADD CONSTRAINT "FeedbackTheme_councilId_fkey" FOREIGN KEY ("councilId") REFERENCES "Council"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "Family"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackRating" ADD CONSTRAINT "FeedbackRating_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackThemeTag" ADD CONSTRAINT "FeedbackThemeTag_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackThemeTag" ADD CONSTRAINT "FeedbackThemeTag_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "FeedbackTheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackReply" ADD CONSTRAINT "FeedbackReply_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenueReview" ADD CONSTRAINT "VenueReview_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenueReview" ADD CONSTRAINT "VenueReview_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenueRecommendation" ADD CONSTRAINT "VenueRecommendation_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "VenueReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VenueRevisit" ADD CONSTRAINT "VenueRevisit_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "VenueReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvolvementPlanAction" ADD CONSTRAINT "InvolvementPlanAction_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InvolvementPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvolvementActivity" ADD CONSTRAINT "InvolvementActivity_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InvolvementPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvolvementParticipation" ADD CONSTRAINT "InvolvementParticipation_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "InvolvementActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvolvementParticipation" ADD CONSTRAINT "InvolvementParticipation_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_VenueReviewers" ADD CONSTRAINT "_VenueReviewers_A_fkey" FOREIGN KEY ("A") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_VenueReviewers" ADD CONSTRAINT "_VenueReviewers_B_fkey" FOREIGN KEY ("B") REFERENCES "VenueReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ServiceDistricts" ADD CONSTRAINT "_ServiceDistricts_A_fkey" FOREIGN KEY ("A") REFERENCES "District"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ServiceDistricts" ADD CONSTRAINT "_ServiceDistricts_B_fkey" FOREIGN KEY ("B") REFERENCES "Service"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SpecificationVersionDistricts" ADD CONSTRAINT "_SpecificationVersionDistricts_A_fkey" FOREIGN KEY ("A") REFERENCES "District"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SpecificationVersionDistricts" ADD CONSTRAINT "_SpecificationVersionDistricts_B_fkey" FOREIGN KEY ("B") REFERENCES "SpecificationVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ContractDistricts" ADD CONSTRAINT "_ContractDistricts_A_fkey" FOREIGN KEY ("A") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ContractDistricts" ADD CONSTRAINT "_ContractDistricts_B_fkey" FOREIGN KEY ("B") REFERENCES "District"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_YouSaidWeDidThemes" ADD CONSTRAINT "_YouSaidWeDidThemes_A_fkey" FOREIGN KEY ("A") REFERENCES "FeedbackTheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_YouSaidWeDidThemes" ADD CONSTRAINT "_YouSaidWeDidThemes_B_fkey" FOREIGN KEY ("B") REFERENCES "YouSaidWeDid"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_YouSaidWeDidFeedback" ADD CONSTRAINT "_YouSaidWeDidFeedback_A_fkey" FOREIGN KEY ("A") REFERENCES "Feedback"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_YouSaidWeDidFeedback" ADD CONSTRAINT "_YouSaidWeDidFeedback_B_fkey" FOREIGN KEY ("B") REFERENCES "YouSaidWeDid"("id") ON DELETE CASCADE ON UPDATE CASCADE;
