import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { changedFields, recordAudit } from "@/lib/data/audit";
import { checkPersonalData } from "@/lib/data/privacy/check-personal-data";
import { loadCaseForTimeline, lockCase } from "@/lib/data/timeline/lock-case";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { trackPointInputSchema } from "@/lib/schemas/track";
import { findCasePoint, pointAuditState, pointColumns } from "./track-record";

/**
 * Saves an edit of one track point made on the version of the case the user saw, with an UPDATE audit
 * event of what changed (nothing changed: nothing written), in one transaction.
 */
export async function updateTrackPoint(user: SessionUser, incidentId: string, pointId: string, rawInput: unknown) {
  const input = trackPointInputSchema.parse(rawInput);
  const incident = await loadCaseForTimeline(user, incidentId, input.version);
  const before = await findCasePoint(db, incidentId, pointId);
  const piiWarnings = await checkPersonalData({ note: input.note }, { note: before.note }, input.isPersonalDataAcknowledged);
  return db.$transaction(async (tx) => {
    const stored = await findCasePoint(tx, incidentId, pointId);
    const columns = pointColumns(input);
    const changes = changedFields(pointAuditState(stored), pointAuditState(columns));
    if (Object.keys(changes).length === 0) return { id: pointId, reference: incident.reference };
    await lockCase(tx, user, incidentId, input.version);
    await tx.trackPoint.update({ where: { id: pointId }, data: { ...columns, updatedById: user.id } });
    await recordAudit(tx, {
      actor: user, action: "UPDATE", entityType: "TrackPoint", entityId: pointId, incidentId, changes: changes as Prisma.InputJsonObject, piiWarnings,
    });
    return { id: pointId, reference: incident.reference };
  });
}
