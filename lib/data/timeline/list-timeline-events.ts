import "server-only";
import { loadIncidentForAction } from "@/lib/data/incidents/load-for-action";
import { readableIncidents } from "@/lib/data/incidents/scope";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { formatPosition } from "@/lib/geo";
import { inTimeOrder } from "@/lib/timeline/order";

const columns = {
  id: true, type: true, occurredAt: true, alertSource: true, count: true, port: true, positionText: true, latitude: true, longitude: true,
  vesselId: true, organizationId: true, authority: true, linkedIncidentId: true, evacuationId: true, note: true, createdAt: true,
  vessel: { select: { name: true } },
  organization: { select: { name: true } },
} as const;

/**
 * A case's timeline in time order, as the incident's "view" rule allows (partners read it, other
 * organizations get "not found"), with its phase and outcome. A linked case shows only to those who may
 * read it.
 */
export async function listTimelineEvents(user: SessionUser, incidentId: string) {
  await loadIncidentForAction(user, incidentId, "view");
  const [events, incident] = await Promise.all([
    db.timelineEvent.findMany({ where: { incidentId }, select: columns }),
    db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { phase: true, phaseSetByHand: true, outcome: true } }),
  ]);
  const linkedIds = [...new Set(events.flatMap((e) => e.linkedIncidentId ?? []))];
  const readable = linkedIds.length
    ? await db.incident.findMany({ where: { AND: [{ id: { in: linkedIds } }, readableIncidents(user)] }, select: { id: true, reference: true } })
    : [];
  const references = new Map(readable.map((row) => [row.id, row.reference]));
  const rows = inTimeOrder(events).map(({ vessel, organization, linkedIncidentId, ...event }) => ({
    ...event,
    position: event.latitude !== null && event.longitude !== null ? formatPosition(event.latitude, event.longitude) : null,
    who: vessel?.name ?? organization?.name ?? event.authority,
    linkedCase: linkedIncidentId && references.has(linkedIncidentId) ? { id: linkedIncidentId, reference: references.get(linkedIncidentId)! } : null,
  }));
  return { events: rows, ...incident };
}

export type Timeline = Awaited<ReturnType<typeof listTimelineEvents>>;
export type TimelineRow = Timeline["events"][number];
