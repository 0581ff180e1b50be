import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { updateIncident } from "@/lib/data/incidents/update-incident";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/users";
import { createIncident, createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { eventValues, timelineState } from "@/lib/test/timeline-factories";
import { createIncident as createIncidentAsUser } from "@/lib/data/incidents/create-incident";
import { addTimelineEvent } from "./add-timeline-event";
import { removeTimelineEvent } from "./remove-timeline-event";
import { updateTimelineEvent } from "./update-timeline-event";
import { englishText } from "@/lib/i18n/english-text";

// The issue's "bad input": each refused with a field error that names the problem, and nothing written.
let field: SessionUser;
let organizationId: string;
let otherOrganizationId: string;

beforeAll(async () => {
  ({ id: organizationId } = await createOrganization());
  ({ id: otherOrganizationId } = await createOrganization());
  field = (await createUser(organizationId, "FIELD")).sessionUser;
});

const newCase = (data = {}) => createIncident(organizationId, { status: "DRAFT", rescued: 107, ...data });
const versionOf = async (id: string) => (await db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const add = async (incidentId: string, overrides: Parameters<typeof eventValues>[1] = {}) => addTimelineEvent(field, incidentId, eventValues(await versionOf(incidentId), overrides));

/** The refusal's field errors, after checking that nothing was written. */
async function refusal(incidentId: string, change: () => Promise<unknown>) {
  const before = await timelineState(incidentId);
  const error = await change().then(() => null, (e: unknown) => e);
  expect(await timelineState(incidentId)).toEqual(before);
  if (error instanceof z.ZodError) return Object.fromEntries(error.issues.map((i) => [i.path.join("."), englishText(i.message)]));
  expect(error).toMatchObject({ code: "invalid" });
  const { fieldErrors } = error as { fieldErrors: Record<string, string[]> };
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map(englishText)]));
}

