import { Prisma } from "@/generated/prisma/client";
import { periodRange, type IncidentFilters } from "@/lib/schemas/incident-filters";

type PeriodRange = { start: Date | null; end: Date | null };

// One WHERE clause for the list, the dashboard and the export: the reader's access scope (own and
// partnered incidents, never deleted ones) plus the filters. Every query aliases "Incident" as i.
// `range` replaces the filters' period, e.g. for the dashboard's same-period-last-year comparison.
export function incidentWhereSql(
  user: { organizationId: string }, filters: IncidentFilters, now = new Date(), range: PeriodRange = periodRange(filters, now),
): Prisma.Sql {
  const org = user.organizationId;
  const conditions = [
    Prisma.sql`i."deletedAt" IS NULL`,
    Prisma.sql`(i."organizationId" = ${org}::uuid OR EXISTS (
      SELECT 1 FROM "IncidentPartner" p WHERE p."incidentId" = i.id AND p."organizationId" = ${org}::uuid))`,
    Prisma.sql`i.status = ANY(${filters.status}::"IncidentStatus"[])`,
  ];
  const { start, end } = range;
  if (start) conditions.push(Prisma.sql`i."occurredAt" >= ${start}`);
  if (end) conditions.push(Prisma.sql`i."occurredAt" < ${end}`);
  if (filters.organization) conditions.push(Prisma.sql`i."organizationId" = ${filters.organization}::uuid`);
  if (filters.vessel) conditions.push(Prisma.sql`i."vesselId" = ${filters.vessel}::uuid`);
  if (filters.sarRegion === "none") conditions.push(Prisma.sql`COALESCE(cardinality(i."sarRegions"), 0) = 0`);
  else if (filters.sarRegion) conditions.push(Prisma.sql`${filters.sarRegion} = ANY(i."sarRegions")`);
  if (filters.region) conditions.push(Prisma.sql`i.region = ${filters.region}`);
  if (filters.route) conditions.push(Prisma.sql`i.route = ${filters.route}`);
  if (filters.boatType) conditions.push(Prisma.sql`i."boatType"::text = ${filters.boatType}`);
  if (filters.outcome === "none") conditions.push(Prisma.sql`i.outcome IS NULL`);
  else if (filters.outcome) conditions.push(Prisma.sql`i.outcome::text = ${filters.outcome}`);
  if (filters.phase) conditions.push(Prisma.sql`i.phase::text = ${filters.phase}`);
  return Prisma.join(conditions, " AND ");
}

const ORDER_BY: Record<IncidentFilters["sort"], Prisma.Sql> = {
  newest: Prisma.sql`i."occurredAt" DESC, i.id DESC`,
  oldest: Prisma.sql`i."occurredAt" ASC, i.id ASC`,
  "most-rescued": Prisma.sql`i.rescued DESC NULLS LAST, i."occurredAt" DESC, i.id DESC`,
  "most-dead-missing": Prisma.sql`(COALESCE(i.dead, 0) + COALESCE(i.missing, 0)) DESC, i."occurredAt" DESC, i.id DESC`,
};

export function incidentOrderSql(sort: IncidentFilters["sort"]): Prisma.Sql {
  return ORDER_BY[sort];
}
