import type { AuditAction } from "@/generated/prisma/enums";

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  CREATE: "Created", UPDATE: "Updated", STATUS_CHANGE: "Status changed", DELETE: "Deleted", SIGN_IN: "Signed in",
  SIGN_IN_FAILED: "Sign-in failed", LOCK: "Account locked", EXPORT: "Exported", IMPORT: "Imported",
};
