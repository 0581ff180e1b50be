import type { AuditAction } from "@/generated/prisma/enums";

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  CREATE: "Created", UPDATE: "Updated", STATUS_CHANGE: "Status changed", DELETE: "Deleted", SIGN_IN: "Signed in",
  SIGN_IN_FAILED: "Sign-in failed", LOCK: "Account locked", EXPORT: "Exported", IMPORT: "Imported",
};

// What an event is about, as a reader names it; an unknown type shows as stored.
const AUDIT_ENTITY_LABELS: Record<string, string> = {
  Incident: "Case", TimelineEvent: "Timeline event", TrackPoint: "Track point", User: "User", Organization: "Organization",
  Vessel: "Vessel", Export: "Export", Import: "Import",
};

export const auditEntityLabel = (entityType: string) => AUDIT_ENTITY_LABELS[entityType] ?? entityType;
