import "server-only";
import { db } from "@/lib/db";
import { createIncident, createOrganization, createUser, createVessel } from "@/lib/test/factories";

/**
 * A small world with figures known by heart: organization A's coordinator sees A's incidents and the
 * one B recorded with A as partner, never C's (whose figures are huge so any leak shows). Unknown
 * (NULL) figures are spread over A's incidents.
 */
export async function createDashboardWorld() {
  const [a, b, c] = [await createOrganization(), await createOrganization(), await createOrganization()];
  const [coordinator, field, otherCoordinator] = await Promise.all([
    createUser(a.id, "COORDINATOR"), createUser(a.id, "FIELD"), createUser(c.id, "COORDINATOR"),
  ]);
  const vessel = await createVessel(a.id);
  const rescue = await createIncident(a.id, {
    occurredAt: new Date("2016-03-10T06:00:00Z"), status: "VERIFIED", vesselId: vessel.id, boatType: "INFLATABLE",
    sarRegions: ["Libya"], rescued: 100, dead: 5, missing: 3, outcome: "RESCUED_BY_THIS_ORGANIZATION", causesOfDeath: ["DROWNING", "HYPOTHERMIA"], latitude: 33.5, longitude: 12.5,
    injuries: { create: [{ type: "FUEL_BURN", severity: "MINOR", count: 6 }, { type: "FUEL_BURN", severity: "SERIOUS", count: 4 }, { type: "TRAUMA", severity: "CRITICAL", count: 1 }] },
    evacuations: { create: [{ count: 2, means: "HELICOPTER" }] },
  });
  const shipwreck = await createIncident(a.id, {
    occurredAt: new Date("2016-05-20T23:30:00Z"), status: "SUBMITTED", boatType: "WOODEN", rescued: null, dead: 10, missing: 2, outcome: "SHIPWRECK_NO_RESCUE",
  });
  const uncounted = await createIncident(a.id, {
    occurredAt: new Date("2017-03-01T10:00:00Z"), status: "VERIFIED", vesselId: vessel.id, boatType: "INFLATABLE",
    sarRegions: ["Malta", "Italy"], rescued: 50, dead: null, missing: 0, latitude: 35, longitude: 14,
  });
  await createIncident(a.id, { occurredAt: new Date("2016-04-01T10:00:00Z"), status: "DRAFT", rescued: 7 });
  await createIncident(a.id, { occurredAt: new Date("2016-04-02T10:00:00Z"), status: "VERIFIED", rescued: 8, deletedAt: new Date() });
  const partnered = await createIncident(b.id, { occurredAt: new Date("2016-03-15T10:00:00Z"), status: "VERIFIED", rescued: 20, dead: 0, missing: 0, outcome: "INTERCEPTED_RETURNED_LIBYA" });
  await db.incidentPartner.createMany({ data: [
    { incidentId: partnered.id, organizationId: a.id, role: "TRANSFER" },
    { incidentId: partnered.id, organizationId: a.id, role: "MEDICAL_CARE" },
  ] });
  const leak = await createIncident(c.id, {
    occurredAt: new Date("2016-03-12T10:00:00Z"), status: "VERIFIED", vesselId: vessel.id, rescued: 9999, dead: 999, missing: 99, latitude: 34, longitude: 13, outcome: "INTERCEPTED_RETURNED_TUNISIA",
  });
  await db.incidentPartner.create({ data: { incidentId: leak.id, organizationId: b.id, role: "SPOTTING" } });
  return {
    organizations: { a, b, c }, vessel,
    users: { coordinator: coordinator.sessionUser, field: field.sessionUser, otherCoordinator: otherCoordinator.sessionUser },
    incidents: { rescue, shipwreck, uncounted, partnered, leak },
  };
}

/** An organization with 12 vessels (vessel k has k incidents) and one incident with 12 partners, to fold "Other". */
export async function createCrowdedWorld() {
  const organization = await createOrganization();
  const coordinator = (await createUser(organization.id, "COORDINATOR")).sessionUser;
  const vessels = await Promise.all(Array.from({ length: 12 }, (_, k) => createVessel(organization.id, { name: `Crowded ${organization.shortName} ${String(k + 1).padStart(2, "0")}` })));
  await db.incident.createMany({
    data: vessels.flatMap((vessel, k) => Array.from({ length: k + 1 }, (_, n) => ({
      reference: `${organization.shortName}-${k}-${n}`, organizationId: organization.id, vesselId: vessel.id, status: "VERIFIED" as const,
      occurredAt: new Date(Date.UTC(2015, k, n + 1)), rescued: 10, dead: 1, missing: 0,
    }))),
  });
  const shared = await createIncident(organization.id, { status: "VERIFIED", rescued: 1, dead: 0, missing: 0 });
  const partners = await Promise.all(Array.from({ length: 12 }, () => createOrganization()));
  await db.incidentPartner.createMany({ data: partners.map((p) => ({ incidentId: shared.id, organizationId: p.id, role: "SPOTTING" as const })) });
  return { organization, coordinator, vessels };
}
