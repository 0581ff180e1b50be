import { beforeAll, describe, expect, it } from "vitest";
import { addTimelineEvent } from "@/lib/data/timeline/add-timeline-event";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import type { IncidentFormValues } from "@/lib/schemas/incident";
import { eventValues } from "@/lib/test/timeline-factories";
import { createIncident } from "./create-incident";
import { updateIncident } from "./update-incident";

// A medical-evacuation event links to one of the case's evacuation rows; editing the case's figures
// must not cut that link unless the row itself is removed.
let field: SessionUser;
beforeAll(async () => {
  field = (await createUser((await createOrganization()).id, "FIELD")).sessionUser;
});

const HELICOPTER = { count: "2", means: "HELICOPTER", destination: "Lampedusa", evacuatedAt: "2016-10-25T12:40:00+02:00" } as const;
const BOAT = { count: "5", means: "BOAT", destination: "Lampedusa", evacuatedAt: "2016-10-25T19:15:00+02:00" } as const;

const versionOf = async (id: string) => (await db.incident.findUniqueOrThrow({ where: { id } })).version;
const edit = async (id: string, evacuations: IncidentFormValues["evacuations"]) =>
  updateIncident(field, id, incidentFormValues({ version: await versionOf(id), evacuations }));
const linkOf = async (eventId: string) => {
  const event = await db.timelineEvent.findUniqueOrThrow({ where: { id: eventId }, include: { evacuation: true } });
  return event.evacuation && { means: event.evacuation.means, destination: event.evacuation.destination };
};

/** A case with both evacuations, and a medical-evacuation event on the boat's row. */
async function caseWithLinkedBoat() {
  const { id } = await createIncident(field, incidentFormValues({ evacuations: [HELICOPTER, BOAT] }));
  const boat = await db.evacuation.findFirstOrThrow({ where: { incidentId: id, means: "BOAT" } });
  const event = await addTimelineEvent(field, id, eventValues(await versionOf(id), { type: "MEDICAL_EVACUATION", occurredAt: "2016-10-25T19:15+02:00", evacuationId: boat.id }));
  return { id, eventId: event.id, boatId: boat.id };
}

describe("editing a case's evacuations keeps the timeline's links to them", () => {
  it("keeps the link when another row is edited or removed", async () => {
    const { id, eventId, boatId } = await caseWithLinkedBoat();
    await edit(id, [{ ...HELICOPTER, destination: "Malta" }, BOAT]);
    expect(await linkOf(eventId)).toEqual({ means: "BOAT", destination: "Lampedusa" });
    await edit(id, [BOAT]);
    expect(await linkOf(eventId)).toEqual({ means: "BOAT", destination: "Lampedusa" });
    expect(await db.evacuation.findMany({ where: { incidentId: id }, select: { id: true } })).toEqual([{ id: boatId }]);
  });

  it("keeps the link when the linked row itself is edited, and shows the edit through it", async () => {
    const { id, eventId } = await caseWithLinkedBoat();
    await edit(id, [HELICOPTER, { ...BOAT, destination: "Pozzallo" }]);
    expect(await linkOf(eventId)).toEqual({ means: "BOAT", destination: "Pozzallo" });
  });

  it("unlinks the event only when its row is removed", async () => {
    const { id, eventId } = await caseWithLinkedBoat();
    await edit(id, [HELICOPTER]);
    expect(await linkOf(eventId)).toBeNull();
    expect(await db.evacuation.count({ where: { incidentId: id } })).toBe(1);
  });
});
