import "server-only";
import { db } from "@/lib/db";
import { rollupScopeSql } from "@/lib/data/rollup/rollup-where";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { dashboardRollupWhere } from "./scope";

export type YearRow = {
  year: number;
  incidents: number; rescued: number; deadMissing: number;
  incidentsToDate: number; rescuedToDate: number; deadMissingToDate: number;
  /** The year with the most dead + missing, in total and up to today's date. */
  isHighest: boolean; isHighestToDate: boolean;
};

/**
 * Every year's totals and its figures up to today's month and day (UTC), with every filter but the
 * period: comparing years is the point. Years without incidents between the first and last appear as 0.
 * "To date" in year y is its months before today's month, then the days of today's month up to today.
 */
export async function getYearOverYear(user: SessionUser, filters: IncidentFilters, now = new Date()) {
  const where = dashboardRollupWhere(user, filters, now, { range: { start: null, end: null } });
  const today = now.toISOString().slice(5, 10);
  const [month, day] = [now.getUTCMonth() + 1, now.getUTCDate()];
  const rows = await db.$queryRaw<YearRow[]>`
    WITH per_year AS (
      SELECT extract(year FROM r.period)::int AS year, sum(r.incidents)::int AS incidents,
        sum(r.rescued)::float8 AS rescued, (sum(r.dead) + sum(r.missing))::float8 AS "deadMissing"
      FROM "IncidentRollup" r WHERE ${where} GROUP BY 1),
    to_date AS (
      SELECT p.year, t.* FROM per_year p CROSS JOIN LATERAL (
        SELECT COALESCE(sum(r.incidents), 0)::int AS "incidentsToDate", COALESCE(sum(r.rescued), 0)::float8 AS "rescuedToDate",
          COALESCE(sum(r.dead) + sum(r.missing), 0)::float8 AS "deadMissingToDate"
        FROM "IncidentRollup" r, LATERAL (SELECT make_date(p.year, ${month}::int, 1) AS first) m
        WHERE ${rollupScopeSql(user, filters)} AND (
          (r.grain = 'MONTH' AND r.period >= make_date(p.year, 1, 1) AND r.period < m.first)
          OR (r.grain = 'DAY' AND r.period >= m.first AND r.period < LEAST(m.first + ${day}::int, (m.first + interval '1 month')::date)))) t),
    years AS (SELECT generate_series(min(year), max(year)) AS year FROM per_year)
    SELECT y.year, COALESCE(p.incidents, 0) AS incidents, COALESCE(p.rescued, 0) AS rescued, COALESCE(p."deadMissing", 0) AS "deadMissing",
      COALESCE(t."incidentsToDate", 0) AS "incidentsToDate", COALESCE(t."rescuedToDate", 0) AS "rescuedToDate",
      COALESCE(t."deadMissingToDate", 0) AS "deadMissingToDate",
      COALESCE(p."deadMissing" > 0 AND p."deadMissing" = max(p."deadMissing") OVER (), false) AS "isHighest",
      COALESCE(t."deadMissingToDate" > 0 AND t."deadMissingToDate" = max(t."deadMissingToDate") OVER (), false) AS "isHighestToDate"
    FROM years y LEFT JOIN per_year p USING (year) LEFT JOIN to_date t USING (year)
    ORDER BY y.year DESC`;
  return { rows, today };
}

export type YearOverYear = Awaited<ReturnType<typeof getYearOverYear>>;
