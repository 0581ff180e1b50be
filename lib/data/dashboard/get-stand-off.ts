import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { dashboardIncidentWhere } from "./scope";

/** Median and 90th percentile of the stand-off of the cases of one month (null: the whole period). */
export type StandOffRow = { month: string | null; cases: number; medianMs: number; p90Ms: number };

/**
 * The time from rescue to disembarkation (the stand-off, as lib/timeline/durations.ts defines it, kept
 * per incident by the TimelineEvent triggers) per UTC month of the incident, over the cases that have
 * both; the last row (month null) is the whole period. Continuous percentiles (interpolated, as PostgreSQL computes them), to the millisecond.
 */
export async function getStandOff(user: SessionUser, filters: IncidentFilters, now = new Date()): Promise<StandOffRow[]> {
  const where = dashboardIncidentWhere(user, filters, now);
  return db.$queryRaw<StandOffRow[]>`
    SELECT to_char(date_trunc('month', i."occurredAt" AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, count(*)::int AS cases,
      round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i."disembarkedAt" - i."rescueAt") * 1000))::float8 AS "medianMs",
      round(percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM i."disembarkedAt" - i."rescueAt") * 1000))::float8 AS "p90Ms"
    FROM "Incident" i
    WHERE ${where} AND i."disembarkedAt" IS NOT NULL
    GROUP BY GROUPING SETS ((1), ()) HAVING count(*) > 0
    ORDER BY 1 NULLS LAST`;
}
