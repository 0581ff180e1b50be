import "server-only";
import { AppError } from "@/lib/app-error";
import { recordAudit } from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { loadIncidentForAction } from "./load-for-action";

/** Soft-deletes an incident (it leaves every list, its number stays taken) with a DELETE audit event. */
export async function deleteIncident(user: SessionUser, id: string, version?: number) {
  const current = await loadIncidentForAction(user, id, "delete");
  const stale = new AppError("conflict", "Someone else changed this case meanwhile: reload it and try again.");
  if (version !== undefined && version !== current.version) throw stale;
  await db.$transaction(async (tx) => {
    const { count } = await tx.incident.updateMany({
      where: { id, version: current.version, deletedAt: null },
      data: { deletedAt: new Date(), version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) throw stale;
    await recordAudit(tx, {
      actor: user, action: "DELETE", entityType: "Incident", entityId: id, incidentId: id,
      changes: { reference: current.reference, status: current.status },
    });
  });
  return { id, reference: current.reference };
}
