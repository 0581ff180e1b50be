import "server-only";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { rollupWhereSql } from "@/lib/data/rollup/rollup-where";
import type { SessionUser } from "@/lib/data/users";
import { periodRange, type IncidentFilters } from "@/lib/schemas/incident-filters";
import { incidentOrderSql, incidentWhereSql } from "./filter-sql";

export const PAGE_SIZE = 25;

const listColumns = {
  id: true, reference: true, occurredAt: true, status: true, organizationId: true,
  latitude: true, longitude: true, positionText: true, rescued: true, dead: true, missing: true,
  vessel: { select: { name: true } },
} as const;

/**
 * One page of the incidents the user may read that match the filters, with the total count (from the
 * rollup: counting the rows would read every incident in scope).
 */
export async function findIncidents(user: SessionUser, filters: IncidentFilters) {
  if (!can(user, "incident:list")) throw new AppError("forbidden");
  const where = incidentWhereSql(user, filters);
  const offset = (filters.page - 1) * PAGE_SIZE;
  const [ids, [{ total }]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT i.id FROM "Incident" i WHERE ${where} ORDER BY ${incidentOrderSql(filters.sort)} LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT COALESCE(sum(r.incidents), 0)::int AS total FROM "IncidentRollup" r
      WHERE ${rollupWhereSql(user, filters, periodRange(filters))}`,
  ]);
  const rows = await db.incident.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: listColumns });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    rows: ids.flatMap(({ id }) => byId.get(id) ?? []), // a row deleted between the two reads is skipped
    total,
    page: filters.page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}

export type IncidentListRow = Awaited<ReturnType<typeof findIncidents>>["rows"][number];
