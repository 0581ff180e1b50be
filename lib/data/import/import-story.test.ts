import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { downloadFull, exportWorld } from "@/lib/data/export/export-test-world";
import { addTimelineEvent } from "@/lib/data/timeline/add-timeline-event";
import { addTrackPoint } from "@/lib/data/track/add-track-point";
import { eventValues } from "@/lib/test/timeline-factories";
import { importIncidents, type ImportOptions } from "./import-incidents";

// The events and track points files round-trip: exported, imported back unchanged; removed, imported
// back as they were — through the case page's own code, under its rules.
let world: Awaited<ReturnType<typeof exportWorld>>;
const options = (commit: boolean): ImportOptions => ({ fileName: "story.csv", commit, allOrNothing: false, createUnknown: false });
const exported = async (table: string) => (await downloadFull(world.coordinator, `table=${table}&period=all&bom=0`)).text;
const importText = (text: string, commit: boolean) => importIncidents(world.coordinator, new TextEncoder().encode(text), options(commit));
const versionOf = async (id: string) => (await db.incident.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

beforeAll(async () => {
  world = await exportWorld();
  const { id } = world.incidents.reference;
  const add = async (overrides: Parameters<typeof eventValues>[1]) => addTimelineEvent(world.coordinator, id, eventValues(await versionOf(id), overrides));
  await add({ type: "ALERT_RECEIVED", occurredAt: "2016-10-25T05:10Z", alertSource: "HOTLINE", whoKind: "authority", authority: "Alarm Phone", position: "33°16'N 012°35'E" });
  await add({ type: "ON_SCENE", occurredAt: "2016-10-25T06:20Z", whoKind: "vessel", vesselId: world.vessel.id });
  await add({ type: "PERSONS_TAKEN_ABOARD", occurredAt: "2016-10-25T07:35Z", count: "107", whoKind: "organization", organizationId: world.partner.id, note: "=SUM(A1)" });
  await add({ type: "CALLED_AWAY", occurredAt: "2016-10-25T07:50Z", linkedReference: world.incidents.unknowns.reference });
  await add({ type: "RETURNED", occurredAt: "2016-10-25T10:20Z", linkedReference: world.incidents.unknowns.reference });
  for (const [occurredAt, position, note] of [["2016-10-25T12:30Z", "33.2567, 12.61", ""], ["2016-10-25T14:30Z", "33°15.9'N 012°37.3'E", "@drift"]]) {
    await addTrackPoint(world.coordinator, id, { occurredAt, position, note, version: await versionOf(id) });
  }
});

describe("importing the events and track points files back", () => {
  for (const table of ["events", "track"] as const) {
    it(`${table}: a file just exported changes nothing; once the rows are gone, importing it puts them back as they were`, async () => {
      const before = await exported(table);
      const rows = before.trim().split("\n").length - 1;
      expect(rows).toBe(table === "events" ? 5 : 2);
      expect(await importText(before, false)).toMatchObject({ layout: table, rowsRead: rows, create: 0, unchanged: rows, skipped: 0, problemCount: 0 });

      const incidentId = world.incidents.reference.id;
      if (table === "events") await db.timelineEvent.deleteMany({ where: { incidentId } });
      else await db.trackPoint.deleteMany({ where: { incidentId } });
      const version = await versionOf(incidentId);
      const dryRun = await importText(before, false);
      expect(dryRun).toMatchObject({ create: rows, committed: false });
      expect(await versionOf(incidentId)).toBe(version);
      expect(await importText(before, true)).toMatchObject({ create: rows, unchanged: 0, skipped: 0, committed: true });
      expect(await exported(table)).toBe(before);
      expect(await versionOf(incidentId)).toBe(version + rows);
      const audits = await db.auditEvent.count({ where: { incidentId, entityType: table === "events" ? "TimelineEvent" : "TrackPoint", action: "CREATE", reason: "Imported from story.csv" } });
      expect(audits).toBe(rows);
    });
  }

  it("refuses rows of another organization's case, unreadable positions and events the timeline's rules forbid, and adds the others", async () => {
    const own = world.incidents.unknowns.reference;
    const text = [
      "reference,event_time,event_type,position_text,note",
      `${world.incidents.foreign.reference},2016-10-25T06:00:00Z,ON_SCENE,,`,
      `${own},2016-10-25T06:00:00Z,ON_SCENE,north of Lampedusa,`,
      `${own},2016-10-25T06:05:00Z,RETURNED,,back`,
      `${own},2016-10-25T06:10:00Z,ON_SCENE,"33.3, 12.7",fine`,
    ].join("\n");
    const report = await importText(text, true);
    expect(report).toMatchObject({ layout: "events", rowsRead: 4, create: 1, skipped: 3, committed: true });
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([[2, "reference"], [3, "position_text"], [4, "event_type"]]);
    expect(report.problems[0].message).toMatch(/^No case .* among /);
    expect(report.problems[2].message).toMatch(/called away/);
    const events = await db.timelineEvent.findMany({ where: { incidentId: world.incidents.unknowns.id } });
    expect(events.map((e) => e.note)).toEqual(["fine"]);
  });
});
