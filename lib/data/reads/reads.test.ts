import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { userReadsFilterSchema } from "@/lib/schemas/audit-filter";
import { createAdmin, createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { findCaseReaders, READERS_SHOWN } from "./case-readers";
import { READ_COALESCE_MINUTES, recordRead } from "./record-read";
import { findUserReads } from "./user-reads";

const readsOf = (incidentId: string) => db.auditEvent.findMany({ where: { incidentId, action: "READ" }, orderBy: { id: "asc" } });
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** An organization's case with a partner organization, and a user of each role around it. */
async function world() {
  const owner = await createOrganization();
  const partner = await createOrganization();
  const stranger = await createOrganization();
  const incident = await createIncident(owner.id, { partners: { create: { organizationId: partner.id, role: "BODY_RECOVERY" } } });
  const [field, coordinator, partnerField, partnerCoordinator, strangerCoordinator] = await Promise.all([
    createUser(owner.id, "FIELD"), createUser(owner.id, "COORDINATOR"), createUser(partner.id, "FIELD"),
    createUser(partner.id, "COORDINATOR"), createUser(stranger.id, "COORDINATOR"),
  ]);
  const admin = await createUser(owner.id, "ADMIN");
  return { owner, partner, incident, field, coordinator, admin, partnerField, partnerCoordinator, strangerCoordinator };
}

afterEach(() => vi.restoreAllMocks());

describe("recordRead", () => {
  it("writes one READ event: who, which case, how, when", async () => {
    const { incident, field } = await world();
    expect(await recordRead(field.sessionUser, { incidentId: incident.id, kind: "view" })).toBe(true);
    const [event] = await readsOf(incident.id);
    expect(event).toMatchObject({ actorId: field.user.id, organizationId: field.user.organizationId, action: "READ", entityType: "Incident", entityId: incident.id, changes: { kind: "view" } });
    expect(Date.now() - event.createdAt.getTime()).toBeLessThan(60_000);
  });

  it(`coalesces re-opening the same case the same way within ${READ_COALESCE_MINUTES} minutes`, async () => {
    const { incident, field, coordinator } = await world();
    const read = { incidentId: incident.id, kind: "view" } as const;
    expect(await recordRead(field.sessionUser, read)).toBe(true);
    expect(await recordRead(field.sessionUser, read)).toBe(false);
    expect(await recordRead(field.sessionUser, read)).toBe(false);
    // Another reader, and another way of reading, are readings of their own.
    expect(await recordRead(coordinator.sessionUser, read)).toBe(true);
    expect(await recordRead(field.sessionUser, { ...read, kind: "print" })).toBe(true);
    expect((await readsOf(incident.id)).map((e) => [e.actorId, e.changes])).toEqual([
      [field.user.id, { kind: "view" }], [coordinator.user.id, { kind: "view" }], [field.user.id, { kind: "print" }],
    ]);
  });

  it("records again once the window has passed", async () => {
    const { incident, field } = await world();
    await db.auditEvent.create({ data: { actorId: field.user.id, action: "READ", entityType: "Incident", entityId: incident.id, incidentId: incident.id, changes: { kind: "view" }, createdAt: minutesAgo(READ_COALESCE_MINUTES + 1) } });
    expect(await recordRead(field.sessionUser, { incidentId: incident.id, kind: "view" })).toBe(true);
    expect(await readsOf(incident.id)).toHaveLength(2);
  });

  it("never throws: a failed insert (here a case purged meanwhile) is logged and the read goes on", async () => {
    const { field } = await world();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const purged = "00000000-0000-4000-8000-000000000000";
    await expect(recordRead(field.sessionUser, { incidentId: purged, kind: "view" })).resolves.toBe(false);
    expect(log).toHaveBeenCalledOnce();
    expect(String(log.mock.calls[0][0])).toContain(`read case ${purged}`);
    expect(await db.auditEvent.count({ where: { actorId: field.user.id } })).toBe(0);
  });
});

describe("findCaseReaders", () => {
  it("shows the owning organization's coordinators and admins who read the case, how and when, newest first", async () => {
    const { incident, field, coordinator, admin, partnerField } = await world();
    await recordRead(field.sessionUser, { incidentId: incident.id, kind: "view" });
    await db.auditEvent.create({ data: { actorId: partnerField.user.id, organizationId: partnerField.user.organizationId, action: "READ", entityType: "Incident", entityId: incident.id, incidentId: incident.id, changes: { kind: "report" }, createdAt: minutesAgo(60) } });
    for (const viewer of [coordinator, admin]) {
      const { readers, hasMore } = await findCaseReaders(viewer.sessionUser, incident.id);
      expect(hasMore).toBe(false);
      expect(readers.map((r) => [r.reader?.id, r.reader?.organization.id, r.kind])).toEqual([
        [field.user.id, field.user.organizationId, "view"],
        [partnerField.user.id, partnerField.user.organizationId, "report"],
      ]);
    }
  });

  it(`lists the newest ${READERS_SHOWN} and says there are more`, async () => {
    const { incident, field, coordinator } = await world();
    await db.auditEvent.createMany({
      data: Array.from({ length: READERS_SHOWN + 1 }, (_, i) => ({ actorId: field.user.id, action: "READ" as const, entityType: "Incident", incidentId: incident.id, changes: { kind: "view" }, createdAt: minutesAgo(30 * (i + 1)) })),
    });
    const { readers, hasMore } = await findCaseReaders(coordinator.sessionUser, incident.id);
    expect(hasMore).toBe(true);
    expect(readers).toHaveLength(READERS_SHOWN);
    expect(readers[0].at.getTime()).toBeGreaterThan(readers[READERS_SHOWN - 1].at.getTime());
  });

  it("refuses field staff and partners in the data layer; another organization's case is not found", async () => {
    const { incident, field, partnerField, partnerCoordinator, strangerCoordinator } = await world();
    await recordRead(field.sessionUser, { incidentId: incident.id, kind: "view" });
    for (const user of [field, partnerField, partnerCoordinator]) await expect(findCaseReaders(user.sessionUser, incident.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(findCaseReaders(strangerCoordinator.sessionUser, incident.id)).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("findUserReads", () => {
  const filter = (query: Record<string, string>) => userReadsFilterSchema.parse(query) as ReturnType<typeof userReadsFilterSchema.parse> & { user: string };

  it("lists the cases a user read and their exports in a period, newest first", async () => {
    const { incident, field, coordinator } = await world();
    await recordRead(field.sessionUser, { incidentId: incident.id, kind: "view" });
    await db.auditEvent.createMany({
      data: [
        { actorId: field.user.id, action: "EXPORT", entityType: "Export", changes: { filters: "status=VERIFIED", rows: 42, layout: "iom" }, createdAt: minutesAgo(5) },
        { actorId: field.user.id, action: "SIGN_IN", entityType: "User", entityId: field.user.id, createdAt: minutesAgo(6) },
        { actorId: field.user.id, action: "READ", entityType: "Incident", incidentId: incident.id, changes: { kind: "print" }, createdAt: new Date("2016-10-25T12:00:00Z") },
      ],
    });
    const today = new Date().toISOString().slice(0, 10);
    const { reader, rows, total, isCapped } = await findUserReads(coordinator.sessionUser, filter({ user: field.user.id, from: today, to: today }));
    expect(reader.id).toBe(field.user.id);
    expect({ total, isCapped }).toEqual({ total: 2, isCapped: false });
    expect(rows).toMatchObject([
      { action: "READ", kind: "view", incident: { id: incident.id, reference: incident.reference } },
      { action: "EXPORT", export: { filters: "status=VERIFIED", rows: 42, layout: "iom" } },
    ]);
    const past = await findUserReads(coordinator.sessionUser, filter({ user: field.user.id, from: "2016-10-25", to: "2016-10-25" }));
    expect(past.rows).toMatchObject([{ action: "READ", kind: "print" }]);
  });

  it("pages", async () => {
    const { incident, field, admin } = await world();
    await db.auditEvent.createMany({ data: Array.from({ length: 51 }, (_, i) => ({ actorId: field.user.id, action: "READ" as const, entityType: "Incident", incidentId: incident.id, createdAt: new Date(Date.UTC(2016, 9, 25, 0, i)) })) });
    const second = await findUserReads(admin.sessionUser, filter({ user: field.user.id, from: "2016-10-25", page: "2" }));
    expect(second).toMatchObject({ total: 51, page: 2, pageCount: 2 });
    expect(second.rows).toHaveLength(1);
  });

  it("is for the coordinators and admins of the user's own organization alone", async () => {
    const { field, partnerCoordinator, strangerCoordinator, coordinator } = await world();
    const { sessionUser: otherAdmin } = await createAdmin();
    for (const viewer of [partnerCoordinator.sessionUser, strangerCoordinator.sessionUser, otherAdmin]) {
      await expect(findUserReads(viewer, filter({ user: field.user.id }))).rejects.toMatchObject({ code: "not-found" });
    }
    await expect(findUserReads(field.sessionUser, filter({ user: coordinator.user.id }))).rejects.toMatchObject({ code: "forbidden" });
  });
});
