import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/app-error";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assertUuid, auditActorFor, fieldConflict, getAdminScope, isUniqueViolation, type AdminScope } from "@/lib/data/admin-scope";
import { changedFields, recordAudit } from "@/lib/data/audit";
import { likeLiteral } from "@/lib/data/like-pattern";
import type { SessionUser } from "@/lib/data/users";
import type { VesselInput } from "@/lib/schemas/vessel";
import { messageKey } from "@/lib/i18n/message-key";

const vesselColumns = {
  id: true, name: true, kind: true, flagState: true, imo: true, mmsi: true, callSign: true, isActive: true,
  organizationId: true, organization: { select: { shortName: true } },
} as const satisfies Prisma.VesselSelect;

type Tx = Prisma.TransactionClient;

async function vesselScope(admin: SessionUser) {
  if (!can(admin, "vessels:manage")) throw new AppError("forbidden");
  return getAdminScope(admin);
}

export async function findManagedVessels(admin: SessionUser) {
  const { byOrganization } = await vesselScope(admin);
  return db.vessel.findMany({ where: byOrganization, select: vesselColumns, orderBy: [{ isActive: "desc" }, { name: "asc" }] });
}

export type ManagedVessel = Awaited<ReturnType<typeof findManagedVessels>>[number];

export async function getManagedVessel(admin: SessionUser, id: string) {
  const { byOrganization } = await vesselScope(admin);
  assertUuid(id);
  const vessel = await db.vessel.findFirst({ where: { id, ...byOrganization }, select: vesselColumns });
  if (!vessel) throw new AppError("not-found");
  return vessel;
}

/** Platform operators choose the operator (or none); other admins' vessels always belong to their organization. */
async function operatorOf(tx: Tx, admin: SessionUser, scope: AdminScope, input: VesselInput) {
  if (!scope.isPlatformOperator) return admin.organizationId;
  if (input.organizationId && !(await tx.organization.findUnique({ where: { id: input.organizationId }, select: { id: true } })))
    throw fieldConflict("organizationId", messageKey("validation.admin.organizationGone"));
  return input.organizationId;
}

async function assertUnique(tx: Tx, data: VesselInput & { organizationId: string | null }, exceptId?: string) {
  const clashes = await tx.vessel.findMany({
    where: {
      id: exceptId ? { not: exceptId } : undefined,
      OR: [...(data.imo ? [{ imo: data.imo }] : []), ...(data.mmsi ? [{ mmsi: data.mmsi }] : []), { name: { equals: likeLiteral(data.name), mode: "insensitive" }, organizationId: data.organizationId }],
    },
    select: { name: true, imo: true, mmsi: true },
  });
  const imo = clashes.find((v) => data.imo && v.imo === data.imo);
  if (imo) throw fieldConflict("imo", messageKey("validation.admin.imoTaken", { vessel: imo.name, imo: data.imo! }));
  const mmsi = clashes.find((v) => data.mmsi && v.mmsi === data.mmsi);
  if (mmsi) throw fieldConflict("mmsi", messageKey("validation.admin.mmsiTaken", { vessel: mmsi.name, mmsi: data.mmsi! }));
  if (clashes.length) throw fieldConflict("name", messageKey("validation.admin.vesselNameTaken", { name: clashes[0].name }));
}

const duplicate = (error: unknown) =>
  isUniqueViolation(error) ? fieldConflict("name", messageKey("validation.admin.vesselSavedMeanwhile")) : error;

/** Adds a vessel, with its audit event, inside the caller's transaction: the one way to create one (the admin form, an import naming it). */
export async function addVessel(tx: Tx, admin: SessionUser, input: VesselInput, { id, reason }: { id?: string; reason?: string } = {}) {
  const scope = await vesselScope(admin);
  const data = { ...input, organizationId: await operatorOf(tx, admin, scope, input) };
  await assertUnique(tx, data);
  const created = await tx.vessel.create({ data: { ...data, id }, select: vesselColumns });
  await recordAudit(tx, { actor: auditActorFor(admin, data.organizationId), action: "CREATE", entityType: "Vessel", entityId: created.id, changes: data, reason });
  return created;
}

export async function createVessel(admin: SessionUser, input: VesselInput) {
  try {
    return await db.$transaction((tx) => addVessel(tx, admin, input));
  } catch (error) {
    throw duplicate(error);
  }
}

export async function updateVessel(admin: SessionUser, id: string, input: VesselInput) {
  const scope = await vesselScope(admin);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.vessel.findFirst({ where: { id, ...scope.byOrganization }, select: vesselColumns });
      if (!before) throw new AppError("not-found");
      const data = { ...input, organizationId: await operatorOf(tx, admin, scope, input) };
      await assertUnique(tx, data, id);
      const changes = changedFields(before, data);
      if (Object.keys(changes).length === 0) return before;
      const updated = await tx.vessel.update({ where: { id }, data, select: vesselColumns });
      await recordAudit(tx, { actor: auditActorFor(admin, before.organizationId), action: "UPDATE", entityType: "Vessel", entityId: id, changes: changes as Prisma.InputJsonObject });
      return updated;
    });
  } catch (error) {
    throw duplicate(error);
  }
}

/** Deactivated vessels stay on past incidents but are no longer offered for new ones. */
export async function setVesselActive(admin: SessionUser, id: string, isActive: boolean) {
  const { byOrganization } = await vesselScope(admin);
  return db.$transaction(async (tx) => {
    const before = await tx.vessel.findFirst({ where: { id, ...byOrganization }, select: vesselColumns });
    if (!before) throw new AppError("not-found");
    if (before.isActive === isActive) return before;
    const updated = await tx.vessel.update({ where: { id }, data: { isActive }, select: vesselColumns });
    await recordAudit(tx, {
      actor: auditActorFor(admin, before.organizationId), action: "UPDATE", entityType: "Vessel", entityId: id, changes: { isActive: { from: before.isActive, to: isActive } },
    });
    return updated;
  });
}
