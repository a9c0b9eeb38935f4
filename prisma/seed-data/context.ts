import { Prisma, type Tx } from "../../lib/db";
import { Rng } from "./random";

export type { Tx };

/** Money is always built from strings, never from floating point. */
export function money(pounds: string): Prisma.Decimal {
  return new Prisma.Decimal(pounds);
}

/** Things every part of the seed needs. */
export interface SeedRun {
  tx: Tx;
  now: Date;
  /** UTC midnight of `now`. */
  today: Date;
  passwordHash: string;
  serviceTypes: Record<string, string>;
  organisations: Record<string, string>;
}

export interface SeededUser {
  userId: string;
  membershipId: string;
  email: string;
  name: string;
}

/** Everything created for one council that later parts of the seed refer to. */
export interface CouncilRun extends SeedRun {
  councilId: string;
  slug: string;
  name: string;
  refPrefix: string;
  returnDueDays: number;
  retentionDays: number;
  statisticsThreshold: number;
  rng(label: string): Rng;
  districts: { id: string; code: string; name: string; prefixes: string[] }[];
  districtByCode: Record<string, string>;
  needTypes: Record<string, string>;
  themes: Record<string, string>;
  consentStatementId: string;
  /** By e-mail local part: "family", "provider2", "young-commissioner3", … */
  users: Record<string, SeededUser>;
  demoFamilyId: string;
  secondFamilyId: string;
  /** Organisation key of the demo provider (provider@…). */
  demoOrgKey: string;
  /** Organisation key → the provider staff user who acts for it in this council. */
  orgStaff: Record<string, SeededUser>;
  /** Filled in as the seed goes. */
  children: SeededChild[];
  services: { id: string; key: string; orgKey: string; name: string }[];
  contracts: SeededContract[];
}

export interface SeededChild {
  id: string;
  familyId: string;
  firstName: string;
  districtId: string;
  demo: boolean;
  active: boolean;
}

export interface SeededContract {
  id: string;
  key: string;
  orgKey: string;
  serviceTypeCode: string;
  title: string;
  reference: string;
  startDate: Date;
  endDate: Date;
}

export function user(run: CouncilRun, localPart: string): SeededUser {
  const u = run.users[localPart];
  if (!u) throw new Error(`seed: no user ${localPart}@${run.slug}.example`);
  return u;
}

export function orgId(run: SeedRun, key: string): string {
  const id = run.organisations[key];
  if (!id) throw new Error(`seed: no organisation "${key}"`);
  return id;
}

export function serviceTypeId(run: SeedRun, code: string): string {
  const id = run.serviceTypes[code];
  if (!id) throw new Error(`seed: no service type "${code}"`);
  return id;
}
