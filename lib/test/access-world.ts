import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/app-error";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import type { AdminResource, Outcome, Relation, Role, Status } from "@/lib/test/access-rules";
import { createOrganization, createIncident, createUser, createVessel } from "@/lib/test/factories";
import { type ImportKeys, keyColumns } from "@/lib/test/import-cells";

// The data the access matrix acts on: the acting organization with one user per role, an organization
// that recorded incidents with the actor's organization as partner, an unrelated one, and a platform operator.
export async function createAccessWorld() {
  const [own, partnerOwner, other, operator] = await Promise.all([
    createOrganization(), createOrganization(), createOrganization(), createOrganization({ isPlatformOperator: true }),
  ]);
  const [field, coordinator, admin, operatorAdmin] = await Promise.all([
    createUser(own.id, "FIELD"), createUser(own.id, "COORDINATOR"), createUser(own.id, "ADMIN"), createUser(operator.id, "ADMIN"),
  ]);
  const users: Record<Role, SessionUser> = { FIELD: field.sessionUser, COORDINATOR: coordinator.sessionUser, ADMIN: admin.sessionUser };
  return { own, partnerOwner, other, users, operatorAdmin: operatorAdmin.sessionUser };
}

export type AccessWorld = Awaited<ReturnType<typeof createAccessWorld>>;

/**
 * A fresh incident in the given relation to the world's acting organization. Another organization's
 * incident has a partner too (not the actor's), so only the partner link decides what the actor sees.
 */
export async function createIncidentIn(world: AccessWorld, relation: Relation, status: Status, { withVessel = false, keys }: { withVessel?: boolean; keys?: ImportKeys } = {}) {
  const owner = ownerOf(world, relation);
  const partnerId = { own: undefined, partner: world.own.id, other: world.partnerOwner.id }[relation];
  const vessel = withVessel ? await createVessel(owner.id) : undefined;
  return createIncident(owner.id, {
    status,
    vesselId: vessel?.id,
    partners: partnerId ? { create: [{ organizationId: partnerId, role: "BODY_RECOVERY" }] } : undefined,
    ...(keys ? keyColumns(keys) : {}),
  });
}

export const ownerOf = (world: AccessWorld, relation: Relation) => ({ own: world.own, partner: world.partnerOwner, other: world.other })[relation];

/** What a refused call must leave untouched: the row, its partners and its audit trail. */
export async function incidentState(id: string) {
  const [incident, events, partners] = await Promise.all([
    db.incident.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, deletedAt: true, updatedAt: true, updatedById: true, dead: true } }),
    db.auditEvent.count({ where: { incidentId: id } }),
    db.incidentPartner.count({ where: { incidentId: id } }),
  ]);
  return { incident, events, partners };
}

/** A fresh user, vessel or organization of the target organization, and a read of what a refusal must not change. */
export async function createAdminRecord(resource: AdminResource, organizationId: string) {
  if (resource === "users") {
    const { user } = await createUser(organizationId, "FIELD");
    return { id: user.id, read: () => db.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true, tokenVersion: true, updatedAt: true } }) };
  }
  if (resource === "vessels") {
    const vessel = await createVessel(organizationId);
    return { id: vessel.id, read: () => db.vessel.findUniqueOrThrow({ where: { id: vessel.id }, select: { isActive: true, updatedAt: true } }) };
  }
  return { id: organizationId, read: () => db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true, country: true, updatedAt: true } }) };
}

export type Refusal = { code: string; message: string };

/** "allowed", or the AppError code of an expected refusal (with its message); anything else is rethrown. */
export async function outcomeOf(run: () => Promise<unknown>): Promise<{ outcome: Outcome; refusal?: Refusal; value?: unknown }> {
  try {
    return { outcome: "allowed", value: await run() };
  } catch (error) {
    if (error instanceof AppError && (error.code === "forbidden" || error.code === "not-found")) {
      return { outcome: error.code, refusal: { code: error.code, message: error.message } };
    }
    throw error;
  }
}

export const missingId = () => randomUUID();