describe("the timeline's rules, checked on the server", () => {
  it("refuses an event in the future", async () => {
    const incident = await newCase();
    const future = new Date(Date.now() + 2 * 3_600_000).toISOString();
    expect(await refusal(incident.id, () => add(incident.id, { occurredAt: future }))).toEqual({ occurredAt: "Time cannot be in the future." });
  });

  it("refuses a disembarkation before the rescue, added or made so by moving the rescue", async () => {
    const incident = await newCase();
    const rescue = await add(incident.id, { type: "RESCUE_STARTED", occurredAt: "2016-10-25T08:30+02:00" });
    expect(await refusal(incident.id, () => add(incident.id, { type: "DISEMBARKATION", port: "Augusta", occurredAt: "2016-10-25T07:00+02:00" }))).toEqual({
      occurredAt: ["The disembarkation (2016-10-25 05:00 UTC) is before the rescue (“rescue started”, 2016-10-25 06:30 UTC): correct one of the times."],
    });
    await add(incident.id, { type: "DISEMBARKATION", port: "Augusta", occurredAt: "2016-10-28T09:30+02:00" });
    const moved = await refusal(incident.id, async () => updateTimelineEvent(field, incident.id, rescue.id, eventValues(await versionOf(incident.id), { type: "RESCUE_STARTED", occurredAt: "2016-10-29T08:30+02:00" })));
    expect(moved.occurredAt).toEqual([expect.stringMatching(/^The disembarkation \(2016-10-28 07:30 UTC\) is before the rescue/)]);
  });

  it("refuses a return without a called-away before it, and removing the called-away a return answers", async () => {
    const incident = await newCase();
    expect(await refusal(incident.id, () => add(incident.id, { type: "RETURNED", occurredAt: "2016-10-25T12:20+02:00" }))).toEqual({
      type: ["The return to the case (2016-10-25 10:20 UTC) has no “called away to another case” before it: record when the ship was called away first, or correct the time."],
    });
    const away = await add(incident.id, { type: "CALLED_AWAY", occurredAt: "2016-10-25T09:50+02:00" });
    const back = await add(incident.id, { type: "RETURNED", occurredAt: "2016-10-25T12:20+02:00" });
    const movedBack = await refusal(incident.id, async () => updateTimelineEvent(field, incident.id, back.id, eventValues(await versionOf(incident.id), { type: "RETURNED", occurredAt: "2016-10-25T09:00+02:00" })));
    expect(movedBack).toEqual({ occurredAt: [expect.stringMatching(/^The return to the case \(2016-10-25 07:00 UTC\) has no/)] });
    const removal = await refusal(incident.id, async () => removeTimelineEvent(field, incident.id, away.id, await versionOf(incident.id)));
    expect(removal.form).toEqual([expect.stringMatching(/^The return to the case \(2016-10-25 10:20 UTC\) has no/)]);
    const retyped = await refusal(incident.id, async () => updateTimelineEvent(field, incident.id, away.id, eventValues(await versionOf(incident.id), { type: "OTHER", note: "x", occurredAt: "2016-10-25T09:50+02:00" })));
    expect(Object.keys(retyped)).toEqual(["type"]);
  });

  it("refuses more people taken aboard than the case's persons rescued, and an edit of the case that makes it so", async () => {
    const owner = await createIncidentAsUser(field, incidentFormValues());
    await add(owner.id, { type: "PERSONS_TAKEN_ABOARD", count: "100" });
    expect(await refusal(owner.id, () => add(owner.id, { type: "PERSONS_TAKEN_ABOARD", count: "8" }))).toEqual({
      count: ["Persons taken aboard over the timeline (108) would be more than the case's persons rescued (107): correct this count or the number rescued."],
    });
    const lowered = await refusal(owner.id, async () => updateIncident(field, owner.id, incidentFormValues({ version: await versionOf(owner.id), rescued: "99" })));
    expect(lowered).toEqual({ rescued: ["Persons rescued (99) is less than the persons taken aboard on the case's timeline (100): correct the number rescued or the timeline."] });
    await updateIncident(field, owner.id, incidentFormValues({ version: await versionOf(owner.id), rescued: "100" }));
  });

  it("treats a linked case the user cannot read exactly like one that does not exist", async () => {
    const incident = await newCase();
    const theirs = await createIncident(otherOrganizationId, { status: "SUBMITTED" });
    const unreadable = await refusal(incident.id, () => add(incident.id, { type: "CALLED_AWAY", linkedReference: theirs.reference }));
    const missing = await refusal(incident.id, () => add(incident.id, { type: "CALLED_AWAY", linkedReference: "NOPE-2016-0001" }));
    expect(unreadable).toEqual({ linkedReference: [`No case “${theirs.reference}” was found among those you can read: check the reference.`] });
    expect(missing).toEqual({ linkedReference: ["No case “NOPE-2016-0001” was found among those you can read: check the reference."] });
    expect(await refusal(incident.id, () => add(incident.id, { type: "CALLED_AWAY", linkedReference: incident.reference }))).toEqual({
      linkedReference: ["This is the case itself: give the reference of the other case."],
    });

    const reference = `SW-2016-${incident.id.slice(0, 6)}`.toUpperCase();
    const partnered = await createIncident(otherOrganizationId, { reference, partners: { create: [{ organizationId, role: "TRANSFER" }] } });
    const { id } = await add(incident.id, { type: "CALLED_AWAY", linkedReference: partnered.reference.toLowerCase() });
    expect((await db.timelineEvent.findUniqueOrThrow({ where: { id } })).linkedIncidentId).toBe(partnered.id);
  });

  it("links a medical evacuation to the case's own evacuation rows only", async () => {
    const incident = await newCase({ evacuations: { create: [{ count: 2, means: "HELICOPTER", destination: "Lampedusa" }] } });
    const other = await newCase({ evacuations: { create: [{ count: 1, means: "BOAT" }] } });
    const [own] = await db.evacuation.findMany({ where: { incidentId: incident.id } });
    const [foreign] = await db.evacuation.findMany({ where: { incidentId: other.id } });
    expect(await refusal(incident.id, () => add(incident.id, { type: "MEDICAL_EVACUATION", evacuationId: foreign.id }))).toEqual({
      evacuationId: ["This evacuation is not one of this case's: choose another."],
    });
    const { id } = await add(incident.id, { type: "MEDICAL_EVACUATION", evacuationId: own.id });
    expect(await db.auditEvent.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({ changes: expect.objectContaining({ evacuation: "2 by helicopter to Lampedusa" }) });
  });
});
