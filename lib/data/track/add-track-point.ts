import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/data/audit";
import { checkPersonalData, type PiiWarnings } from "@/lib/data/privacy/check-personal-data";
import { loadCaseForTimeline, lockCase } from "@/lib/data/timeline/lock-case";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { type TrackPointInput, trackPointInputSchema } from "@/lib/schemas/track";
import { pointAuditState, pointColumns } from "./track-record";

/** Adds a point to a case's track on the version of the case the user saw, with a CREATE audit event, in one transaction. */
export async function addTrackPoint(user: SessionUser, incidentId: string, rawInput: unknown) {
  const input = trackPointInputSchema.parse(rawInput);
  const incident = await loadCaseForTimeline(user, incidentId, input.version);
  const piiWarnings = await checkPersonalData({ note: input.note }, null, input.isPersonalDataAcknowledged);
  const id = await db.$transaction((tx) => addPointIn(tx, user, incidentId, input, { piiWarnings }));
  return { id, reference: incident.reference };
}

type AuditNotes = { reason?: string; piiWarnings?: PiiWarnings };

/** The add inside the caller's transaction (an import's), once the user may edit the case; the notes go to the audit event. */
export async function addPointIn(tx: Prisma.TransactionClient, user: SessionUser, incidentId: string, input: TrackPointInput, notes: AuditNotes = {}) {
  await lockCase(tx, user, incidentId, input.version);
  const columns = pointColumns(input);
  const { id } = await tx.trackPoint.create({ data: { ...columns, incidentId, createdById: user.id, updatedById: user.id }, select: { id: true } });
  await recordAudit(tx, { actor: user, action: "CREATE", entityType: "TrackPoint", entityId: id, incidentId, changes: pointAuditState(columns), ...notes });
  return id;
}
