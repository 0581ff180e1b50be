import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { changeIncidentStatus } from "./change-incident-status";
import { createIncident } from "./create-incident";
import { deleteIncident } from "./delete-incident";
import { getIncident } from "./get-incident";

type User = Awaited<ReturnType<typeof createUser>>["sessionUser"];

describe("changeIncidentStatus and deleteIncident", () => {
  let field: User;
  let coordinator: User;
  let partnerUser: User;
  let outsider: User;

  beforeAll(async () => {
    const own = await createOrganization();
    const partner = await createOrganization();
    const other = await createOrganization();
    [field, coordinator, partnerUser, outsider] = await Promise.all([
      createUser(own.id, "FIELD"), createUser(own.id, "COORDINATOR"), createUser(partner.id, "ADMIN"), createUser(other.id, "COORDINATOR"),
    ].map(async (u) => (await u).sessionUser));
  });

  const create = () => createIncident(field, incidentFormValues({ partners: [{ organizationId: partnerUser.organizationId, role: "TRANSFER" }] }));
  const statusEvents = (incidentId: string) => db.auditEvent.findMany({ where: { incidentId, action: "STATUS_CHANGE" }, orderBy: { id: "asc" } });

  it("takes a case from draft to submitted to verified to archived, each with a STATUS_CHANGE event", async () => {
    const { id, reference } = await create();
    expect(await changeIncidentStatus(field, id, "submit")).toEqual({ id, reference });
    await changeIncidentStatus(coordinator, id, "verify", 2);
    await changeIncidentStatus(coordinator, id, "archive");
    expect(await db.incident.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ARCHIVED", version: 4, updatedById: coordinator.id });
    const events = await statusEvents(id);
    expect(events.map((e) => [e.actorId, e.changes])).toEqual([
      [field.id, { status: { from: "DRAFT", to: "SUBMITTED" } }],
      [coordinator.id, { status: { from: "SUBMITTED", to: "VERIFIED" } }],
      [coordinator.id, { status: { from: "VERIFIED", to: "ARCHIVED" } }],
    ]);
  });

  it("does not let field staff verify, nor anyone skip a step", async () => {
    const { id } = await create();
    await expect(changeIncidentStatus(coordinator, id, "verify")).rejects.toMatchObject({ code: "forbidden", message: "You cannot verify this case while it is draft." });
    await changeIncidentStatus(field, id, "submit");
    await expect(changeIncidentStatus(field, id, "verify")).rejects.toMatchObject({ code: "forbidden", message: "Your role cannot verify cases." });
    await expect(changeIncidentStatus(field, id, "archive")).rejects.toMatchObject({ code: "forbidden" });
    expect(await statusEvents(id)).toHaveLength(1);
  });

  it("hides another organization's incident, refuses partners, stale versions and unknown actions", async () => {
    const { id } = await create();
    await expect(changeIncidentStatus(outsider, id, "submit")).rejects.toMatchObject({ code: "not-found" });
    await expect(changeIncidentStatus(partnerUser, id, "submit")).rejects.toMatchObject({ code: "forbidden" });
    await expect(changeIncidentStatus(field, id, "submit", 7)).rejects.toMatchObject({ code: "conflict" });
    await expect(changeIncidentStatus(field, id, "publish")).rejects.toThrow();
    expect(await db.incident.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DRAFT", version: 1 });
    expect(await statusEvents(id)).toHaveLength(0);
  });

  it("soft-deletes a draft with a DELETE event; the case then looks missing", async () => {
    const { id, reference } = await create();
    expect(await deleteIncident(field, id)).toEqual({ id, reference });
    const stored = await db.incident.findUniqueOrThrow({ where: { id } });
    expect(stored.deletedAt).toBeInstanceOf(Date);
    expect(stored.version).toBe(2);
    expect(await db.auditEvent.findFirst({ where: { incidentId: id, action: "DELETE" } })).toMatchObject({ actorId: field.id, changes: { reference, status: "DRAFT" } });
    await expect(getIncident(field, id)).rejects.toMatchObject({ code: "not-found" });
    await expect(deleteIncident(field, id)).rejects.toMatchObject({ code: "not-found" });
  });

  it("lets field staff delete only drafts, and nobody outside the organization", async () => {
    const { id } = await create();
    await expect(deleteIncident(outsider, id)).rejects.toMatchObject({ code: "not-found" });
    await expect(deleteIncident(partnerUser, id)).rejects.toMatchObject({ code: "forbidden" });
    await changeIncidentStatus(field, id, "submit");
    await expect(deleteIncident(field, id)).rejects.toMatchObject({ code: "forbidden" });
    await deleteIncident(coordinator, id, 2);
    expect((await db.incident.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
  });
});
