import "server-only";
import { db } from "@/lib/db";
import { CENTRAL_MEDITERRANEAN } from "@/lib/geo/central-mediterranean";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { dashboardIncidentWhere, dashboardRollupWhere } from "./scope";

// The biggest boats are drawn, at most this many: beyond it circles hide each other at this scale, and
// each is a link to tab through and markup to send (the page's render time grows with it).
export const MAP_POINT_LIMIT = 300;

export type MapPoint = {
  id: string; reference: string; occurredAt: Date; latitude: number; longitude: number;
  rescued: number | null; dead: number | null; missing: number | null; people: number; deadMissing: number;
};

type MapCounts = { incidents: number; positioned: number; inView: number };

/**
 * The incidents with a position on the map, the most people involved first (the biggest circles are
 * drawn first, so smaller ones stay visible on top), capped at MAP_POINT_LIMIT; with the counts that
 * say how many are not drawn.
 */
export async function getMapPoints(user: SessionUser, filters: IncidentFilters, now = new Date(), limit = MAP_POINT_LIMIT) {
  const { west, south, east, north } = CENTRAL_MEDITERRANEAN;
  const [points, [counts]] = await Promise.all([
    // The ORDER BY is the "Incident_people_idx" index: the walk stops at the limit.
    db.$queryRaw<MapPoint[]>`
      SELECT i.id, i.reference, i."occurredAt", i.latitude, i.longitude, i.rescued, i.dead, i.missing,
        (COALESCE(i.rescued, 0) + COALESCE(i.dead, 0) + COALESCE(i.missing, 0))::int AS people,
        (COALESCE(i.dead, 0) + COALESCE(i.missing, 0))::int AS "deadMissing"
      FROM "Incident" i
      WHERE ${dashboardIncidentWhere(user, filters, now)} AND i.latitude BETWEEN ${south} AND ${north} AND i.longitude BETWEEN ${west} AND ${east}
      ORDER BY (COALESCE(i.rescued, 0) + COALESCE(i.dead, 0) + COALESCE(i.missing, 0)) DESC, i."occurredAt" DESC, i.id
      LIMIT ${limit}`,
    // The rollup counts incidents in this view (the same bounds, in the migration that made it).
    db.$queryRaw<MapCounts[]>`
      SELECT COALESCE(sum(r.incidents), 0)::int AS incidents, COALESCE(sum(r.positioned), 0)::int AS positioned,
        COALESCE(sum(r."inView"), 0)::int AS "inView"
      FROM "IncidentRollup" r WHERE ${dashboardRollupWhere(user, filters, now)}`,
  ]);
  return { points, ...counts };
}

export type MapData = Awaited<ReturnType<typeof getMapPoints>>;
