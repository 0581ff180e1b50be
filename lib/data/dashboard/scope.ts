import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { incidentWhereSql } from "@/lib/data/incidents/filter-sql";
import { periodRollupWhereSql, type RollupLevel, rollupWhereSql } from "@/lib/data/rollup/rollup-where";
import type { DateRange, Grain } from "@/lib/data/rollup/segments";
import type { SessionUser } from "@/lib/data/users";
import { periodRange, type IncidentFilters } from "@/lib/schemas/incident-filters";

export type { DateRange };

function assertMayView(user: SessionUser) {
  if (!can(user, "dashboard:view")) throw new AppError("forbidden");
}

/**
 * The permission check and the rollup rows that count what the incident list shows for the same URL.
 * `range` replaces the filters' period; `coarsest` is the coarsest grain the caller can group by;
 * `detailed` for what groups by outcome or phase.
 */
export function dashboardRollupWhere(user: SessionUser, filters: IncidentFilters, now: Date, { range, ...level }: RollupLevel = {}): Prisma.Sql {
  assertMayView(user);
  return rollupWhereSql(user, filters, range ?? periodRange(filters, now), level);
}

/** The permission check and the period rollups' rows for filters that fitsPeriodRollups. */
export function dashboardPeriodRollupWhere(user: SessionUser, filters: IncidentFilters, now: Date, coarsest: Grain): Prisma.Sql {
  assertMayView(user);
  return periodRollupWhereSql(user, filters, periodRange(filters, now), coarsest);
}

/** The permission check and the incident list's WHERE clause, for what needs the incidents themselves (the map). */
export function dashboardIncidentWhere(user: SessionUser, filters: IncidentFilters, now: Date): Prisma.Sql {
  assertMayView(user);
  return incidentWhereSql(user, filters, now);
}

const DAY = 86_400_000;

const yearEarlier = (date: Date) => {
  const shifted = new Date(date);
  shifted.setUTCFullYear(shifted.getUTCFullYear() - 1);
  return shifted;
};

/**
 * The same period one year earlier, or null when the period has no start (all time). A period that
 * reaches past today is compared up to the same date last year, so "this year" is compared year to date.
 */
export function previousRange(filters: IncidentFilters, now: Date): DateRange | null {
  const { start, end } = periodRange(filters, now);
  if (!start) return null;
  const tomorrow = new Date(Math.floor(now.getTime() / DAY) * DAY + DAY);
  const until = end && end < tomorrow ? end : tomorrow;
  return { start: yearEarlier(start), end: yearEarlier(until) };
}
