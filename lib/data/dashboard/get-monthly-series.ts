import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { periodRange, type IncidentFilters } from "@/lib/schemas/incident-filters";
import { dashboardRollupWhere } from "./scope";

export type MonthPoint = { month: string; incidents: number; rescued: number; deadMissing: number };

const MAX_YEARS_OF_EMPTY_MONTHS = 50;

/**
 * Rescued and dead + missing per UTC month over the period; months without incidents are 0. The
 * series runs from the period's start to its end (the current month at the latest); an open side
 * ends at the first or last incident.
 */
export async function getMonthlySeries(user: SessionUser, filters: IncidentFilters, now = new Date()): Promise<MonthPoint[]> {
  const where = dashboardRollupWhere(user, filters, now, { coarsest: "MONTH" });
  const range = periodRange(filters, now);
  const until = range.end && (range.end < now ? range.end : now);
  // A custom range from the year 1 would draw 24,000 empty months: start at the first incident instead.
  const isStartSensible = range.start && (until ?? now).getUTCFullYear() - range.start.getUTCFullYear() <= MAX_YEARS_OF_EMPTY_MONTHS;
  const start = isStartSensible ? range.start : null;
  return db.$queryRaw<MonthPoint[]>`
    WITH per_month AS (
      SELECT date_trunc('month', r.period)::date AS month, sum(r.incidents)::int AS incidents,
        sum(r.rescued)::float8 AS rescued, (sum(r.dead) + sum(r.missing))::float8 AS "deadMissing"
      FROM "IncidentRollup" r WHERE ${where} GROUP BY 1),
    bounds AS (
      SELECT LEAST(date_trunc('month', ${start}::timestamptz AT TIME ZONE 'UTC'), min(month)) AS first,
        GREATEST(date_trunc('month', (${until}::timestamptz - interval '1 millisecond') AT TIME ZONE 'UTC'), max(month)) AS last
      FROM per_month)
    SELECT to_char(m, 'YYYY-MM') AS month, COALESCE(p.incidents, 0) AS incidents,
      COALESCE(p.rescued, 0) AS rescued, COALESCE(p."deadMissing", 0) AS "deadMissing"
    FROM bounds, generate_series(bounds.first, bounds.last, interval '1 month') AS m
    LEFT JOIN per_month p ON p.month = m
    WHERE bounds.first IS NOT NULL
    ORDER BY m`;
}
