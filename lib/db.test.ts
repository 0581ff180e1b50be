import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { POOL_OPTIONS } from "./db";

// The pool as the app makes it, on the test database. A case page or the dashboard starts about a dozen
// queries at once (layouts, the page's loaders, Prisma's relation reads); on a loaded 2-core machine each
// may take seconds. Two such pages at once must queue, not fail with "timeout exceeded when trying to
// connect" (with pg's default of 10 connections and a 5 s wait, the third round of queries did).
const PAGE_QUERIES = 12;
const SLOW_QUERY_S = 2.6;

describe("the database pool's settings", () => {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, ...POOL_OPTIONS });
  afterAll(() => pool.end());

  it("give two pages' queries a connection each while every query is slow", async () => {
    const queries = Array.from({ length: 2 * PAGE_QUERIES }, () => pool.query("SELECT pg_sleep($1::float8)", [SLOW_QUERY_S]));
    const results = await Promise.allSettled(queries);
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
  }, 30_000);
});
