import "server-only";
import { AppError } from "@/lib/app-error";
import { recordAudit } from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/users";
import { messageKey } from "@/lib/i18n/message-key";
import { db } from "@/lib/db";
import { STATUS_AFTER } from "@/lib/auth/permissions";
import { statusActionSchema } from "@/lib/schemas/incident";
import { loadIncidentForAction } from "./load-for-action";

const STALE = messageKey("validation.review.stale");

/**
 * Moves an incident along DRAFT → SUBMITTED → VERIFIED, or to ARCHIVED, with a STATUS_CHANGE audit
 * event. `version`, when given, is the one the user saw; either way a concurrent change is refused.
 */
export async function changeIncidentStatus(user: SessionUser, id: string, rawAction: unknown, version?: number) {
  const action = statusActionSchema.parse(rawAction);
  const current = await loadIncidentForAction(user, id, action);
  if (version !== undefined && version !== current.version) throw new AppError("conflict", STALE);
  const to = STATUS_AFTER[action];
  await db.$transaction(async (tx) => {
    const { count } = await tx.incident.updateMany({
      where: { id, version: current.version, deletedAt: null },
      data: { status: to, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) throw new AppError("conflict", STALE);
    await recordAudit(tx, {
      actor: user, action: "STATUS_CHANGE", entityType: "Incident", entityId: id, incidentId: id,
      changes: { status: { from: current.status, to } },
    });
  });
  return { id, reference: current.reference };
}
