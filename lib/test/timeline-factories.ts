import { db } from "@/lib/db";
import type { TimelineEventFormValues } from "@/lib/schemas/timeline";

/** A timeline event as the form holds it (on scene, 25 October 2016), for the given version of its case. */
export function eventValues(version: number, overrides: Partial<TimelineEventFormValues> = {}): TimelineEventFormValues {
  return {
    type: "ON_SCENE", occurredAt: "2016-10-25T08:20+02:00", alertSource: "", count: "", port: "", position: "", whoKind: "",
    vesselId: "", organizationId: "", authority: "", linkedReference: "", evacuationId: "", note: "", version, ...overrides,
  };
}

/** What a refused timeline change must leave untouched: the events, the case's version and phase, the audit trail. */
export async function timelineState(incidentId: string) {
  const [events, incident, audits] = await Promise.all([
    db.timelineEvent.findMany({ where: { incidentId }, orderBy: { id: "asc" } }),
    db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { version: true, phase: true, phaseSetByHand: true, outcome: true, updatedAt: true } }),
    db.auditEvent.count({ where: { incidentId } }),
  ]);
  return { events, incident, audits };
}
