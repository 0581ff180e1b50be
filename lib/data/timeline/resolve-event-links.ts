import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { messageKey } from "@/lib/i18n/message-key";
import { readableIncidents } from "@/lib/data/incidents/scope";
import type { SessionUser } from "@/lib/data/users";
import type { TimelineEventInput } from "@/lib/schemas/timeline";
import { type EventNames, evacuationName } from "./event-record";

type Kept = { vesselId: string | null; evacuationId: string | null } | null;

/**
 * Checks what an event points at: a vessel in service (or the one it already had), an organization, a
 * case the user can read (any other is "not found", like a missing one) that is not this case, an
 * evacuation of this case. Returns the linked case's id and the names for the audit.
 */
export async function resolveEventLinks(tx: Prisma.TransactionClient, user: SessionUser, incidentId: string, input: TimelineEventInput, kept: Kept) {
  // One after the other: a transaction's queries share one connection.
  const vessel = input.vesselId ? await tx.vessel.findUnique({ where: { id: input.vesselId }, select: { id: true, name: true, isActive: true } }) : null;
  const organization = input.organizationId ? await tx.organization.findUnique({ where: { id: input.organizationId }, select: { shortName: true } }) : null;
  const references = input.linkedReference ? [input.linkedReference, input.linkedReference.toUpperCase()] : [];
  const linked = references.length
    ? await tx.incident.findFirst({ where: { AND: [{ reference: { in: references } }, readableIncidents(user)] }, select: { id: true, reference: true } })
    : null;
  const evacuation = input.evacuationId ? await tx.evacuation.findFirst({ where: { id: input.evacuationId, incidentId }, select: { count: true, means: true, destination: true } }) : null;
  const fieldErrors: Record<string, string[]> = {};
  if (input.vesselId && (!vessel || (!vessel.isActive && vessel.id !== kept?.vesselId))) fieldErrors.vesselId = [messageKey("validation.timeline.vesselUnavailable")];
  if (input.organizationId && !organization) fieldErrors.organizationId = [messageKey("validation.timeline.organizationMissing")];
  if (input.linkedReference && !linked) fieldErrors.linkedReference = [messageKey("validation.timeline.linkedCaseNotFound", { reference: input.linkedReference })];
  else if (linked?.id === incidentId) fieldErrors.linkedReference = [messageKey("validation.timeline.linkedCaseItself")];
  if (input.evacuationId && !evacuation) fieldErrors.evacuationId = [messageKey("validation.timeline.evacuationNotOfCase")];
  if (Object.keys(fieldErrors).length) throw new AppError("invalid", messageKey("errors.invalid"), fieldErrors);
  const names: EventNames = {
    vessel: vessel?.name ?? null,
    organization: organization?.shortName ?? null,
    linkedCase: linked?.reference ?? null,
    evacuation: evacuation ? evacuationName(evacuation) : null,
  };
  return { linkedIncidentId: linked?.id ?? null, names };
}
