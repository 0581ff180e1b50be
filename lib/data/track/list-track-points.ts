import "server-only";
import { loadIncidentForAction } from "@/lib/data/incidents/load-for-action";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { formatPosition } from "@/lib/geo";
import { storedPointColumns } from "./track-record";

/** A case's track points in time order, as the incident's "view" rule allows (partners read them, other organizations get "not found"). */
export async function listTrackPoints(user: SessionUser, incidentId: string) {
  await loadIncidentForAction(user, incidentId, "view");
  const points = await db.trackPoint.findMany({ where: { incidentId }, select: storedPointColumns, orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }, { id: "asc" }] });
  return points.map((point) => ({ ...point, position: formatPosition(point.latitude, point.longitude) }));
}

export type TrackPointRow = Awaited<ReturnType<typeof listTrackPoints>>[number];
