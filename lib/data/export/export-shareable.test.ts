import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createIncident } from "@/lib/test/factories";
import { download, downloadFull, exportWorld, rowsOf } from "./export-test-world";

// What a shareable file leaves out and reduces, table by table, searched for in the CSV text itself.
const id = randomUUID().slice(0, 8);
const secret = (field: string) => `secret-${field}-${id}`;
const FILES = ["", "layout=iom", "layout=iom2021", "table=injuries", "table=evacuations", "table=nationalities", "table=revisions", "table=events", "table=track"];

let world: Awaited<ReturnType<typeof exportWorld>>;
let reference: string;
beforeAll(async () => {
  world = await exportWorld();
  const incident = await createIncident(world.own.id, {
    status: "VERIFIED", occurredAt: new Date("2016-10-25T06:30:00Z"), latitude: 33.2567, longitude: 12.6123, positionText: secret("position"),
    distanceToCoastNm: 26.1, narrative: secret("narrative"), source: secret("source"), locationOfDeath: secret("location"),
    sourceUrl: `https://example.org/${secret("url")}`, departurePlace: secret("departure"),
    departedAt: new Date("2016-10-24T22:15:00Z"), coordinatingAuthority: secret("authority"), disembarkationPort: secret("port"), seaState: secret("sea"),
    personsOnBoard: 110, rescued: 107, children: 12, infants: 1, unaccompaniedMinors: 4, women: 5, pregnantWomen: 2, men: 80, girls: 3, boys: 9, sexAgeUnknown: 0,
    nationalities: { create: [{ country: "SD", count: 3 }, { country: "ER", count: 40 }, { country: "GN", count: 2 }] },
    injuries: { create: [{ type: "FUEL_BURN", severity: "SERIOUS", count: 11 }] },
    evacuations: { create: [{ count: 2, means: "HELICOPTER", destination: secret("destination"), evacuatedAt: new Date("2016-10-25T10:40:00Z") }] },
  });
  reference = incident.reference;
  await db.timelineEvent.create({
    data: { incidentId: incident.id, occurredAt: new Date("2016-10-25T05:10:00Z"), type: "ALERT_RECEIVED", authority: secret("who"), port: secret("event-port"),
      positionText: secret("event-position"), latitude: 33.2667, longitude: 12.5833, note: secret("note") },
  });
  await db.trackPoint.create({ data: { incidentId: incident.id, occurredAt: new Date("2016-10-25T12:30:00Z"), positionText: secret("track"), latitude: 33.25, longitude: 12.66, note: secret("track-note") } });
  await db.auditEvent.create({
    data: { actorId: world.coordinator.id, organizationId: world.own.id, action: "UPDATE", entityType: "Incident", entityId: incident.id, incidentId: incident.id,
      changes: { dead: { from: 11, to: 29 } }, reason: secret("reason") },
  });
  await db.incident.update({ where: { id: world.incidents.partnered.id }, data: { narrative: secret("partner-narrative"), children: 2, latitude: 35.5555 } });
});

const rowOf = async (query: string, key = "reference") => rowsOf((await download(world.coordinator, query)).text).rows.filter((r) => r[key] === reference);

