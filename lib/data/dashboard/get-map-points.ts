import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import type { IncidentFilters } from "@/lib/schemas/incident-filters";
import { dashboardWhere } from "./scope";

/** The central Mediterranean, from Tunisia to Crete, Libya to Sicily. */
export const CENTRAL_MEDITERRANEAN = { west: 9, south: 30.5, east: 21, north: 38.5 } as const;
export const MAP_POINT_LIMIT = 1000;

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
  const where = dashboardWhere(user, filters, now);
  const { west, south, east, north } = CENTRAL_MEDITERRANEAN;
  const [points, [counts]] = await Promise.all([
    db.$queryRaw<MapPoint[]>`
      SELECT i.id, i.reference, i."occurredAt", i.latitude, i.longitude, i.rescued, i.dead, i.missing,
        (COALESCE(i.rescued, 0) + COALESCE(i.dead, 0) + COALESCE(i.missing, 0))::int AS people,
        (COALESCE(i.dead, 0) + COALESCE(i.missing, 0))::int AS "deadMissing"
      FROM "Incident" i
      WHERE ${where} AND i.latitude BETWEEN ${south} AND ${north} AND i.longitude BETWEEN ${west} AND ${east}
      ORDER BY people DESC, i."occurredAt" DESC, i.id
      LIMIT ${limit}`,
    db.$queryRaw<MapCounts[]>`
      SELECT count(*)::int AS incidents,
        count(*) FILTER (WHERE i.latitude IS NOT NULL AND i.longitude IS NOT NULL)::int AS positioned,
        count(*) FILTER (WHERE i.latitude BETWEEN ${south} AND ${north} AND i.longitude BETWEEN ${west} AND ${east})::int AS "inView"
      FROM "Incident" i WHERE ${where}`,
  ]);
  return { points, ...counts };
}

export type MapData = Awaited<ReturnType<typeof getMapPoints>>;
