import { describe, expect, it } from "vitest";
import { getRevisions } from "@/lib/data/incidents/revisions";
import { db } from "@/lib/db";
import { createIncident, createOrganization, createUser } from "@/lib/test/factories";
import { eventValues } from "@/lib/test/timeline-factories";
import { addTimelineEvent } from "./add-timeline-event";
import { removeTimelineEvent } from "./remove-timeline-event";
import { setPhaseAndOutcome } from "./set-phase-outcome";
import { getTimelineRevisions } from "./timeline-revisions";
import { updateTimelineEvent } from "./update-timeline-event";

describe("getTimelineRevisions", () => {
  it("tells the timeline's history in order: added, changed (from what), removed, phase and outcome", async () => {
    const { id: organizationId } = await createOrganization();
    const { sessionUser: user } = await createUser(organizationId);
    const incident = await createIncident(organizationId, { status: "DRAFT", rescued: 107 });
    const { id: eventId } = await addTimelineEvent(user, incident.id, eventValues(1, { type: "PERSONS_TAKEN_ABOARD", count: "100" }));
    await updateTimelineEvent(user, incident.id, eventId, eventValues(2, { type: "PERSONS_TAKEN_ABOARD", count: "107", note: "Recounted" }));
    await setPhaseAndOutcome(user, incident.id, { phase: "AUTO", outcome: "RESCUED_BY_THIS_ORGANIZATION", version: 3 });
    await removeTimelineEvent(user, incident.id, eventId, 4);

    const revisions = await getTimelineRevisions(user, incident.id);
    expect(revisions.map((r) => [r.kind, r.event?.type ?? null, r.changes, r.reason])).toEqual([
      ["case", null, { phase: { from: "OPEN", to: "ON_SCENE" } }, "Follows the timeline"],
      ["added", "PERSONS_TAKEN_ABOARD", {}, null],
      ["changed", "PERSONS_TAKEN_ABOARD", { count: { from: 100, to: 107 }, note: { from: null, to: "Recounted" } }, null],
      ["case", null, { outcome: { from: null, to: "RESCUED_BY_THIS_ORGANIZATION" } }, null],
      ["case", null, { phase: { from: "ON_SCENE", to: "OPEN" } }, "Follows the timeline"],
      ["removed", "PERSONS_TAKEN_ABOARD", {}, null],
    ]);
    // What an edit changed from: the event as it was then.
    expect(revisions[2].event).toMatchObject({ count: 100, note: null });
    expect(revisions.every((r) => r.actorName === "Test User")).toBe(true);
    // The figures' own revisions are not mixed up with the timeline's.
    expect(await getRevisions(user, incident.id)).toEqual([]);
  });

  it("is not found for another organization", async () => {
    const [{ id: owner }, { id: other }] = await Promise.all([createOrganization(), createOrganization()]);
    const incident = await createIncident(owner);
    const { sessionUser } = await createUser(other);
    await expect(getTimelineRevisions(sessionUser, incident.id)).rejects.toMatchObject({ code: "not-found" });
    expect(await db.auditEvent.count({ where: { incidentId: incident.id } })).toBe(0);
  });
});
