import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { englishText } from "@/lib/i18n/english-text";
import { getTimelineRevisions } from "@/lib/data/timeline/timeline-revisions";
import type { TrackPointFormValues } from "@/lib/schemas/track";
import { type AccessWorld, createAccessWorld, createIncidentIn, missingId, outcomeOf } from "@/lib/test/access-world";
import { addTrackPoint } from "./add-track-point";
import { listTrackPoints } from "./list-track-points";
import { removeTrackPoint } from "./remove-track-point";
import { updateTrackPoint } from "./update-track-point";

let world: AccessWorld;
beforeAll(async () => {
  world = await createAccessWorld();
});

const values = (version: number, overrides: Partial<TrackPointFormValues> = {}): TrackPointFormValues =>
  ({ occurredAt: "2016-10-25T15:30+02:00", position: "33°16.1'N 012°37.9'E", note: "Adrift", version, ...overrides });

/** What a refused change must leave untouched: the points, the case's version, the audit trail. */
async function trackState(incidentId: string) {
  const [points, incident, audits] = await Promise.all([
    db.trackPoint.findMany({ where: { incidentId }, orderBy: { id: "asc" } }),
    db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { version: true, updatedAt: true } }),
    db.auditEvent.count({ where: { incidentId } }),
  ]);
  return { points, incident, audits };
}

describe("track points", () => {
  it("field staff add, edit and remove their organization's points on the version they saw, each audited before/after and shown in the history", async () => {
    const incident = await createIncidentIn(world, "own", "DRAFT");
    const field = world.users.FIELD;
    const { id } = await addTrackPoint(field, incident.id, values(1, { position: "33.2683, 12.6317" }));
    expect(await db.trackPoint.findUniqueOrThrow({ where: { id } })).toMatchObject({
      incidentId: incident.id, positionText: "33.2683, 12.6317", latitude: 33.2683, longitude: 12.6317, note: "Adrift", createdById: field.id,
      occurredAt: new Date("2016-10-25T13:30:00Z"),
    });
    await updateTrackPoint(field, incident.id, id, values(2, { position: "33°16.1'N 012°37.9'E", note: "Adrift" }));
    await updateTrackPoint(field, incident.id, id, values(3, { position: "33°16.1'N 012°37.9'E", note: "Adrift" }));
    expect((await trackState(incident.id)).incident.version).toBe(3);

    const audits = await db.auditEvent.findMany({ where: { incidentId: incident.id, entityType: "TrackPoint" }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["CREATE", "UPDATE"]);
    expect(audits[0].changes).toEqual({ occurredAt: "2016-10-25T13:30:00.000Z", position: "33.2683, 12.6317", note: "Adrift" });
    expect(audits[1].changes).toEqual({ position: { from: "33.2683, 12.6317", to: "33°16.1'N 012°37.9'E" } });

    await removeTrackPoint(field, incident.id, id, 3);
    expect((await trackState(incident.id)).points).toEqual([]);
    const history = await getTimelineRevisions(field, incident.id);
    expect(history.map((r) => [r.entity, r.kind])).toEqual([["TrackPoint", "added"], ["TrackPoint", "changed"], ["TrackPoint", "removed"]]);
    expect(history[2].event).toMatchObject({ position: "33°16.1'N 012°37.9'E" });
  });

  it("partners read the points and change none; another organization's case looks exactly like a missing one", async () => {
    const partnerCase = await createIncidentIn(world, "partner", "SUBMITTED");
    const point = await db.trackPoint.create({ data: { incidentId: partnerCase.id, occurredAt: new Date("2016-10-25T13:30:00Z"), positionText: "33.27, 12.63", latitude: 33.27, longitude: 12.63 } });
    const field = world.users.FIELD;
    expect((await listTrackPoints(field, partnerCase.id)).map((p) => [p.id, p.position])).toEqual([[point.id, expect.stringContaining("33°")]]);
    const before = await trackState(partnerCase.id);
    expect((await outcomeOf(() => addTrackPoint(field, partnerCase.id, values(1)))).outcome).toBe("forbidden");
    expect((await outcomeOf(() => updateTrackPoint(field, partnerCase.id, point.id, values(1)))).outcome).toBe("forbidden");
    expect((await outcomeOf(() => removeTrackPoint(field, partnerCase.id, point.id, 1))).outcome).toBe("forbidden");
    expect(await trackState(partnerCase.id)).toEqual(before);

    const otherCase = await createIncidentIn(world, "other", "SUBMITTED");
    await db.trackPoint.create({ data: { incidentId: otherCase.id, occurredAt: new Date("2016-10-25T13:30:00Z"), positionText: "33.27, 12.63", latitude: 33.27, longitude: 12.63 } });
    const missing = await outcomeOf(() => listTrackPoints(world.users.COORDINATOR, missingId()));
    for (const run of [() => listTrackPoints(world.users.COORDINATOR, otherCase.id), () => addTrackPoint(field, otherCase.id, values(1))]) {
      expect(await outcomeOf(run)).toEqual(missing);
    }
  });

  it("refuses a stale version, a point of another case, a future time and an unreadable position, writing nothing", async () => {
    const incident = await createIncidentIn(world, "own", "DRAFT");
    const field = world.users.FIELD;
    const { id } = await addTrackPoint(field, incident.id, values(1));
    const before = await trackState(incident.id);
    const stale = (await updateTrackPoint(field, incident.id, id, values(1, { note: "late" })).catch((error: unknown) => error)) as AppError;
    expect(stale).toMatchObject({ code: "conflict" });
    expect(englishText(stale.message)).toContain("you saw version 1; it is now at version 2");
    const elsewhere = await createIncidentIn(world, "own", "DRAFT");
    expect((await outcomeOf(() => removeTrackPoint(field, elsewhere.id, id, 1))).outcome).toBe("not-found");
    const future = new Date(Date.now() + 86_400_000).toISOString();
    await expect(addTrackPoint(field, incident.id, values(2, { occurredAt: future, position: "near Lampedusa" }))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["occurredAt"] }), expect.objectContaining({ path: ["position"] })],
    });
    expect(await trackState(incident.id)).toEqual(before);
  });
});
