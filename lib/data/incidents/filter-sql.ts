import { Prisma } from "@/generated/prisma/client";
import { containsPattern } from "@/lib/data/like-pattern";
import { periodRange, type IncidentFilters } from "@/lib/schemas/incident-filters";
import { searchWords } from "@/lib/schemas/incident-search";
import type { SearchedFilters } from "@/lib/data/saved-filters/search-text";
import type { SearchSpan } from "./search-span";

type PeriodRange = { start: Date | null; end: Date | null };

// One WHERE clause for the list, the dashboard and the export: the reader's access scope (own and
// partnered incidents, never deleted ones) plus the filters. Every query aliases "Incident" as i.
// `range` replaces the filters' period, e.g. for the dashboard's same-period-last-year comparison.
export function incidentWhereSql(
  user: { organizationId: string }, filters: SearchedFilters, now = new Date(),
  range: PeriodRange = periodRange(filters, now),
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
  if (filters.searchText) conditions.push(searchSql(filters.searchText, filters.searchSpan));
  return Prisma.join(conditions, " AND ");
}

const patterns = (text: string) => searchWords(text).map(containsPattern);

// Every word, anywhere in the search document (incident_search_document) or the narrative: within their
// distinct lower-cased words ("searchWords", migration 20261203195940_search_words), each a trigram index
// lookup or, walking the newest cases, one LIKE per case; and within the search's span (search-span.ts).
function searchSql(text: string, span: SearchSpan | undefined): Prisma.Sql {
  // lower() as the column's words were lowered: PostgreSQL's rules, not JavaScript's (ẞ, İ).
  const matches = Prisma.join(patterns(text).map((p) => Prisma.sql`i."searchWords" LIKE lower(${p})`), " AND ");
  if (span === undefined) return matches;
  return span ? Prisma.sql`${matches} AND i."occurredAt" >= ${span.start} AND i."occurredAt" < ${span.end}` : Prisma.sql`false`;
}

// Best match: the reference typed in full, then cases whose own fields, vessel, partners or timeline hold
// every word (before those found by their narrative alone), the ones that name the search most often
// first (the reference case's timeline names its ship again and again), then the newest.
function relevanceSql(text: string): Prisma.Sql {
  const phrase = text.toLowerCase();
  const inDocument = Prisma.join(patterns(text).map((p) => Prisma.sql`i."searchText" ILIKE ${p}`), " AND ");
  return Prisma.sql`CASE WHEN lower(i.reference) = ${phrase} THEN 0 WHEN ${inDocument} THEN 1 ELSE 2 END,
    length(i."searchText") - length(replace(lower(i."searchText"), ${phrase}, '')) DESC, i."occurredAt" DESC, i.id DESC`;
}

const ORDER_BY: Record<Exclude<IncidentFilters["sort"], "relevance">, Prisma.Sql> = {
  newest: Prisma.sql`i."occurredAt" DESC, i.id DESC`,
  oldest: Prisma.sql`i."occurredAt" ASC, i.id ASC`,
  "most-rescued": Prisma.sql`i.rescued DESC NULLS LAST, i."occurredAt" DESC, i.id DESC`,
  "most-dead-missing": Prisma.sql`(COALESCE(i.dead, 0) + COALESCE(i.missing, 0)) DESC, i."occurredAt" DESC, i.id DESC`,
};

/** The list's order; "Best match" without a search is newest first. */
export function incidentOrderSql({ sort, searchText }: { sort: IncidentFilters["sort"]; searchText?: string }): Prisma.Sql {
  if (sort === "relevance") return searchText ? relevanceSql(searchText) : ORDER_BY.newest;
  return ORDER_BY[sort];
}
