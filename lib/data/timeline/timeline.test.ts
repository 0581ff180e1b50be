import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { englishText } from "@/lib/i18n/english-text";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { createIncident, createOrganization, createUser, createVessel } from "@/lib/test/factories";
import { eventValues, timelineState } from "@/lib/test/timeline-factories";
import { addTimelineEvent } from "./add-timeline-event";
import { listTimelineEvents } from "./list-timeline-events";
import { removeTimelineEvent } from "./remove-timeline-event";
import { setPhaseAndOutcome } from "./set-phase-outcome";
import { updateTimelineEvent } from "./update-timeline-event";

let field: SessionUser;
let organizationId: string;

beforeAll(async () => {
  ({ id: organizationId } = await createOrganization());
  field = (await createUser(organizationId, "FIELD")).sessionUser;
});

const newCase = (data = {}) => createIncident(organizationId, { status: "DRAFT", rescued: 107, ...data });
const versionOf = async (id: string) => (await db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const add = async (incidentId: string, overrides: Parameters<typeof eventValues>[1] = {}) => addTimelineEvent(field, incidentId, eventValues(await versionOf(incidentId), overrides));

describe("adding, editing and removing events", () => {
  it("adds an event on the version the user saw: bumps it, moves the phase along, audits both", async () => {
    const incident = await newCase();
    const vessel = await createVessel(organizationId, { name: `Argos ${incident.id.slice(0, 6)}` });
    const { id } = await addTimelineEvent(field, incident.id, eventValues(1, { whoKind: "vessel", vesselId: vessel.id, position: "33°15.0'N 012°36.0'E", note: "Dinghy in sight" }));
    const row = await db.timelineEvent.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ incidentId: incident.id, type: "ON_SCENE", vesselId: vessel.id, positionText: "33°15.0'N 012°36.0'E", latitude: 33.25, longitude: 12.6, createdById: field.id });
    expect(row.occurredAt.toISOString()).toBe("2016-10-25T06:20:00.000Z");
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ version: 2, phase: "ON_SCENE", phaseSetByHand: false, updatedById: field.id });

    const audits = await db.auditEvent.findMany({ where: { incidentId: incident.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, a.entityType, a.reason])).toEqual([["UPDATE", "Incident", "Follows the timeline"], ["CREATE", "TimelineEvent", null]]);
    expect(audits[0].changes).toEqual({ phase: { from: "OPEN", to: "ON_SCENE" } });
    expect(audits[1]).toMatchObject({ actorId: field.id, entityId: id, organizationId });
    expect(audits[1].changes).toEqual({
      type: "ON_SCENE", occurredAt: "2016-10-25T06:20:00.000Z", alertSource: null, count: null, port: null, position: "33°15.0'N 012°36.0'E",
      who: `vessel ${vessel.name}`, linkedCase: null, evacuation: null, note: "Dinghy in sight",
    });
  });

  it("edits an event with an UPDATE audit of what changed, before and after; an edit that changes nothing writes nothing", async () => {
    const incident = await newCase();
    const { id } = await add(incident.id, { type: "PERSONS_TAKEN_ABOARD", count: "100", occurredAt: "2016-10-25T09:35+02:00" });
    await updateTimelineEvent(field, incident.id, id, eventValues(2, { type: "PERSONS_TAKEN_ABOARD", count: "107", occurredAt: "2016-10-25T09:40+02:00" }));
    const update = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "UPDATE" } });
    expect(update.changes).toEqual({ occurredAt: { from: "2016-10-25T07:35:00.000Z", to: "2016-10-25T07:40:00.000Z" }, count: { from: 100, to: 107 } });
    expect(await versionOf(incident.id)).toBe(3);

    const before = await timelineState(incident.id);
    await updateTimelineEvent(field, incident.id, id, eventValues(3, { type: "PERSONS_TAKEN_ABOARD", count: "107", occurredAt: "2016-10-25T09:40+02:00" }));
    expect(await timelineState(incident.id)).toEqual(before);
  });

  it("removes an event with a DELETE audit that keeps its picture, and the phase follows what is left", async () => {
    const incident = await newCase();
    await add(incident.id, { type: "ON_SCENE" });
    const { id } = await add(incident.id, { type: "DISEMBARKATION", port: "Augusta", count: "100", occurredAt: "2016-10-28T09:30+02:00" });
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).phase).toBe("DISEMBARKED");
    await removeTimelineEvent(field, incident.id, id, await versionOf(incident.id));
    expect(await db.timelineEvent.count({ where: { id } })).toBe(0);
    expect((await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).phase).toBe("ON_SCENE");
    const removal = await db.auditEvent.findFirstOrThrow({ where: { entityId: id, action: "DELETE" } });
    expect(removal.changes).toMatchObject({ type: "DISEMBARKATION", port: "Augusta", count: 100, occurredAt: "2016-10-28T07:30:00.000Z" });
  });

  it("lists the events in time order with who in words", async () => {
    const incident = await newCase();
    await add(incident.id, { type: "RESCUE_STARTED", occurredAt: "2016-10-25T08:30+02:00" });
    await add(incident.id, { type: "ALERT_RECEIVED", alertSource: "HOTLINE", occurredAt: "2016-10-25T07:10+02:00", whoKind: "authority", authority: "Alarm Phone" });
    const timeline = await listTimelineEvents(field, incident.id);
    expect(timeline.events.map((e) => [e.type, e.who])).toEqual([["ALERT_RECEIVED", "Alarm Phone"], ["RESCUE_STARTED", null]]);
    expect(timeline).toMatchObject({ phase: "ON_SCENE", phaseSetByHand: false, outcome: null });
  });

  it("is not found for an event of another case", async () => {
    const [mine, theirs] = await Promise.all([newCase(), newCase()]);
    const { id } = await add(theirs.id);
    await expect(updateTimelineEvent(field, mine.id, id, eventValues(1))).rejects.toMatchObject({ code: "not-found" });
    await expect(removeTimelineEvent(field, mine.id, id, 1)).rejects.toMatchObject({ code: "not-found" });
    await expect(removeTimelineEvent(field, mine.id, "not-a-uuid", 1)).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("phase and outcome", () => {
  it("keeps a phase set by hand through later events, follows the timeline again on AUTO, and audits each change", async () => {
    const incident = await newCase();
    await add(incident.id, { type: "ON_SCENE" });
    await setPhaseAndOutcome(field, incident.id, { phase: "CLOSED", outcome: "INTERCEPTED_RETURNED_LIBYA", version: await versionOf(incident.id) });
    await add(incident.id, { type: "POS_REQUESTED", occurredAt: "2016-10-25T12:00+02:00" });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ phase: "CLOSED", phaseSetByHand: true, outcome: "INTERCEPTED_RETURNED_LIBYA" });

    await setPhaseAndOutcome(field, incident.id, { phase: "AUTO", outcome: "INTERCEPTED_RETURNED_LIBYA", version: await versionOf(incident.id) });
    expect(await db.incident.findUniqueOrThrow({ where: { id: incident.id } })).toMatchObject({ phase: "AWAITING_POS", phaseSetByHand: false });
    const changes = (await db.auditEvent.findMany({ where: { incidentId: incident.id, entityType: "Incident", reason: null }, orderBy: { id: "asc" } })).map((a) => a.changes);
    expect(changes).toEqual([
      { phase: { from: "ON_SCENE", to: "CLOSED" }, phaseSetByHand: { from: false, to: true }, outcome: { from: null, to: "INTERCEPTED_RETURNED_LIBYA" } },
      { phase: { from: "CLOSED", to: "AWAITING_POS" }, phaseSetByHand: { from: true, to: false } },
    ]);
  });
});

describe("optimistic concurrency", () => {
  it("refuses a change made on a version someone else moved on, writing nothing", async () => {
    const incident = await newCase();
    await add(incident.id);
    const before = await timelineState(incident.id);
    const stale = await AppErrorOf(addTimelineEvent(field, incident.id, eventValues(1, { type: "RESCUE_STARTED" })));
    expect(stale).toMatchObject({ code: "conflict" });
    expect(englishText(stale.message)).toMatch(/you saw version 1; it is now at version 2/);
    expect(await timelineState(incident.id)).toEqual(before);
  });

  it("lets exactly one of many concurrent changes made on the same version through", async () => {
    const incident = await newCase();
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, (_, i) =>
      addTimelineEvent(field, incident.id, eventValues(1, { type: "OTHER", note: `attempt ${i}` }))));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => (o as PromiseRejectedResult).reason.code)).toEqual(Array(11).fill("conflict"));
    expect(await db.timelineEvent.count({ where: { incidentId: incident.id } })).toBe(1);
    expect(await versionOf(incident.id)).toBe(2);
  });
});

async function AppErrorOf(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}
