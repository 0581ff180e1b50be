import { Prisma } from "@/generated/prisma/client";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { type DateRange, type Grain, rollupSegments, type Segment } from "./segments";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function segmentSql({ grain, from, to }: Segment): Prisma.Sql {
  const conditions = [Prisma.sql`r.grain = ${grain}::"RollupGrain"`];
  if (from) conditions.push(Prisma.sql`r.period >= ${isoDay(from)}::date`);
  if (to) conditions.push(Prisma.sql`r.period < ${isoDay(to)}::date`);
  return Prisma.sql`(${Prisma.join(conditions, " AND ")})`;
}

/** Which rows to read: outcome and phase are only in the detailed rows' key (migration 20261203195444_rollup_levels). */
export type RollupLevel = { range?: DateRange; coarsest?: Grain; detailed?: boolean };

/**
 * The rollup rows (aliased r) of the reader's organization (as owner or partner; deleted incidents are
 * never counted) that match the statuses and every filter but the period, at any grain: the coarse rows,
 * four times fewer, unless a filter names an outcome or a phase or the caller groups by one (`detailed`).
 * `incidentWhereSql` is the same rule on incidents.
 */
export function rollupScopeSql(user: { organizationId: string }, filters: IncidentFilters, detailed = false): Prisma.Sql {
  const isDetailed = detailed || filters.outcome !== undefined || filters.phase !== undefined;
  const conditions = [readerAndStatusSql(user, filters), Prisma.sql`r.detailed = ${isDetailed}`];
  if (filters.organization) conditions.push(Prisma.sql`r."organizationId" = ${filters.organization}::uuid`);
  if (filters.vessel) conditions.push(Prisma.sql`r."vesselId" = ${filters.vessel}::uuid`);
  if (filters.sarRegion === "none") conditions.push(Prisma.sql`cardinality(r."sarRegions") = 0`);
  else if (filters.sarRegion) conditions.push(Prisma.sql`${filters.sarRegion} = ANY(r."sarRegions")`);
  if (filters.region) conditions.push(Prisma.sql`r.region = ${filters.region}`);
  if (filters.route) conditions.push(Prisma.sql`r.route = ${filters.route}`);
  if (filters.boatType) conditions.push(Prisma.sql`r."boatType"::text = ${filters.boatType}`);
  if (filters.outcome === "none") conditions.push(Prisma.sql`r.outcome IS NULL`);
  else if (filters.outcome) conditions.push(Prisma.sql`r.outcome::text = ${filters.outcome}`);
  if (filters.phase) conditions.push(Prisma.sql`r.phase::text = ${filters.phase}`);
  return Prisma.join(conditions, " AND ");
}

/**
 * The rollup rows that count what the incident list shows for these filters over `range`: the scope
 * above, and the fewest rows covering the range (`coarsest` is the coarsest grain the caller groups by).
 */
export function rollupWhereSql(
  user: { organizationId: string }, filters: IncidentFilters, range: DateRange, { coarsest, detailed }: Omit<RollupLevel, "range"> = {},
): Prisma.Sql {
  return Prisma.sql`${rollupScopeSql(user, filters, detailed)} AND ${periodSql(range, coarsest)}`;
}

// The key every rollup starts with: the reading organization (owner or partner) and the statuses.
function readerAndStatusSql(user: { organizationId: string }, filters: IncidentFilters): Prisma.Sql {
  return Prisma.sql`r."viewerId" = ${user.organizationId}::uuid AND r.status = ANY(${filters.status}::"IncidentStatus"[])`;
}

function periodSql(range: DateRange, coarsest?: Grain): Prisma.Sql {
  const segments = rollupSegments(range, coarsest);
  return segments.length ? Prisma.sql`(${Prisma.join(segments.map(segmentSql), " OR ")})` : Prisma.sql`false`;
}

// What the filters may hold besides their dimensions. A dimension added to the filters later is then not
// on this list, so it turns the period rollups off instead of being silently ignored by them.
const NOT_DIMENSIONS = new Set<string>(["period", "from", "to", "status", "sort", "page", "search"]);

/** Whether the filters leave only the period and the statuses, which is all the period rollups are kept by. */
export function fitsPeriodRollups(filters: IncidentFilters): boolean {
  return Object.entries(filters).every(([key, value]) => NOT_DIMENSIONS.has(key) || value === undefined);
}

/**
 * The rows (aliased r) of a period rollup (StandOffRollup, NationalityRollup: migration
 * 20261203173000_period_rollups) of the reader's organization, statuses and range. Only for filters that
 * fitsPeriodRollups: those rollups keep no other dimension.
 */
export function periodRollupWhereSql(user: { organizationId: string }, filters: IncidentFilters, range: DateRange, coarsest?: Grain): Prisma.Sql {
  if (!fitsPeriodRollups(filters)) throw new Error("The period rollups keep no dimension but the period and the statuses.");
  return Prisma.sql`${readerAndStatusSql(user, filters)} AND ${periodSql(range, coarsest)}`;
}
