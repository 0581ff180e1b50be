import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { changedFields, recordAudit } from "@/lib/data/audit";
import { checkPersonalData } from "@/lib/data/privacy/check-personal-data";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { timelineEventInputSchema } from "@/lib/schemas/timeline";
import { eventAuditState, eventColumns, storedAuditState } from "./event-record";
import { findCaseEvent } from "./find-case-event";
import { followTimeline, loadCaseForTimeline, lockCase } from "./lock-case";
import { refuseViolations } from "./refuse-violations";
import { resolveEventLinks } from "./resolve-event-links";

/**
 * Saves an edit of one event made on the version of the case the user saw, with an UPDATE audit event
 * of what changed (nothing changed: nothing written), under the same rules and in one transaction.
 */
export async function updateTimelineEvent(user: SessionUser, incidentId: string, eventId: string, rawInput: unknown) {
  const input = timelineEventInputSchema.parse(rawInput);
  const incident = await loadCaseForTimeline(user, incidentId, input.version);
  const before = await findCaseEvent(db, incidentId, eventId);
  const piiWarnings = await checkPersonalData({ note: input.note }, { note: before.note }, input.isPersonalDataAcknowledged);
  return db.$transaction(async (tx) => {
    const stored = await findCaseEvent(tx, incidentId, eventId);
    const { linkedIncidentId, names } = await resolveEventLinks(tx, user, incidentId, input, stored);
    const columns = eventColumns(input, linkedIncidentId);
    const changes = changedFields(storedAuditState(stored), eventAuditState(columns, names));
    if (Object.keys(changes).length === 0) return { id: eventId, reference: incident.reference };

    const state = await lockCase(tx, user, incidentId, input.version);
    const after = state.facts.map((fact) => (fact.id === eventId ? { ...fact, type: input.type, occurredAt: input.occurredAt, count: input.count } : fact));
    refuseViolations(state.facts, after, state.rescued, { id: eventId, isNew: false, typeChanged: input.type !== stored.type });
    await tx.timelineEvent.update({ where: { id: eventId }, data: { ...columns, updatedById: user.id } });
    await followTimeline(tx, user, incidentId, state, after);
    await recordAudit(tx, {
      actor: user, action: "UPDATE", entityType: "TimelineEvent", entityId: eventId, incidentId, changes: changes as Prisma.InputJsonObject, piiWarnings,
    });
    return { id: eventId, reference: incident.reference };
  });
}
