/**
 * Counts the SQL statements sent to PostgreSQL while a function runs, at the driver (pg), below
 * Prisma: a relation Prisma loads with a second query counts twice, as it costs twice. Not safe
 * for two counts at once in one process (vitest runs a file's tests one after another).
 */
import pg from "pg";

export async function countQueries<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; queries: number; sql: string[] }> {
  const sql: string[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === "string" ? first : ((first as { text?: string } | undefined)?.text ?? "");
    sql.push(text);
    return original.apply(this, args);
  };
  try {
    const result = await fn();
    return { result, queries: sql.length, sql };
  } finally {
    proto.query = original;
  }
}
