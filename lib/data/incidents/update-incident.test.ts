import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { englishText } from "@/lib/i18n/english-text";
import { db } from "@/lib/db";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { createIncident } from "./create-incident";
import { updateIncident } from "./update-incident";

type User = Awaited<ReturnType<typeof createUser>>["sessionUser"];

const snapshot = async (id: string) => ({
  incident: await db.incident.findUniqueOrThrow({ where: { id }, include: { injuries: true, evacuations: true, partners: true } }),
  events: await db.auditEvent.count({ where: { incidentId: id } }),
});

describe("updateIncident", () => {
  let field: User;
  let coordinator: User;
  let partnerUser: User;
  let outsider: User;
  let partnerOrganizationId: string;

  beforeAll(async () => {
    const own = await createOrganization();
    const partner = await createOrganization();
    const other = await createOrganization();
    partnerOrganizationId = partner.id;
    [field, coordinator, partnerUser, outsider] = await Promise.all([
      createUser(own.id, "FIELD"), createUser(own.id, "COORDINATOR"), createUser(partner.id, "COORDINATOR"), createUser(other.id, "ADMIN"),
    ].map(async (u) => (await u).sessionUser));
  });

  const create = (values = {}) => createIncident(field, incidentFormValues({ partners: [{ organizationId: partnerOrganizationId, role: "BODY_RECOVERY" }], ...values }));

  it("saves the edit, bumps the version, replaces rows and records one UPDATE event with the reason", async () => {
    const { id, reference } = await create({ dead: "11" });
    const result = await updateIncident(field, id, incidentFormValues({
      version: 1, dead: "29", reason: "On closer examination", position: "33.4 N 12.5 E",
      injuries: [{ type: "FUEL_BURN", severity: "SERIOUS", count: "23" }],
      partners: [{ organizationId: partnerOrganizationId, role: "MEDICAL_CARE" }],
    }));
    expect(result).toEqual({ id, reference });
    const { incident } = await snapshot(id);
    expect(incident).toMatchObject({ dead: 29, version: 2, latitude: 33.4, longitude: 12.5, updatedById: field.id });
    expect(incident.injuries).toMatchObject([{ type: "FUEL_BURN", severity: "SERIOUS", count: 23 }]);
    expect(incident.partners).toMatchObject([{ organizationId: partnerOrganizationId, role: "MEDICAL_CARE" }]);
    expect(incident.evacuations).toHaveLength(2);

    const update = await db.auditEvent.findFirstOrThrow({ where: { incidentId: id, action: "UPDATE" } });
    expect(update).toMatchObject({ actorId: field.id, reason: "On closer examination" });
    const changes = update.changes as Record<string, { from: unknown; to: unknown }>;
    expect(changes.dead).toEqual({ from: 11, to: 29 });
    expect(changes.injuries).toEqual({ from: ["FUEL_BURN/MINOR: 12", "FUEL_BURN/SERIOUS: 11"], to: ["FUEL_BURN/SERIOUS: 23"] });
    expect(changes.partners.to).toEqual([expect.stringMatching(/: MEDICAL_CARE$/)]);
    expect(Object.keys(changes).sort()).toEqual(["dead", "injuries", "latitude", "longitude", "partners", "positionText"]);
  });

  it("keeps the reference when occurredAt moves to another year", async () => {
    const { id, reference } = await create();
    await updateIncident(field, id, incidentFormValues({ version: 1, occurredAt: "2017-03-01T10:00:00Z" }));
    expect(await db.incident.findUniqueOrThrow({ where: { id } })).toMatchObject({ reference, version: 2 });
  });

  it("writes nothing when nothing changed", async () => {
    const { id } = await create();
    const before = await snapshot(id);
    await updateIncident(field, id, incidentFormValues({ version: 1, partners: [{ organizationId: partnerOrganizationId, role: "BODY_RECOVERY" }] }));
    expect(await snapshot(id)).toEqual(before);
  });

  it("refuses an edit of a stale version, saying what differs, and writes nothing", async () => {
    const { id } = await create();
    await updateIncident(coordinator, id, incidentFormValues({ version: 1, dead: "30", narrative: "Revised by the coordinator." }));
    const before = await snapshot(id);
    const stale = updateIncident(field, id, incidentFormValues({ version: 1, rescued: "108" }));
    await expect(stale).rejects.toMatchObject({ code: "conflict" });
    const message = await stale.catch((error: Error) => englishText(error.message));
    expect(message).toMatch(/you edited version 1; it is now at version 2, Draft\)\. It now differs from your input in: .*Persons rescued.*Dead.*Narrative/);
    expect(await snapshot(id)).toEqual(before);
  });

  it("lets exactly one of two simultaneous edits of the same version through", async () => {
    const { id } = await create();
    const results = await Promise.allSettled(["30", "31"].map((dead) => updateIncident(field, id, incidentFormValues({ version: 1, dead }))));
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect(await db.auditEvent.count({ where: { incidentId: id, action: "UPDATE" } })).toBe(1);
  });

  it("writes nothing for invalid input", async () => {
    const { id } = await create();
    const before = await snapshot(id);
    await expect(updateIncident(field, id, { ...incidentFormValues({ version: 1 }), dead: "-1" })).rejects.toBeInstanceOf(z.ZodError);
    await expect(updateIncident(field, id, incidentFormValues({ version: 1, partners: [{ organizationId: field.organizationId, role: "TRANSFER" }] })))
      .rejects.toMatchObject({ code: "invalid", fieldErrors: { "partners.0.organizationId": [expect.any(String)] } });
    expect(await snapshot(id)).toEqual(before);
  });

  it("hides another organization's incident, refuses a partner and a verified case to field staff", async () => {
    const { id } = await create();
    const edit = incidentFormValues({ version: 1, dead: "30" });
    await expect(updateIncident(outsider, id, edit)).rejects.toMatchObject({ code: "not-found" });
    await expect(updateIncident(partnerUser, id, edit)).rejects.toMatchObject({ code: "forbidden", message: expect.stringMatching(/partner/) });
    await db.incident.update({ where: { id }, data: { status: "VERIFIED" } });
    await expect(updateIncident(field, id, edit)).rejects.toMatchObject({ code: "forbidden", message: "You cannot edit this case while it is verified." });
    await expect(updateIncident(field, "not-a-uuid", edit)).rejects.toMatchObject({ code: "not-found" });
    expect(await db.auditEvent.count({ where: { incidentId: id, action: "UPDATE" } })).toBe(0);
  });
});
