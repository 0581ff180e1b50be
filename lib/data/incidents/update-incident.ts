import "server-only";
import { replaceChildRows } from "./replace-child-rows";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { changedFields, recordAudit } from "@/lib/data/audit";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { updateIncidentSchema } from "@/lib/schemas/incident";
import { messageKey } from "@/lib/i18n/message-key";
import { FIELD } from "@/lib/schemas/incident-labels";
import { readerWords } from "@/lib/i18n/translate";
import { refuseRescuedBelowTakenAboard } from "@/lib/data/timeline/check-rescued";
import { checkLinks } from "./check-links";
import { checkPersonalData } from "@/lib/data/privacy/check-personal-data";
import { type AuditState, auditState, auditedColumns, freeText, incidentColumns, storedAuditState } from "./incident-record";
import { loadIncidentForAction } from "./load-for-action";

/**
 * Saves an edit made on `input.version` of the incident: refused with "conflict" when someone saved in
 * between. Child rows are replaced; one UPDATE audit event records what changed and why. The reference
 * keeps its year even when occurredAt moves to another year: it is an identifier people already cite.
 */
export async function updateIncident(user: SessionUser, id: string, rawInput: unknown) {
  const current = await loadIncidentForAction(user, id, "edit");
  const input = updateIncidentSchema.parse(rawInput);
  const stored = await loadStored(db, id);
  const before = storedAuditState(stored);
  const columns = incidentColumns(input);
  const names = await checkLinks(input, current);
  const after = auditState({ ...columns, ...input }, names);
  if (stored.version !== input.version) throw await conflict(stored, input.version, after);

  const changes = changedFields(before, after);
  if (Object.keys(changes).length === 0) return { id, reference: current.reference };
  const piiWarnings = await checkPersonalData(freeText(input), freeText(stored), input.isPersonalDataAcknowledged);
  await db.$transaction(async (tx) => {
    const { count } = await tx.incident.updateMany({
      where: { id, version: input.version, deletedAt: null },
      data: { ...columns, version: { increment: 1 }, updatedById: user.id },
    });
    if (count === 0) throw await conflict(await loadStored(tx, id), input.version, after);
    if (changes.rescued) await refuseRescuedBelowTakenAboard(tx, id, input.rescued);
    await replaceChildRows(tx, id, input, changes);
    await recordAudit(tx, {
      actor: user, action: "UPDATE", entityType: "Incident", entityId: id, incidentId: id,
      changes: changes as Prisma.InputJsonObject, reason: input.reason ?? undefined, piiWarnings,
    });
  });
  return { id, reference: current.reference };
}

async function loadStored(client: Prisma.TransactionClient, id: string) {
  const stored = await client.incident.findFirst({ where: { id, deletedAt: null }, select: { ...auditedColumns, version: true, status: true } });
  if (!stored) throw new AppError("not-found");
  return stored;
}

// The name of each audited field, as the form labels it; the position's three columns are one field.
const FIELD_KEYS: Record<string, string> = {
  ...FIELD, positionText: FIELD.position, latitude: FIELD.position, longitude: FIELD.position, vessel: FIELD.vesselId, status: "incidentList.status",
};

/** Lists where the case as saved now differs from the user's input, so they know what to redo. */
async function conflict(now: Awaited<ReturnType<typeof loadStored>>, editedVersion: number, yours: AuditState) {
  const differing = new Set(Object.keys(changedFields(storedAuditState(now), yours)).map((field) => FIELD_KEYS[field]));
  const { word, list } = await readerWords();
  return new AppError("conflict", messageKey("validation.incident.savedMeanwhile", {
    edited: editedVersion, current: now.version, status: word("vocab.status", { status: now.status }),
    fields: differing.size ? list([...differing]) : "none",
  }));
}
