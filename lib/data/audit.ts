import "server-only";
import type { AuditAction, Prisma } from "@/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type AuditInput = {
  /** null: no one (a failed sign-in); `systemActor`: a scheduled job acting for an organization. */
  actor: { id: string | null; organizationId: string } | null;
  action: AuditAction;
  entityType: "Incident" | "TimelineEvent" | "TrackPoint" | "User" | "Organization" | "PrivacySettings" | "Vessel" | "Export" | "Import" | "Erasure";
  entityId?: string;
  incidentId?: string;
  /** Updates: { field: { from, to } }; creates: a snapshot of the new record; other actions: details. */
  changes?: Prisma.InputJsonValue;
  reason?: string;
  /** Saved although its free text looked like personal data: the kinds found per field (check-personal-data.ts). */
  piiWarnings?: Record<string, string[]>;
};

/** The actor of what the application does on its own for an organization (the retention purge). */
export const systemActor = (organizationId: string) => ({ id: null, organizationId });

/** Writes an audit event inside the caller's transaction, so the change and its record commit together. */
export function recordAudit(tx: Tx, event: AuditInput) {
  const { actor, ...rest } = event;
  return tx.auditEvent.create({ data: { ...rest, actorId: actor?.id, organizationId: actor?.organizationId } });
}

/** The fields whose values differ, as { field: { from, to } } (dates compared by instant, arrays by content). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}
