import "server-only";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/data/admin-scope";
import { recordAudit } from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/users";
import { messageKey } from "@/lib/i18n/message-key";
import { DELETED_WITH_SETTINGS, PURGE_DATE } from "./purge-date";

/**
 * Brings a deleted case of the user's organization back (coordinators and admins), with a RESTORE audit event:
 * only before its purge date, even when the purge has not run yet. Another organization's case, or one not
 * deleted, is not found.
 */
export async function restoreIncident(user: SessionUser, id: string, now = new Date()) {
  if (!can(user, "incident:restore")) throw new AppError("forbidden");
  if (!isUuid(id)) throw new AppError("not-found");
  return db.$transaction(async (tx) => {
    const [deleted] = await tx.$queryRaw<{ reference: string; deletedAt: Date; purgeAt: Date }[]>`
      SELECT i.reference, i."deletedAt", ${PURGE_DATE} AS "purgeAt" FROM ${DELETED_WITH_SETTINGS}
      WHERE i.id = ${id}::uuid AND i."organizationId" = ${user.organizationId}::uuid AND i."deletedAt" IS NOT NULL
      FOR UPDATE OF i`;
    if (!deleted) throw new AppError("not-found");
    const { reference, deletedAt, purgeAt } = deleted;
    if (purgeAt <= now) throw new AppError("forbidden", messageKey("validation.retention.restorePeriodOver", { reference }));
    await tx.incident.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 }, updatedById: user.id } });
    await recordAudit(tx, {
      actor: user, action: "RESTORE", entityType: "Incident", entityId: id, incidentId: id,
      changes: { reference, deletedAt: { from: deletedAt.toISOString(), to: null } },
    });
    return { id, reference };
  });
}
