import "server-only";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { messageKey } from "@/lib/i18n/message-key";
import type { CreateIncidentInput } from "@/lib/schemas/incident";
import type { RecordNames } from "./incident-record";

type Links = Pick<CreateIncidentInput, "vesselId" | "partners">;

/**
 * Checks what the form points at: the vessel exists (and is active, unless the incident already had
 * it), the partners exist and are not the incident's own organization. Returns their names for the audit.
 */
export async function checkLinks(input: Links, incident: { organizationId: string; vesselId?: string | null }): Promise<RecordNames> {
  const partnerIds = [...new Set(input.partners.map((p) => p.organizationId))];
  const [vessel, organizations] = await Promise.all([
    input.vesselId ? db.vessel.findUnique({ where: { id: input.vesselId }, select: { id: true, name: true, isActive: true } }) : null,
    partnerIds.length ? db.organization.findMany({ where: { id: { in: partnerIds } }, select: { id: true, shortName: true } }) : [],
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (input.vesselId && (!vessel || (!vessel.isActive && vessel.id !== incident.vesselId))) {
    fieldErrors.vesselId = [messageKey("validation.incident.vesselGone")];
  }
  const names = new Map(organizations.map((o) => [o.id, o.shortName]));
  input.partners.forEach(({ organizationId }, i) => {
    if (organizationId === incident.organizationId) fieldErrors[`partners.${i}.organizationId`] = [messageKey("validation.incident.partnerIsOwner")];
    else if (!names.has(organizationId)) fieldErrors[`partners.${i}.organizationId`] = [messageKey("validation.incident.partnerGone")];
  });
  if (Object.keys(fieldErrors).length) throw new AppError("invalid", messageKey("errors.invalid"), fieldErrors);
  return { vessel: vessel?.name ?? null, organizations: names };
}
