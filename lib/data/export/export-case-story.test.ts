import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { EVENT_COLUMNS, TRACK_COLUMNS } from "@/lib/csv/columns";
import { downloadFull, exportWorld, rowsOf } from "./export-test-world";

// The timeline's events and the track's points as long-format files: one row each, scoped like the
// incident export, and a linked case named only when the reader may read it.
let world: Awaited<ReturnType<typeof exportWorld>>;
beforeAll(async () => {
  world = await exportWorld();
  const { reference, unknowns, partnered, draft, foreign } = world.incidents;
  const at = (hhmm: string) => new Date(`2016-10-25T${hhmm}:00Z`);
  await db.timelineEvent.createMany({ data: [
    { incidentId: reference.id, occurredAt: at("05:10"), type: "ALERT_RECEIVED", alertSource: "HOTLINE", authority: "Alarm Phone", positionText: "33°16'N 012°35'E", latitude: 33.266667, longitude: 12.583333 },
    { incidentId: reference.id, occurredAt: at("06:20"), type: "ON_SCENE", vesselId: world.vessel.id },
    { incidentId: reference.id, occurredAt: at("07:35"), type: "PERSONS_TAKEN_ABOARD", count: 107, organizationId: world.partner.id, note: "=SUM(A1)" },
    { incidentId: reference.id, occurredAt: at("07:50"), type: "CALLED_AWAY", linkedIncidentId: unknowns.id },
    { incidentId: reference.id, occurredAt: at("10:20"), type: "RETURNED", linkedIncidentId: foreign.id },
    { incidentId: partnered.id, occurredAt: new Date("2016-05-01T12:00:00Z"), type: "DISEMBARKATION", port: "Augusta", count: 139 },
    { incidentId: draft.id, occurredAt: at("08:00"), type: "OTHER", note: "A draft's event" },
    { incidentId: foreign.id, occurredAt: at("08:00"), type: "OTHER", note: "Another organization's event" },
  ] });
  await db.trackPoint.createMany({ data: [
    { incidentId: reference.id, occurredAt: at("14:30"), positionText: "33°15.9'N 012°37.3'E", latitude: 33.265, longitude: 12.621667, note: "@drift" },
    { incidentId: reference.id, occurredAt: at("12:30"), positionText: "33.2567, 12.61", latitude: 33.2567, longitude: 12.61 },
    { incidentId: foreign.id, occurredAt: at("12:30"), positionText: "35, 14", latitude: 35, longitude: 14 },
  ] });
});

describe("events and track export", () => {
  it("writes one row per event of the incidents the list shows, in their order then by time, a foreign linked case left out", async () => {
    const { header, rows } = rowsOf((await downloadFull(world.coordinator, "table=events&period=all")).text);
    expect(header).toEqual(EVENT_COLUMNS.map((c) => c.name));
    const ref = world.incidents.reference.reference;
    expect(rows.map((r) => [r.reference, r.event_time, r.event_type, r.who_kind, r.who, r.linked_case])).toEqual([
      [ref, "2016-10-25T05:10:00.000Z", "ALERT_RECEIVED", "AUTHORITY", "Alarm Phone", ""],
      [ref, "2016-10-25T06:20:00.000Z", "ON_SCENE", "VESSEL", world.vessel.name, ""],
      [ref, "2016-10-25T07:35:00.000Z", "PERSONS_TAKEN_ABOARD", "ORGANIZATION", world.partner.shortName, ""],
      [ref, "2016-10-25T07:50:00.000Z", "CALLED_AWAY", "", "", world.incidents.unknowns.reference],
      [ref, "2016-10-25T10:20:00.000Z", "RETURNED", "", "", ""],
      // A case the organization partnered on stays shareable in a full export: the day, no port.
      [world.incidents.partnered.reference, "2016-05-01", "DISEMBARKATION", "", "", ""],
    ]);
    expect(rows[0]).toMatchObject({ alert_source: "HOTLINE", position_text: "33°16'N 012°35'E", latitude: "33.266667", longitude: "12.583333", count: "" });
    expect(rows[2]).toMatchObject({ count: "107", note: "'=SUM(A1)" });
    expect(rows[5]).toMatchObject({ port: "", count: "139" });
  });

  it("writes one row per track point, in time order, scoped like the incidents, with formula-like notes neutralised", async () => {
    const response = await downloadFull(world.coordinator, "table=track&period=all");
    expect(response.response.headers.get("content-disposition")).toContain("rescue-ledger_track-full_all.csv");
    const { header, rows } = rowsOf(response.text);
    expect(header).toEqual(TRACK_COLUMNS.map((c) => c.name));
    expect(rows).toEqual([
      { reference: world.incidents.reference.reference, point_time: "2016-10-25T12:30:00.000Z", position_text: "33.2567, 12.61", latitude: "33.2567", longitude: "12.61", note: "" },
      { reference: world.incidents.reference.reference, point_time: "2016-10-25T14:30:00.000Z", position_text: "33°15.9'N 012°37.3'E", latitude: "33.265", longitude: "12.621667", note: "'@drift" },
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { actorId: world.coordinator.id, action: "EXPORT" }, orderBy: { createdAt: "desc" } });
    expect(audit.changes).toMatchObject({ rows: 2, layout: "track" });
  });
});
