import "server-only";
import { loadIncidentForAction } from "@/lib/data/incidents/load-for-action";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";

/**
 * What the timeline form offers to whoever may edit the case: vessels in service (and those its events
 * already name) and every organization.
 */
export async function listTimelineChoices(user: SessionUser, incidentId: string) {
  await loadIncidentForAction(user, incidentId, "edit");
  const named = await db.timelineEvent.findMany({ where: { incidentId, vesselId: { not: null } }, select: { vesselId: true } });
  const [vessels, organizations] = await Promise.all([
    db.vessel.findMany({
      where: { OR: [{ isActive: true }, { id: { in: named.map((row) => row.vesselId!) } }] },
      select: { id: true, name: true, organization: { select: { shortName: true } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
    db.organization.findMany({ select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  return {
    vessels: vessels.map((v) => ({ value: v.id, label: v.organization ? `${v.name} (${v.organization.shortName})` : v.name })),
    organizations: organizations.map((o) => ({ value: o.id, label: o.name })),
  };
}
