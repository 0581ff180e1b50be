import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { dashboardWhere } from "./scope";

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
 */
export async function getYearOverYear(user: SessionUser, filters: IncidentFilters, now = new Date()) {
  const where = dashboardWhere(user, filters, now, { start: null, end: null });
  const today = now.toISOString().slice(5, 10);
  const rows = await db.$queryRaw<YearRow[]>`
    WITH scoped AS (
      SELECT extract(year FROM i."occurredAt" AT TIME ZONE 'UTC')::int AS year,
        to_char(i."occurredAt" AT TIME ZONE 'UTC', 'MM-DD') <= ${today} AS "isToDate",
        i.rescued, COALESCE(i.dead, 0) + COALESCE(i.missing, 0) AS lost
      FROM "Incident" i WHERE ${where}),
    per_year AS (
      SELECT year, count(*)::int AS incidents, COALESCE(sum(rescued), 0)::float8 AS rescued, sum(lost)::float8 AS "deadMissing",
        count(*) FILTER (WHERE "isToDate")::int AS "incidentsToDate",
        COALESCE(sum(rescued) FILTER (WHERE "isToDate"), 0)::float8 AS "rescuedToDate",
        COALESCE(sum(lost) FILTER (WHERE "isToDate"), 0)::float8 AS "deadMissingToDate"
      FROM scoped GROUP BY year),
    years AS (SELECT generate_series(min(year), max(year)) AS year FROM per_year)
    SELECT y.year, COALESCE(p.incidents, 0) AS incidents, COALESCE(p.rescued, 0) AS rescued, COALESCE(p."deadMissing", 0) AS "deadMissing",
      COALESCE(p."incidentsToDate", 0) AS "incidentsToDate", COALESCE(p."rescuedToDate", 0) AS "rescuedToDate",
      COALESCE(p."deadMissingToDate", 0) AS "deadMissingToDate",
      COALESCE(p."deadMissing" > 0 AND p."deadMissing" = max(p."deadMissing") OVER (), false) AS "isHighest",
      COALESCE(p."deadMissingToDate" > 0 AND p."deadMissingToDate" = max(p."deadMissingToDate") OVER (), false) AS "isHighestToDate"
    FROM years y LEFT JOIN per_year p USING (year)
    ORDER BY y.year DESC`;
  return { rows, today };
}

export type YearOverYear = Awaited<ReturnType<typeof getYearOverYear>>;
