import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { deleteIncident } from "@/lib/data/incidents/delete-incident";
import type { SessionUser } from "@/lib/data/users";
import { messageKey } from "@/lib/i18n/message-key";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { findDeletedIncidents } from "./find-deleted-incidents";
import { restoreIncident } from "./restore-incident";

const DAY = 24 * 60 * 60 * 1000;
const after = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/** The organization's case count and rescued total in the rollup, and the same from the incidents. */
async function rollupAndIncidents(organizationId: string) {
  const [[rollup], [incidents]] = await Promise.all([
    db.$queryRaw<unknown[]>`SELECT coalesce(sum(incidents), 0)::int AS cases, coalesce(sum(rescued), 0)::int AS rescued
      FROM "IncidentRollup" WHERE "viewerId" = ${organizationId}::uuid AND grain = 'YEAR' AND detailed`,
    db.$queryRaw<unknown[]>`SELECT count(*)::int AS cases, coalesce(sum(rescued), 0)::int AS rescued
      FROM "Incident" WHERE "organizationId" = ${organizationId}::uuid AND "deletedAt" IS NULL`,
  ]);
  return { rollup, incidents };
}

describe("deleted cases: the list and the restore", () => {
  let coordinator: SessionUser;
  let field: SessionUser;

  const deletedCase = async () => {
    const created = await createIncident(field, incidentFormValues());
    await deleteIncident(field, created.id);
    const { deletedAt } = await db.incident.findUniqueOrThrow({ where: { id: created.id }, select: { deletedAt: true } });
    return { ...created, deletedAt: deletedAt! };
  };

  beforeAll(async () => {
    const organization = await createOrganization();
    coordinator = (await createUser(organization.id, "COORDINATOR")).sessionUser;
    field = (await createUser(organization.id, "FIELD")).sessionUser;
  });

  it("lists a deleted case with who deleted it and its purge date, then restores it within the period", async () => {
    const { id, reference, deletedAt } = await deletedCase();
    const { rows } = await findDeletedIncidents(coordinator, 1, after(deletedAt, 29));
    expect(rows.find((row) => row.id === id)).toMatchObject({ reference, deletedAt, deletedBy: field.name, purgeAt: after(deletedAt, 30), isRestorable: true });
    const before = await db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } });

    expect(await restoreIncident(coordinator, id, after(deletedAt, 29))).toEqual({ id, reference });

    const restored = await db.incident.findUniqueOrThrow({ where: { id }, select: { deletedAt: true, version: true, updatedById: true } });
    expect(restored).toEqual({ deletedAt: null, version: before.version + 1, updatedById: coordinator.id });
    expect(await db.auditEvent.findFirst({ where: { incidentId: id, action: "RESTORE" }, select: { actorId: true, changes: true } })).toEqual({
      actorId: coordinator.id, changes: { reference, deletedAt: { from: deletedAt.toISOString(), to: null } },
    });
    expect((await findDeletedIncidents(coordinator)).rows.map((row) => row.id)).not.toContain(id);
    const { rollup, incidents } = await rollupAndIncidents(coordinator.organizationId);
    expect(rollup).toEqual(incidents);
    expect(incidents).toMatchObject({ cases: expect.any(Number) });
  });

  it("refuses once the period is over, even before the purge ran", async () => {
    const { id, reference, deletedAt } = await deletedCase();
    const { rows } = await findDeletedIncidents(coordinator, 1, after(deletedAt, 30));
    expect(rows.find((row) => row.id === id)).toMatchObject({ isRestorable: false });

    await expect(restoreIncident(coordinator, id, after(deletedAt, 30))).rejects.toMatchObject({
      code: "forbidden", message: messageKey("validation.retention.restorePeriodOver", { reference }),
    });
    expect(await db.incident.findUniqueOrThrow({ where: { id }, select: { deletedAt: true } })).toEqual({ deletedAt });
    expect(await db.auditEvent.count({ where: { incidentId: id, action: "RESTORE" } })).toBe(0);
  });

  it("follows the organization's own restore period", async () => {
    await db.privacySettings.create({ data: { organizationId: coordinator.organizationId, restoreDays: 7, suppressionThreshold: 5, positionRoundingDegrees: 0.1 } });
    try {
      const { id, deletedAt } = await deletedCase();
      await expect(restoreIncident(coordinator, id, after(deletedAt, 8))).rejects.toMatchObject({ code: "forbidden" });
      await expect(restoreIncident(coordinator, id, after(deletedAt, 6))).resolves.toMatchObject({ id });
    } finally {
      await db.privacySettings.delete({ where: { organizationId: coordinator.organizationId } });
    }
  });

  it("is for the owning organization's coordinators and admins only", async () => {
    const { id } = await deletedCase();
    const partner = await createOrganization();
    await db.incidentPartner.create({ data: { incidentId: id, organizationId: partner.id, role: "TRANSFER" } });
    const partnerCoordinator = (await createUser(partner.id, "COORDINATOR")).sessionUser;
    const admin = (await createUser(coordinator.organizationId, "ADMIN")).sessionUser;

    await expect(restoreIncident(field, id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(findDeletedIncidents(field)).rejects.toMatchObject({ code: "forbidden" });
    await expect(restoreIncident(partnerCoordinator, id)).rejects.toMatchObject({ code: "not-found" });
    expect((await findDeletedIncidents(partnerCoordinator)).rows).toEqual([]);
    await expect(restoreIncident(coordinator, "not-a-uuid")).rejects.toMatchObject({ code: "not-found" });
    await expect(restoreIncident(admin, id)).resolves.toMatchObject({ id });
    await expect(restoreIncident(admin, id)).rejects.toMatchObject({ code: "not-found" });
  });
});
