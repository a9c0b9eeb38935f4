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
