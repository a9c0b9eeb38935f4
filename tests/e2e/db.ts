import pg from "pg";

/** Reads ids from the e2e database (seeded demo data) for pages that need a real record. */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

export async function userIdByEmail(email: string): Promise<string> {
  const rows = await query<{ id: string }>('select id from "User" where email = $1', [email]);
  if (!rows[0]) throw new Error(`no user ${email} in the e2e database`);
  return rows[0].id;
}

/** The first child (by date of birth) of the Northshire demo family. */
export async function demoChildId(): Promise<string> {
  const rows = await query<{ id: string }>(
    `select c.id from "Child" c join "Membership" m on m."familyId" = c."familyId"
     join "User" u on u.id = m."userId" where u.email = 'family@northshire.example'
     order by c."dateOfBirth" asc limit 1`,
  );
  if (!rows[0]) throw new Error("no demo child in the e2e database");
  return rows[0].id;
}

/** The seeded Northshire tender in a given state (the seed has one published and one in evaluation). */
export async function tenderIdByStatus(status: "PUBLISHED" | "IN_EVALUATION"): Promise<string> {
  const rows = await query<{ id: string }>(
    `select t.id from "Tender" t join "Council" c on c.id = t."councilId"
     where c.slug = 'northshire' and t.status = $1::"TenderStatus" order by t.reference limit 1`,
    [status],
  );
  if (!rows[0]) throw new Error(`no ${status} tender in the e2e database`);
  return rows[0].id;
}

/** A seeded Northshire specification (the first by reference) for pages under /commissioner/specifications/[id]. */
export async function demoSpecificationId(): Promise<string> {
  const rows = await query<{ id: string }>(
    `select s.id from "Specification" s join "Council" c on c.id = s."councilId"
     where c.slug = 'northshire' order by s.reference asc limit 1`,
  );
  if (!rows[0]) throw new Error("no Northshire specification in the e2e database");
  return rows[0].id;
}

/** The Northshire demo family's own parent feedback (the one with a reply and an action). */
export async function demoFeedbackId(): Promise<string> {
  const rows = await query<{ id: string }>(
    `select f.id from "Feedback" f join "Membership" m on m."familyId" = f."familyId"
     join "User" u on u.id = m."userId" where u.email = 'family@northshire.example' and f.source = 'PARENT'
     order by f."createdAt" asc limit 1`,
  );
  if (!rows[0]) throw new Error("no demo feedback in the e2e database");
  return rows[0].id;
}

/** A published Northshire "You said, we did" action. */
export async function demoYouSaidWeDidId(): Promise<string> {
  const rows = await query<{ id: string }>(
    `select a.id from "YouSaidWeDid" a join "Council" c on c.id = a."councilId"
     where c.slug = 'northshire' and a."publishedAt" is not null order by a."createdAt" asc limit 1`,
  );
  if (!rows[0]) throw new Error("no demo You said, we did action in the e2e database");
  return rows[0].id;
}

/** A seeded Northshire contract of the demo provider (so both its staff and commissioners can open it). */
export async function demoContractId(): Promise<string> {
  const rows = await query<{ id: string }>(
    `select k.id from "Contract" k join "Membership" m on m."organisationId" = k."organisationId"
     join "User" u on u.id = m."userId" join "Council" c on c.id = k."councilId"
     where u.email = 'provider@northshire.example' and c.slug = 'northshire' order by k.reference limit 1`,
  );
  if (!rows[0]) throw new Error("no contract of the demo provider in the e2e database");
  return rows[0].id;
}

/** The first return period of the demo contract (see demoContractId). */
export async function demoReturnPeriodId(): Promise<string> {
  const contractId = await demoContractId();
  const rows = await query<{ id: string }>(
    `select id from "ReturnPeriod" where "contractId" = $1 order by "startDate" limit 1`,
    [contractId],
  );
  if (!rows[0]) throw new Error("no return period for the demo contract");
  return rows[0].id;
}

export interface CycleContract {
  contractId: string;
  reference: string;
  /** Ended, due in 10 days: for the return cycle. */
  periodId: string;
  /** Ended and due yesterday, with no return: overdue. */
  overduePeriodId: string;
  overdueLabel: string;
}

/**
 * A fresh contract of the Northshire demo provider, with one KPI (10 play days a quarter) and two
 * ended periods, so a test can run a whole return cycle without touching the seeded records.
 */
export async function makeCycleContract(tag: string): Promise<CycleContract> {
  const [org] = await query<{ organisationId: string; councilId: string }>(
    `select m."organisationId", m."councilId" from "Membership" m join "User" u on u.id = m."userId"
     where u.email = 'provider@northshire.example' and m.role = 'PROVIDER' limit 1`,
  );
  const [st] = await query<{ id: string }>(`select id from "ServiceType" order by position limit 1`);
  const id = () => crypto.randomUUID();
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const contractId = id();
  const reference = `E2E-${tag}-${Date.now().toString(36)}`.toUpperCase();
  await query(
    `insert into "Contract" (id, "councilId", reference, title, "organisationId", "serviceTypeId", "annualValue",
       "totalValue", "startDate", "endDate", "originalEndDate", "updatedAt")
     values ($1, $2, $3, $4, $5, $6, 40000, 120000, $7, $8, $8, now())`,
    [
      contractId,
      org.councilId,
      reference,
      `Cycle test ${tag}`,
      org.organisationId,
      st.id,
      day(-200),
      day(900),
    ],
  );
  await query(
    `insert into "Kpi" (id, "councilId", "contractId", name, unit, "targetPerPeriod") values ($1, $2, $3, 'Play days', 'DAYS', 10)`,
    [id(), org.councilId, contractId],
  );
  const periodId = id();
  const overduePeriodId = id();
  const overdueLabel = `Overdue period ${tag}`;
  await query(
    `insert into "ReturnPeriod" (id, "councilId", "contractId", label, "startDate", "endDate", "dueDate")
     values ($1, $2, $3, $4, $5, $6, $7), ($8, $2, $3, $9, $10, $11, $12)`,
    [
      periodId,
      org.councilId,
      contractId,
      `Cycle period ${tag}`,
      day(-200),
      day(-101),
      day(10),
      overduePeriodId,
      overdueLabel,
      day(-100),
      day(-2),
      day(-1),
    ],
  );
  return { contractId, reference, periodId, overduePeriodId, overdueLabel };
}

/** The seeded Northshire safeguarding announcement, which every provider there must acknowledge. */
export async function demoAnnouncementId(): Promise<string> {
  const rows = await query<{ id: string }>(
    `select a.id from "Announcement" a join "Council" c on c.id = a."councilId"
     where c.slug = 'northshire' and a.title like 'New safeguarding procedure%' limit 1`,
  );
  if (!rows[0]) throw new Error("no safeguarding announcement in the e2e database");
  return rows[0].id;
}
