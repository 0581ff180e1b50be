import "server-only";
import { recordAudit } from "@/lib/data/audit";
import { loadCaseForTimeline, lockCase } from "@/lib/data/timeline/lock-case";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { caseVersion } from "@/lib/schemas/timeline";
import { findCasePoint, pointAuditState } from "./track-record";

/** Removes one track point on the version of the case the user saw, with a DELETE audit event that keeps its picture. */
export async function removeTrackPoint(user: SessionUser, incidentId: string, pointId: string, rawVersion: unknown) {
  const version = caseVersion.parse(rawVersion);
  const incident = await loadCaseForTimeline(user, incidentId, version);
  await findCasePoint(db, incidentId, pointId);
  return db.$transaction(async (tx) => {
    const stored = await findCasePoint(tx, incidentId, pointId);
    await lockCase(tx, user, incidentId, version);
    await tx.trackPoint.delete({ where: { id: pointId } });
    await recordAudit(tx, { actor: user, action: "DELETE", entityType: "TrackPoint", entityId: pointId, incidentId, changes: pointAuditState(stored) });
    return { id: pointId, reference: incident.reference };
  });
}
