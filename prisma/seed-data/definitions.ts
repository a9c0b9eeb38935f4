/** Shapes of the declarative demo data in northshire.ts and eastbrook.ts. */
import type {
  CriterionKind,
  OutputPeriod,
  OutputUnit,
  ProviderStatus,
  Role,
  SpecificationStatus,
} from "../../lib/db";

export interface DistrictDef {
  code: string;
  name: string;
  prefixes: string[];
  /** This year's population for ages 0–4, 5–10, 11–15 and 16–19. */
  population: [number, number, number, number];
}

export interface UserDef {
  /** E-mail local part: `<local>@<slug>.example`. */
  local: string;
  name: string;
  role: Role;
  /** Organisation key, for provider staff. */
  org?: string;
  /** Which seeded family a family user belongs to. */
  family?: "demo" | "second";
}

export interface ServiceDef {
  key: string;
  org: string;
  type: string;
  name: string;
  description: string;
  eligibility: string;
  ageMin: number;
  ageMax: number;
  venue: string;
  address: string;
  postcode: string;
  districts: string[];
  costInfo: string;
  phone: string;
  email: string;
  url?: string;
}

/** When a contract ends, relative to the day the seed runs. */
export type EndRule =
  { kind: "march31" } | { kind: "monthEnd"; monthsAhead: number } | { kind: "ended"; monthsAgo: number };

export interface ContractDef {
  key: string;
  org: string;
  type: string;
  title: string;
  districts: string[];
  annualValue: string;
  /** Starts on the first day of the financial quarter this many quarters before today's. */
  startQuartersAgo: number;
  end: EndRule;
  extensionMonthsAvailable: number;
  /** Months of extension already taken (shown as an EXTENSION variation). */
  extendedBy?: number;
  /** What happened to the latest return that is already past its due date. */
  latestReturn?: "overdue" | "queried" | "submitted";
  /** A contract meeting with actions is recorded for this contract. */
  meeting?: boolean;
}

export interface CriterionDef {
  key: string;
  kind: CriterionKind;
  title: string;
  question: string;
  guidance?: string;
  weight: number;
}

export interface BidDef {
  org: string;
  label: string;
  price: string;
  /** Criterion key → answer (price has no written answer). */
  answers: Record<string, string>;
}

export interface TenderDef {
  reference: string;
  title: string;
  description: string;
  /** published: open for bids; evaluation: deadline passed, panel scoring. */
  stage: "published" | "evaluation";
  criteria: CriterionDef[];
  clarifications: { org: string; question: string; answer?: string }[];
  bids: BidDef[];
  /** Organisation that has started (but not sent) a bid on a published tender. */
  draftBidOrg?: string;
}

export interface SpecDef {
  reference: string;
  type: string;
  status: Extract<SpecificationStatus, "DRAFT" | "AWAITING_APPROVAL" | "APPROVED">;
  title: string;
  summary: string;
  ageMin: number;
  ageMax: number;
  needs: string[];
  outcomes: string[];
  maxAnnualValue: string;
  termMonths: number;
  extensionMonths: number;
  districts: string[];
  outputs: [measure: string, unit: OutputUnit, quantity: string, period: OutputPeriod][];
  eia: { groups: string; impact: string; mitigations: string };
  /** Days before today the specification was started. */
  startedDaysAgo: number;
  tender?: TenderDef;
}

export interface ChildDef {
  firstName: string;
  age: number;
  district: string;
  needs: string[];
  school: string;
  communicationNeeds?: string;
  currentShortBreaks?: string;
}

export interface FamilyDef {
  surname: string;
  parentFirstName: string;
  postcodePrefix: string;
  children: ChildDef[];
}

/** A group of children placed deliberately so some statistics cells pass the threshold. */
export interface ClusterDef {
  district: string;
  ageBand: 0 | 1 | 2 | 3;
  need: string;
  count: number;
}

export interface CouncilDef {
  slug: string;
  name: string;
  /** Prefix of contract, specification and tender references, e.g. "NCC". */
  refPrefix: string;
  contactEmail: string;
  annualBudget: string;
  districts: DistrictDef[];
  users: UserDef[];
  organisations: { org: string; status: ProviderStatus; sinceYearsAgo: number }[];
  services: ServiceDef[];
  contracts: ContractDef[];
  specifications: SpecDef[];
  schools: string[];
  register: {
    demoFamily: FamilyDef;
    secondFamily: FamilyDef;
    /** Families generated besides the two above, and the children they hold between them. */
    otherFamilies: number;
    otherChildren: number;
    clusters: ClusterDef[];
  };
  /**
   * Generated records added after the named ones (prisma/seed-data/volume.ts), so statistics,
   * charts and tables show real numbers.
   */
  volume?: { children: number; contracts: number; returns: number; feedback: number; budgets: number };
  /** Names used in the council's text: the participation team, the forum venue. */
  participationTeam: string;
  forumVenue: string;
}

export interface OrganisationDef {
  key: string;
  name: string;
  charityNumber?: string;
  companyNumber?: string;
  isVcs: boolean;
  isSme: boolean;
  address: string;
  postcode: string;
  website: string;
  email: string;
  phone: string;
}
