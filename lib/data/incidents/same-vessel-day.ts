import "server-only";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { readableIncidents } from "./scope";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Other incidents the user can read of the same rescuing vessel within 24 hours either side. */
export async function findSameVesselSameDay(user: SessionUser, incident: { id: string; vesselId: string | null; occurredAt: Date }) {
  if (!incident.vesselId) return [];
  const at = incident.occurredAt.getTime();
  return db.incident.findMany({
    where: {
      AND: [
        readableIncidents(user),
        { vesselId: incident.vesselId, id: { not: incident.id }, occurredAt: { gte: new Date(at - DAY_MS), lte: new Date(at + DAY_MS) } },
      ],
    },
    select: { id: true, reference: true, occurredAt: true, status: true, boatType: true, rescued: true, dead: true, missing: true },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    take: 20,
  });
}

export type SameVesselIncident = Awaited<ReturnType<typeof findSameVesselSameDay>>[number];
