import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { incidentWhereSql } from "@/lib/data/incidents/filter-sql";
import type { SessionUser } from "@/lib/data/users";
import { periodRange, type IncidentFilters } from "@/lib/schemas/incident-filters";

export type DateRange = { start: Date | null; end: Date | null };

/**
 * The permission check and the incident list's WHERE clause (access scope + filters), so that every
 * dashboard figure is what the list shows for the same URL. `range` replaces the filters' period.
 */
export function dashboardWhere(user: SessionUser, filters: IncidentFilters, now: Date, range?: DateRange): Prisma.Sql {
  if (!can(user, "dashboard:view")) throw new AppError("forbidden");
  return incidentWhereSql(user, filters, now, range);
}

const yearEarlier = (date: Date) => {
  const shifted = new Date(date);
  shifted.setUTCFullYear(shifted.getUTCFullYear() - 1);
  return shifted;
};

/**
 * The same period one year earlier, or null when the period has no start (all time). A period that
 * reaches past now is compared up to the same moment last year, so "this year" is compared year to date.
 */
export function previousRange(filters: IncidentFilters, now: Date): DateRange | null {
  const { start, end } = periodRange(filters, now);
  if (!start) return null;
  const until = end && end < now ? end : now;
  return { start: yearEarlier(start), end: yearEarlier(until) };
}