describe("shareable export", () => {
  it.each(FILES)("holds no narrative, source, note, typed position or other free text, and no time of day (%s)", async (query) => {
    const { response, text } = await download(world.field, `${query}&period=all`);
    expect(response.status).toBe(200);
    expect(text).toContain(reference);
    expect(text).not.toContain(`-${id}`);
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
    // The test can fail: the full file has them.
    if (query !== "table=injuries" && query !== "table=nationalities") expect((await downloadFull(world.coordinator, `${query}&period=all`)).text).toContain(`-${id}`);
  });

  it("rounds positions and the distance to the coast, keeps the day, and writes small counts of vulnerable people as <5", async () => {
    const [row] = await rowOf("");
    expect(row).toMatchObject({
      occurred_at: "2016-10-25", departed_at: "2016-10-24", latitude: "33.3", longitude: "12.6", distance_to_coast_nm: "24", position_text: "",
      children: "12", infants: "<5", unaccompanied_minors: "<5", women: "5", pregnant_women: "<5", men: "80", girls: "<5", boys: "9", sex_age_unknown: "0",
      nationalities: "ER: 40; GN: <5; SD: <5", evacuations: "2 HELICOPTER at 2016-10-25", injuries: "FUEL_BURN/SERIOUS: 11", persons_on_board: "110", rescued: "107",
      narrative: "", source: "", departure_place: "", coordinating_authority: "", disembarkation_port: "", sea_state: "",
    });
    const [iom] = await rowOf("layout=iom", "Incident ID");
    expect(iom).toMatchObject({
      "Incident Date": "Tue, 10/25/2016 - 12:00", Coordinates: "33.3, 12.6", "Number of Females": "5", "Number of Males": "80", "Number of Children": "12",
      "Country of Origin": "Eritrea, Guinea, Sudan", "Location of death": "", "Information Source": "", URL: "",
    });
    const [iom2021] = await rowOf("layout=iom2021", "Web ID");
    expect(iom2021).toMatchObject({ "Location Coordinates": "33.3, 12.6", "Number of Females": "5", "Number of Males": "80", "Number of Children": "12", "Location Description": "", "Information Source": "", URL: "" });
    expect((await rowOf("table=nationalities")).map((r) => [r.country, r.count])).toEqual([["ER", "40"], ["GN", "<5"], ["SD", "<5"]]);
    expect(await rowOf("table=events")).toMatchObject([{ event_time: "2016-10-25", who_kind: "AUTHORITY", who: "", latitude: "33.3", longitude: "12.6", position_text: "", note: "", port: "" }]);
    expect(await rowOf("table=track")).toEqual([{ reference, point_time: "2016-10-25", position_text: "", latitude: "33.3", longitude: "12.7", note: "" }]);
    expect(await rowOf("table=revisions")).toContainEqual({ reference, occurred_at: "2016-10-25", field: "dead", from: "11", to: "29", reason: "", changed_by: "", changed_at: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) });
  });

  it("keeps a partner's case shareable in a full export, and gives the organization's own cases in full", async () => {
    const { rows } = rowsOf((await downloadFull(world.coordinator, "period=all")).text);
    expect(rows.find((r) => r.reference === world.incidents.partnered.reference)).toMatchObject({ narrative: "", children: "<5", latitude: "35.6", occurred_at: "2016-05-01" });
    expect(rows.find((r) => r.reference === reference)).toMatchObject({ narrative: secret("narrative"), infants: "1", latitude: "33.2567", occurred_at: "2016-10-25T06:30:00.000Z" });
  });

  it("records the privacy level, and the reason of a full export, in the audit event", async () => {
    const lastExport = () => db.auditEvent.findFirstOrThrow({ where: { actorId: world.coordinator.id, action: "EXPORT" }, orderBy: { id: "desc" } });
    await download(world.coordinator, "table=injuries", "privacy=full&reason=++Yearly+report+for+UNHCR++");
    expect(await lastExport()).toMatchObject({ reason: "Yearly report for UNHCR", changes: { privacy: "full", layout: "injuries" } });
    await download(world.coordinator, "table=injuries", "privacy=shareable&reason=not+kept");
    expect(await lastExport()).toMatchObject({ reason: null, changes: { privacy: "shareable" } });
  });

  it("refuses a full export without a reason, from a link, or to field staff, with a message and no audit event", async () => {
    const count = () => db.auditEvent.count({ where: { action: "EXPORT", organizationId: world.own.id } });
    const before = await count();
    for (const [user, query, form, status, message] of [
      [world.coordinator, "", "privacy=full", 400, "Give the reason for a full export: it is kept in the audit log."],
      [world.coordinator, "", "privacy=full&reason=+++", 400, "Give the reason for a full export: it is kept in the audit log."],
      [world.coordinator, "", `privacy=full&reason=${"x".repeat(501)}`, 400, "Keep the reason to 500 characters or fewer."],
      [world.coordinator, "privacy=full&reason=x", undefined, 400, "A full export is asked for with the export form, which keeps its reason out of the address."],
      [world.field, "", "privacy=full&reason=Donor", 403, "Only coordinators and administrators may export full detail: choose the shareable file."],
      [world.coordinator, "", "privacy=everything", 400, "Choose a shareable or a full export."],
    ] as const) {
      const { response, text } = await download(user, query, form);
      expect(response.status, `${query} ${form}`).toBe(status);
      expect(text).toBe(message);
    }
    expect(await count()).toBe(before);
  });
});
