import "server-only";
import { recordAudit } from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { caseVersion } from "@/lib/schemas/timeline";
import { storedAuditState } from "./event-record";
import { followTimeline, loadCaseForTimeline, lockCase } from "./lock-case";
import { refuseViolations } from "./refuse-violations";
import { findCaseEvent } from "./find-case-event";

/** Removes one event on the version of the case the user saw, with a DELETE audit event that keeps its picture. */
export async function removeTimelineEvent(user: SessionUser, incidentId: string, eventId: string, rawVersion: unknown) {
  const version = caseVersion.parse(rawVersion);
  const incident = await loadCaseForTimeline(user, incidentId, version);
  await findCaseEvent(db, incidentId, eventId);
  return db.$transaction(async (tx) => {
    const stored = await findCaseEvent(tx, incidentId, eventId);
    const state = await lockCase(tx, user, incidentId, version);
    const after = state.facts.filter((fact) => fact.id !== eventId);
    refuseViolations(state.facts, after, state.rescued, null);
    await tx.timelineEvent.delete({ where: { id: eventId } });
    await followTimeline(tx, user, incidentId, state, after);
    await recordAudit(tx, {
      actor: user, action: "DELETE", entityType: "TimelineEvent", entityId: eventId, incidentId, changes: storedAuditState(stored),
    });
    return { id: eventId, reference: incident.reference };
  });
}
