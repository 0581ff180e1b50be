import "server-only";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { readableIncidents } from "./scope";

const SHOWN = 50;

/** The other records of the incident's event (IOM's Main ID) that the user can read, oldest first. */
export async function findSameEvent(user: SessionUser, incident: { id: string; eventGroup: string | null }) {
  if (!incident.eventGroup) return [];
  return db.incident.findMany({
    where: { AND: [readableIncidents(user), { eventGroup: incident.eventGroup, id: { not: incident.id } }] },
    select: { id: true, reference: true, occurredAt: true, dead: true, missing: true, locationOfDeath: true },
    orderBy: [{ occurredAt: "asc" }, { reference: "asc" }],
    take: SHOWN,
  });
}

export type SameEventIncident = Awaited<ReturnType<typeof findSameEvent>>[number];
