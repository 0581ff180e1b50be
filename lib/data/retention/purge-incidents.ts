import "server-only";
import { db } from "@/lib/db";
import { recordAudit, systemActor } from "@/lib/data/audit";
import { DELETED_WITH_SETTINGS, PURGE_DATE } from "./purge-date";

export type PurgeOutcome = { purged: string[]; failed: { id: string; error: unknown }[] };

/**
 * Purges for good every case whose restore period ended by `now` (the scheduled job's clock; tests move
 * it), one transaction per case: a case that fails stays whole, the others are purged, and the failures
 * are returned for the job to retry.
 */
export async function purgeDeletedIncidents(now = new Date()): Promise<PurgeOutcome> {
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT i.id FROM ${DELETED_WITH_SETTINGS} WHERE i."deletedAt" IS NOT NULL AND ${PURGE_DATE} <= ${now} ORDER BY i."deletedAt", i.id`;
  const outcome: PurgeOutcome = { purged: [], failed: [] };
  for (const { id } of due) {
    try {
      const reference = await purgeIncident(id, now);
      if (reference) outcome.purged.push(reference);
    } catch (error) {
      outcome.failed.push({ id, error });
    }
  }
  return outcome;
}

/**
 * Deletes the case and, through its foreign keys' cascades, every child row (injuries, evacuations,
 * partners, nationalities, timeline events, track points; other cases' links to it are unset); the rollup
 * triggers take back what it counted. Its audit events keep who did what and when, about which reference,
 * but no value of its fields or reason, and a PURGE event records the purge. Null when it was restored meanwhile.
 */
async function purgeIncident(id: string, now: Date) {
  return db.$transaction(async (tx) => {
    const [due] = await tx.$queryRaw<{ reference: string; organizationId: string; deletedAt: Date }[]>`
      SELECT i.reference, i."organizationId", i."deletedAt" FROM ${DELETED_WITH_SETTINGS}
      WHERE i.id = ${id}::uuid AND i."deletedAt" IS NOT NULL AND ${PURGE_DATE} <= ${now} FOR UPDATE OF i`;
    if (!due) return null;
    await tx.$executeRaw`
      UPDATE "AuditEvent" SET changes = jsonb_build_object('scrubbed', true, 'reference', ${due.reference}::text), reason = NULL
      WHERE "incidentId" = ${id}::uuid OR ("entityType" = 'Incident' AND "entityId" = ${id})`;
    await tx.incident.delete({ where: { id } });
    await recordAudit(tx, {
      actor: systemActor(due.organizationId), action: "PURGE", entityType: "Incident", entityId: id,
      changes: { reference: due.reference, deletedAt: due.deletedAt.toISOString() },
    });
    return due.reference;
  });
}
