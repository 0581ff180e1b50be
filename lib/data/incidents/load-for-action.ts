import "server-only";
import { AppError } from "@/lib/app-error";
import { canOnIncident, type IncidentAction, type IncidentRelation, incidentRelation } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { IncidentStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/data/users";
import { readableIncidents } from "./scope";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STATUSES = ["DRAFT", "SUBMITTED", "VERIFIED", "ARCHIVED"] as const satisfies IncidentStatus[];

/** An incident id from a URL or a form; anything that is not a UUID is simply not found. */
export function readableIncidentWhere(user: SessionUser, id: string) {
  if (!UUID.test(id)) throw new AppError("not-found");
  return { AND: [{ id }, readableIncidents(user)] };
}

/**
 * The incident the user is about to act on, or an AppError: "not-found" when they cannot read it (so
 * another organization's incident looks exactly like a missing one), "forbidden" when they can read it
 * but not do this to it.
 */
export async function loadIncidentForAction(user: SessionUser, id: string, action: IncidentAction) {
  const incident = await db.incident.findFirst({
    where: readableIncidentWhere(user, id),
    select: { id: true, reference: true, organizationId: true, status: true, version: true, vesselId: true, partners: { select: { organizationId: true } } },
  });
  if (!incident) throw new AppError("not-found");
  const relation = incidentRelation(user, { organizationId: incident.organizationId, partnerOrganizationIds: incident.partners.map((p) => p.organizationId) });
  if (relation === "other") throw new AppError("not-found");
  if (!canOnIncident(user, action, relation, incident.status)) throw new AppError("forbidden", forbiddenMessage(user, action, relation, incident.status));
  return { ...incident, relation };
}

function forbiddenMessage(user: SessionUser, action: IncidentAction, relation: IncidentRelation, status: IncidentStatus) {
  if (relation === "partner") return "Your organization is a partner on this case: only the organization that recorded it can change it.";
  if (!STATUSES.some((s) => canOnIncident(user, action, relation, s))) return `Your role cannot ${action} cases.`;
  return `You cannot ${action} this case while it is ${status.toLowerCase()}.`;
}
