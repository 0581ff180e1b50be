import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { createAdmin, createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { PRIVACY_DEFAULTS } from "@/lib/schemas/privacy-settings";
import { findManagedPrivacySettings, getManagedPrivacySettings, getPrivacySettings, getSharingSettings, updatePrivacySettings } from "./privacy-settings";

const events = (organizationId: string) => db.auditEvent.findMany({ where: { entityType: "PrivacySettings", entityId: organizationId }, select: { action: true, actorId: true, organizationId: true, changes: true } });

describe("getPrivacySettings", () => {
  it("gives the defaults to an organization that never saved any", async () => {
    expect(await getPrivacySettings((await createOrganization()).id)).toEqual({ restoreDays: 30, suppressionThreshold: 5, positionRoundingDegrees: 0.1 });
  });
});

describe("getSharingSettings", () => {
  const save = (organizationId: string, suppressionThreshold: number, positionRoundingDegrees: number) =>
    db.privacySettings.create({ data: { organizationId, restoreDays: 30, suppressionThreshold, positionRoundingDegrees } });

  it("applies the strictest of the reader's organization and the owners of the cases it partners on, and no other's", async () => {
    const [reader, owner, stranger] = await Promise.all([createOrganization(), createOrganization(), createOrganization()]);
    expect(await getSharingSettings({ organizationId: reader.id })).toEqual({ suppressionThreshold: 5, positionRoundingDegrees: 0.1 });
    await save(stranger.id, 20, 1);
    await save(owner.id, 8, 0.05);
    expect(await getSharingSettings({ organizationId: reader.id })).toEqual({ suppressionThreshold: 5, positionRoundingDegrees: 0.1 });
    const partnered = await createIncident(owner.id);
    await db.incidentPartner.create({ data: { incidentId: partnered.id, organizationId: reader.id, role: "OTHER" } });
    expect(await getSharingSettings({ organizationId: reader.id })).toEqual({ suppressionThreshold: 8, positionRoundingDegrees: 0.1 });
    await save(reader.id, 3, 0.25);
    expect(await getSharingSettings({ organizationId: reader.id })).toEqual({ suppressionThreshold: 8, positionRoundingDegrees: 0.25 });
  });
});

describe("updatePrivacySettings", () => {
  it("saves an admin's own organization's settings, audited with what changed", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    await updatePrivacySettings(admin, organization.id, { restoreDays: "45", suppressionThreshold: "5", positionRoundingDegrees: "0.25" });

    expect(await getPrivacySettings(organization.id)).toEqual({ restoreDays: 45, suppressionThreshold: 5, positionRoundingDegrees: 0.25 });
    expect(await events(organization.id)).toEqual([{
      action: "UPDATE", actorId: admin.id, organizationId: organization.id,
      changes: { restoreDays: { from: 30, to: 45 }, positionRoundingDegrees: { from: 0.1, to: 0.25 } },
    }]);
    expect(await getManagedPrivacySettings(admin, organization.id)).toMatchObject({ id: organization.id, settings: { restoreDays: 45 } });
  });

  it("records nothing when nothing changed", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    await updatePrivacySettings(admin, organization.id, PRIVACY_DEFAULTS);
    expect(await events(organization.id)).toEqual([]);
    expect(await db.privacySettings.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("refuses a value out of bounds, whoever sends it, and keeps the saved one", async () => {
    const { sessionUser: admin, organization } = await createAdmin();
    await expect(updatePrivacySettings(admin, organization.id, { ...PRIVACY_DEFAULTS, restoreDays: 366 })).rejects.toBeInstanceOf(z.ZodError);
    await expect(updatePrivacySettings(admin, organization.id, { ...PRIVACY_DEFAULTS, suppressionThreshold: 2 })).rejects.toBeInstanceOf(z.ZodError);
    expect(await getPrivacySettings(organization.id)).toEqual(PRIVACY_DEFAULTS);
  });

  it("lets the database refuse what the schema would, should anything write past it", async () => {
    const { organization } = await createAdmin();
    await expect(db.privacySettings.create({ data: { organizationId: organization.id, restoreDays: 6, suppressionThreshold: 5, positionRoundingDegrees: 0.1 } })).rejects.toThrow();
    await expect(db.privacySettings.create({ data: { organizationId: organization.id, restoreDays: 30, suppressionThreshold: 5, positionRoundingDegrees: 0.3 } })).rejects.toThrow();
  });

  it("is for the organization's administrators and the platform operator's", async () => {
    const { sessionUser: admin } = await createAdmin();
    const { sessionUser: operator } = await createAdmin({ isPlatformOperator: true });
    const other = await createOrganization();
    const coordinator = (await createUser(other.id, "COORDINATOR")).sessionUser;

    await expect(updatePrivacySettings(admin, other.id, { ...PRIVACY_DEFAULTS, restoreDays: 60 })).rejects.toMatchObject({ code: "not-found" });
    await expect(updatePrivacySettings(coordinator, other.id, { ...PRIVACY_DEFAULTS, restoreDays: 60 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getManagedPrivacySettings(admin, "not-a-uuid")).rejects.toMatchObject({ code: "not-found" });
    expect((await findManagedPrivacySettings(admin)).map((o) => o.id)).toEqual([admin.organizationId]);

    await updatePrivacySettings(operator, other.id, { ...PRIVACY_DEFAULTS, restoreDays: 60 });
    expect(await getPrivacySettings(other.id)).toMatchObject({ restoreDays: 60 });
    expect(await events(other.id)).toEqual([expect.objectContaining({ actorId: operator.id, organizationId: other.id })]);
  });
});
