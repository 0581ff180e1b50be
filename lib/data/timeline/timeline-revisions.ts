import "server-only";
import { loadIncidentForAction } from "@/lib/data/incidents/load-for-action";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";

type Changes = Record<string, unknown>;
export type FromTo = { from: unknown; to: unknown };

/** One change to a case's timeline, phase or outcome, as its audit event recorded it. */
export type TimelineRevision = {
  kind: "added" | "changed" | "removed" | "case";
  /** What changed: an event of the timeline, a point of the track, or the case's own fields. */
  entity: "TimelineEvent" | "TrackPoint" | "Incident";
  /** The event's picture: as added, as removed, or as it was before the change; null for the case's own fields. */
  event: Changes | null;
  changes: Record<string, FromTo>;
  reason: string | null;
  actorName: string | null;
  at: Date;
};

const isFromTo = (value: unknown): value is FromTo => typeof value === "object" && value !== null && "from" in value && "to" in value;
const CASE_FIELDS = new Set(["phase", "phaseSetByHand", "outcome"]);

function fromTos(changes: Changes, keep: (field: string) => boolean) {
  return Object.fromEntries(Object.entries(changes).filter(([field, value]) => keep(field) && isFromTo(value))) as Record<string, FromTo>;
}

/**
 * How the case's timeline, track, phase and outcome changed, oldest first, from the audit events: events
 * and track points added, changed (what changed) and removed, and the phase and outcome set by hand or
 * following the timeline.
 */
export async function getTimelineRevisions(user: SessionUser, incidentId: string): Promise<TimelineRevision[]> {
  await loadIncidentForAction(user, incidentId, "view");
  const events = await db.auditEvent.findMany({
    // "Not a read" says what the partial index of a case's changes says (migration 20261204134600), so it serves.
    where: { incidentId, action: { not: "READ" }, OR: [{ entityType: { in: ["TimelineEvent", "TrackPoint"] } }, { entityType: "Incident", action: "UPDATE" }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, entityType: true, entityId: true, changes: true, reason: true, createdAt: true, actor: { select: { name: true } } },
  });
  const pictures = new Map<string | null, Changes>();
  return events.flatMap((event): TimelineRevision[] => {
    const changes = (event.changes ?? {}) as Changes;
    const before = pictures.get(event.entityId) ?? null;
    const entity = event.entityType as TimelineRevision["entity"];
    const common = { entity, reason: event.reason, actorName: event.actor?.name ?? null, at: event.createdAt };
    if (entity === "Incident") {
      const caseChanges = fromTos(changes, (field) => CASE_FIELDS.has(field));
      return Object.keys(caseChanges).length ? [{ kind: "case", event: null, changes: caseChanges, ...common }] : [];
    }
    if (event.action === "CREATE") {
      pictures.set(event.entityId, changes);
      return [{ kind: "added", event: changes, changes: {}, ...common }];
    }
    if (event.action === "DELETE") return [{ kind: "removed", event: changes, changes: {}, ...common }];
    const changed = fromTos(changes, () => true);
    pictures.set(event.entityId, { ...before, ...Object.fromEntries(Object.entries(changed).map(([field, { to }]) => [field, to])) });
    return [{ kind: "changed", event: before, changes: changed, ...common }];
  });
}
