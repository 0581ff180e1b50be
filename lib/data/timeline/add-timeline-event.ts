import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/data/audit";
import { checkPersonalData, type PiiWarnings } from "@/lib/data/privacy/check-personal-data";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { type TimelineEventInput, timelineEventInputSchema } from "@/lib/schemas/timeline";
import { eventAuditState, eventColumns } from "./event-record";
import { followTimeline, loadCaseForTimeline, lockCase } from "./lock-case";
import { refuseViolations } from "./refuse-violations";
import { resolveEventLinks } from "./resolve-event-links";

const NEW_EVENT = "new";

/**
 * Adds an event to a case's timeline on the version of the case the user saw: the rules between events
 * checked on the timeline as it would be, the case's version bumped, its phase moved along, and a
 * CREATE audit event, all in one transaction.
 */
export async function addTimelineEvent(user: SessionUser, incidentId: string, rawInput: unknown) {
  const input = timelineEventInputSchema.parse(rawInput);
  const incident = await loadCaseForTimeline(user, incidentId, input.version);
  const piiWarnings = await checkPersonalData({ note: input.note }, null, input.isPersonalDataAcknowledged);
  const id = await db.$transaction((tx) => addEventIn(tx, user, incidentId, input, { piiWarnings }));
  return { id, reference: incident.reference };
}

type AuditNotes = { reason?: string; piiWarnings?: PiiWarnings };

/** The add inside the caller's transaction (an import's), once the user may edit the case; the notes go to the audit event. */
export async function addEventIn(tx: Prisma.TransactionClient, user: SessionUser, incidentId: string, input: TimelineEventInput, notes: AuditNotes = {}) {
  const state = await lockCase(tx, user, incidentId, input.version);
  const { linkedIncidentId, names } = await resolveEventLinks(tx, user, incidentId, input, null);
  const after = [...state.facts, { id: NEW_EVENT, type: input.type, occurredAt: input.occurredAt, count: input.count, createdAt: new Date() }];
  refuseViolations(state.facts, after, state.rescued, { id: NEW_EVENT, isNew: true, typeChanged: false });
  const columns = eventColumns(input, linkedIncidentId);
  const { id, createdAt } = await tx.timelineEvent.create({
    data: { ...columns, incidentId, createdById: user.id, updatedById: user.id },
    select: { id: true, createdAt: true },
  });
  await followTimeline(tx, user, incidentId, state, after.map((fact) => (fact.id === NEW_EVENT ? { ...fact, id, createdAt } : fact)));
  await recordAudit(tx, {
    actor: user, action: "CREATE", entityType: "TimelineEvent", entityId: id, incidentId, changes: eventAuditState(columns, names), ...notes,
  });
  return id;
}
