import "server-only";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { rollupWhereSql } from "@/lib/data/rollup/rollup-where";
import { type SearchedFilters, withSearchText } from "@/lib/data/saved-filters/search-text";
import type { SessionUser } from "@/lib/data/users";
import { periodRange, type IncidentFilters } from "@/lib/schemas/incident-filters";
import { incidentOrderSql, incidentWhereSql } from "./filter-sql";

export const PAGE_SIZE = 25;
// A search is counted up to here: counting every case "Bourbon Argos" matches would read them all.
export const SEARCH_COUNT_CAP = 1_000;

const listColumns = {
  id: true, reference: true, occurredAt: true, status: true, organizationId: true,
  latitude: true, longitude: true, positionText: true, rescued: true, dead: true, missing: true,
  vessel: { select: { name: true } },
} as const;

const NEWEST = Prisma.sql`i."occurredAt" DESC, i.id DESC`;

/**
 * A search read newest first or by best match: one walk finds the newest SEARCH_COUNT_CAP + 1 matches, which
 * both count the matches and are all the list can page through, since it counts no further. "Best match"
 * ranks those (and the case whose reference was typed in full): ranking every match would read every case
 * a ship's name is in, a quarter of them.
 */
function newestMatchesSql(where: Prisma.Sql, filters: SearchedFilters & { searchText: string }, offset: number): Prisma.Sql {
  const columns = Prisma.sql`i.id, i.reference, i."searchText", i."occurredAt"`;
  const typedReference = filters.sort === "relevance"
    ? Prisma.sql`UNION (SELECT ${columns} FROM "Incident" i WHERE ${where} AND lower(i.reference) = ${filters.searchText.toLowerCase()})`
    : Prisma.empty;
  // The walk reads only what Incident_searchWalk_idx holds (an index-only scan when no other filter is set);
  // the ranked columns are read for the matches alone.
  return Prisma.sql`
    WITH newest AS MATERIALIZED (SELECT i.id, i."occurredAt" FROM "Incident" i WHERE ${where} ORDER BY ${NEWEST} LIMIT ${SEARCH_COUNT_CAP + 1}),
    pageable AS ((SELECT ${columns} FROM newest n JOIN "Incident" i ON i.id = n.id ORDER BY ${NEWEST} LIMIT ${SEARCH_COUNT_CAP}) ${typedReference})
    SELECT page.id, counted.total FROM (SELECT count(*)::int AS total FROM newest) counted
    LEFT JOIN LATERAL (SELECT i.id FROM pageable i ORDER BY ${incidentOrderSql(filters)} LIMIT ${PAGE_SIZE} OFFSET ${offset}) page ON true`;
}

// The page's ids and the total: from the rollup (counting the rows would read every incident in scope), or
// for a search, counted up to SEARCH_COUNT_CAP.
async function pageAndTotal(user: SessionUser, filters: SearchedFilters): Promise<{ ids: string[]; total: number }> {
  const where = incidentWhereSql(user, filters);
  const offset = (filters.page - 1) * PAGE_SIZE;
  const { searchText } = filters;
  if (searchText && (filters.sort === "relevance" || filters.sort === "newest")) {
    const rows = await db.$queryRaw<{ id: string | null; total: number }[]>`${newestMatchesSql(where, { ...filters, searchText }, offset)}`;
    return { ids: rows.flatMap(({ id }) => id ?? []), total: rows[0].total };
  }
  const [ids, [{ total }]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT i.id FROM "Incident" i WHERE ${where} ORDER BY ${incidentOrderSql(filters)} LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    searchText
      ? db.$queryRaw<{ total: number }[]>`
        SELECT count(*)::int AS total FROM (SELECT 1 FROM "Incident" i WHERE ${where} LIMIT ${SEARCH_COUNT_CAP + 1}) matches`
      : db.$queryRaw<{ total: number }[]>`
        SELECT COALESCE(sum(r.incidents), 0)::int AS total FROM "IncidentRollup" r
        WHERE ${rollupWhereSql(user, filters, periodRange(filters))}`,
  ]);
  return { ids: ids.map(({ id }) => id), total };
}

/**
 * One page of the incidents the user may read that match the filters, with the total count (a search's
 * counted up to SEARCH_COUNT_CAP). `searchText` is the user's own search text, for the search box.
 */
export async function findIncidents(user: SessionUser, rawFilters: IncidentFilters) {
  if (!can(user, "incident:list")) throw new AppError("forbidden");
  const filters = await withSearchText(user, rawFilters);
  const { ids, total } = await pageAndTotal(user, filters);
  const rows = await db.incident.findMany({ where: { id: { in: ids } }, select: listColumns });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const isTotalCapped = total > SEARCH_COUNT_CAP;
  const counted = Math.min(total, SEARCH_COUNT_CAP);
  return {
    rows: ids.flatMap((id) => byId.get(id) ?? []), // a row deleted between the two reads is skipped
    total: isTotalCapped ? counted : total,
    isTotalCapped,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil((isTotalCapped ? counted : total) / PAGE_SIZE)),
    search: filters.search,
    searchText: filters.searchText,
  };
}

export type IncidentListRow = Awaited<ReturnType<typeof findIncidents>>["rows"][number];
