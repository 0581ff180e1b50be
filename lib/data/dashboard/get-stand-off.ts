import "server-only";
import { db } from "@/lib/db";
import { fitsPeriodRollups } from "@/lib/data/rollup/rollup-where";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { dashboardIncidentWhere, dashboardPeriodRollupWhere } from "./scope";

/** Median and 90th percentile of the stand-off of the cases of one month (null: the whole period). */
export type StandOffRow = { month: string | null; cases: number; medianMs: number; p90Ms: number };

/**
 * The time from rescue to disembarkation (the stand-off, as lib/timeline/durations.ts defines it, kept
 * per incident by the TimelineEvent triggers) per UTC month of the incident, over the cases that have
 * both; the last row (month null) is the whole period. In whole hours (rounded down), the unit that
 * lets StandOffRollup answer: discrete percentiles (the first case at or past the share, as
 * PostgreSQL's percentile_disc), the same from the rollup and from the incidents.
 */
export async function getStandOff(user: SessionUser, filters: IncidentFilters, now = new Date()): Promise<StandOffRow[]> {
  return fitsPeriodRollups(filters) ? standOffFromRollup(user, filters, now) : standOffFromIncidents(user, filters, now);
}

export function standOffFromIncidents(user: SessionUser, filters: IncidentFilters, now: Date) {
  const where = dashboardIncidentWhere(user, filters, now);
  return db.$queryRaw<StandOffRow[]>`
    SELECT to_char(date_trunc('month', i."occurredAt" AT TIME ZONE 'UTC'), 'YYYY-MM') AS month, count(*)::int AS cases,
      (percentile_disc(0.5) WITHIN GROUP (ORDER BY stand_off_hours(i."rescueAt", i."disembarkedAt")) * 3600000)::float8 AS "medianMs",
      (percentile_disc(0.9) WITHIN GROUP (ORDER BY stand_off_hours(i."rescueAt", i."disembarkedAt")) * 3600000)::float8 AS "p90Ms"
    FROM "Incident" i
    WHERE ${where} AND i."disembarkedAt" IS NOT NULL
    GROUP BY GROUPING SETS ((1), ()) HAVING count(*) > 0
    ORDER BY 1 NULLS LAST`;
}

// A percentile from a histogram: the first hour at which the running count reaches ceil(share × cases),
// the row percentile_disc returns, with the same float8 arithmetic.
export function standOffFromRollup(user: SessionUser, filters: IncidentFilters, now: Date) {
  const where = dashboardPeriodRollupWhere(user, filters, now, "MONTH");
  return db.$queryRaw<StandOffRow[]>`
    WITH months AS (
      SELECT to_char(r.period, 'YYYY-MM') AS month, r.hours, sum(r.cases)::int AS cases FROM "StandOffRollup" r WHERE ${where} GROUP BY 1, 2
    ), histogram AS (
      SELECT month, hours, cases FROM months UNION ALL SELECT NULL, hours, sum(cases)::int FROM months GROUP BY hours
    ), running AS (
      SELECT month, hours, sum(cases) OVER (PARTITION BY month ORDER BY hours) AS reached, sum(cases) OVER (PARTITION BY month) AS total FROM histogram
    )
    SELECT month, max(total)::int AS cases,
      (min(hours) FILTER (WHERE reached >= ceil(0.5::float8 * total)) * 3600000)::float8 AS "medianMs",
      (min(hours) FILTER (WHERE reached >= ceil(0.9::float8 * total)) * 3600000)::float8 AS "p90Ms"
    FROM running GROUP BY month HAVING max(total) > 0
    ORDER BY 1 NULLS LAST`;
}
