import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { canOnIncident, type IncidentAction, incidentRelation } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { formatPosition } from "@/lib/geo";
import { readableIncidentWhere } from "./load-for-action";

const ACTIONS = ["edit", "submit", "verify", "archive", "delete", "audit"] as const satisfies IncidentAction[];
const person = { select: { id: true, name: true } } as const;

const detailColumns = {
  vessel: { select: { id: true, name: true, kind: true, flagState: true } },
  organization: { select: { id: true, name: true, shortName: true } },
  injuries: { select: { id: true, type: true, severity: true, count: true }, orderBy: [{ type: "asc" }, { severity: "asc" }] },
  evacuations: { select: { id: true, count: true, means: true, destination: true, evacuatedAt: true }, orderBy: [{ evacuatedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }] },
  partners: { select: { role: true, organization: { select: { id: true, name: true, shortName: true } } }, orderBy: [{ organization: { name: "asc" } }, { role: "asc" }] },
  nationalities: { select: { country: true, count: true }, orderBy: [{ count: { sort: "desc", nulls: "last" } }, { country: "asc" }] },
  createdBy: person,
  updatedBy: person,
} satisfies Prisma.IncidentInclude;

/**
 * Everything the incident page shows, and which actions the user may take on it (so the page hides
 * what the server would refuse). Not found unless the user's organization recorded it or partnered on it.
 */
export async function getIncident(user: SessionUser, id: string) {
  const incident = await db.incident.findFirst({ where: readableIncidentWhere(user, id), include: detailColumns });
  if (!incident) throw new AppError("not-found");
  const { latitude, longitude, distanceToCoastNm, nearestCountry, sarRegions, ...rest } = incident;
  const relation = incidentRelation(user, { organizationId: incident.organizationId, partnerOrganizationIds: incident.partners.map((p) => p.organization.id) });
  const allowed = Object.fromEntries(ACTIONS.map((action) => [action, canOnIncident(user, action, relation, incident.status)])) as Record<(typeof ACTIONS)[number], boolean>;
  return {
    ...rest,
    latitude,
    longitude,
    position: latitude !== null && longitude !== null ? formatPosition(latitude, longitude) : incident.positionText,
    geography: { distanceToCoastNm, nearestCountry, sarRegions },
    relation,
    allowed,
  };
}

export type IncidentDetail = Awaited<ReturnType<typeof getIncident>>;
