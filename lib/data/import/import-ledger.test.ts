import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { downloadFull } from "@/lib/data/export/export-test-world";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { csvRecord } from "@/lib/csv/writer";
import { createIncident as createRawIncident, createOrganization, createUser, createVessel, incidentFormValues } from "@/lib/test/factories";
import { addTimelineEvent } from "@/lib/data/timeline/add-timeline-event";
import { eventValues } from "@/lib/test/timeline-factories";
import { importIncidents, type ImportOptions } from "./import-incidents";
import { file, withoutTimes } from "./import-test-files";

type User = Awaited<ReturnType<typeof createUser>>["sessionUser"];
let coordinator: User;
let admin: User;
let partnerShortName: string;
let vesselName: string;
const commit: ImportOptions = { fileName: "ledger.csv", commit: true, allOrNothing: false, createUnknown: false };
const ALL = "status=DRAFT&status=SUBMITTED&status=VERIFIED&status=ARCHIVED&bom=0";

beforeAll(async () => {
  const org = await createOrganization();
  const partner = await createOrganization();
  partnerShortName = partner.shortName;
  coordinator = (await createUser(org.id, "COORDINATOR")).sessionUser;
  admin = (await createUser(org.id, "ADMIN")).sessionUser;
  const vessel = await createVessel(org.id);
  vesselName = vessel.name;
  await createIncident(coordinator, incidentFormValues({ vesselId: vessel.id, partners: [{ organizationId: partner.id, role: "BODY_RECOVERY" }], intent: "submit" }));
  await createIncident(coordinator, incidentFormValues({
    occurredAt: "2017-06-01T14:00:00Z", position: "35°52'N 5°19'W", narrative: "=cmd|' /C calc'!A0", source: "-from a radio call",
    injuries: [], evacuations: [], rescued: "", dead: "0", missing: "1", causesOfDeath: [], region: "", route: "",
  }));
});

describe("importing the Rescue Ledger layout", () => {
  it("reproduces every field after the incidents are exported, removed and imported again", async () => {
    const exported = (await downloadFull(coordinator, ALL)).text;
    expect(await importIncidents(coordinator, new TextEncoder().encode(exported), commit)).toMatchObject({ create: 0, update: 0, unchanged: 2, skipped: 0 });

    await db.incident.deleteMany({ where: { organizationId: coordinator.organizationId } });
    const report = await importIncidents(coordinator, new TextEncoder().encode(exported), commit);
    expect(report).toMatchObject({ layout: "ledger", create: 2, skipped: 0, problemCount: 0, committed: true });
    expect(withoutTimes((await downloadFull(coordinator, ALL)).text)).toEqual(withoutTimes(exported));
  });

  it("updates changed rows, numbers rows without a reference, and keeps other columns as they are", async () => {
    const [stored] = await db.incident.findMany({ where: { organizationId: coordinator.organizationId, rescued: 107 }, select: { reference: true, id: true, vesselId: true } });
    const report = await importIncidents(coordinator, file(
      "reference,occurred_at,position_text,rescued,status",
      csvRecord([stored.reference, "2016-10-25T06:30:00Z", "33°15.0'N 012°36.0'E", "109", "VERIFIED"]),
      csvRecord(["", "October 3, 2013", "35.5, 12.6", "155", ""]),
    ), commit);
    expect(report).toMatchObject({ create: 1, update: 1, skipped: 0 });
    expect(report.notes).toContainEqual({ column: "occurred_at", from: "date without a time, read as 00:00 UTC", to: "", rows: 1 });
    expect(await db.incident.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ rescued: 109, status: "VERIFIED", vesselId: stored.vesselId, dead: 29, version: 2 });
    const update = await db.auditEvent.findFirstOrThrow({ where: { incidentId: stored.id, action: "UPDATE" } });
    expect(update).toMatchObject({ reason: "Imported from ledger.csv", changes: { rescued: { from: 107, to: 109 }, status: { from: "SUBMITTED", to: "VERIFIED" } } });
    expect(await db.incident.findFirstOrThrow({ where: { organizationId: coordinator.organizationId, rescued: 155 } })).toMatchObject({
      reference: `${coordinator.organizationShortName}-2013-0001`, status: "SUBMITTED", occurredAt: new Date("2013-10-03T00:00:00Z"),
    });
  });

  it("reports rows it cannot take: another organization's reference, an unknown vessel, a broken rule", async () => {
    const foreign = await createRawIncident((await createOrganization()).id);
    const report = await importIncidents(coordinator, file(
      "reference,occurred_at,position_text,vessel,partners,rescued,dead,missing,persons_on_board",
      csvRecord([foreign.reference, "2016-10-25T06:30:00Z", "33.2, 12.6", "", "", "1", "", "", ""]),
      csvRecord(["", "2016-10-25T06:30:00Z", "33.2, 12.6", "Nonexistent Star", "", "1", "", "", ""]),
      csvRecord(["", "2016-10-25T06:30:00Z", "33.2, 12.6", vesselName.toUpperCase(), `${partnerShortName}: SPOTTING`, "100", "10", "", "50"]),
      csvRecord(["", "2016-10-25", "", "", "", "1", "", "", ""]),
    ), { ...commit, commit: false });
    const messages = report.problems.map((p) => `${p.row} ${p.severity} ${p.column}: ${p.message}`);
    expect(messages).toEqual([
      `2 error reference: Only references of ${coordinator.organizationShortName} (${coordinator.organizationShortName}-…) can be imported here: leave the row out or clear its reference to number it anew.`,
      `3 error vessel: Unknown vessel "Nonexistent Star": an administrator can add it, or tick “create unknown vessels and organizations”.`,
      `4 warning vessel: Read as the existing vessel "${vesselName}".`,
      "4 error persons_on_board: Rescued, dead and missing (110) are more than the estimated persons on board (50): correct one of them.",
      expect.stringMatching(/^5 error position_text: Position is required/),
    ]);
  });

  it("refuses a number rescued below the people its timeline took aboard, as the form does", async () => {
    const { id, reference } = await createIncident(coordinator, incidentFormValues({ occurredAt: "2016-11-02T09:00:00Z" }));
    await addTimelineEvent(coordinator, id, eventValues(1, { type: "PERSONS_TAKEN_ABOARD", occurredAt: "2016-11-02T10:00Z", count: "100" }));
    const before = await db.incident.findUniqueOrThrow({ where: { id } });
    const report = await importIncidents(coordinator, file("reference,occurred_at,position_text,rescued", csvRecord([reference, "2016-11-02T09:00:00Z", "33.2, 12.6", "90"])), commit);
    expect(report.problems.map((p) => `${p.row} ${p.severity} ${p.column}: ${p.message}`)).toEqual([
      "2 error rescued: Persons rescued (90) is less than the persons taken aboard on the case's timeline (100): correct the number rescued or the timeline.",
    ]);
    expect(await db.incident.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await importIncidents(coordinator, file("reference,occurred_at,position_text,rescued", csvRecord([reference, "2016-11-02T09:00:00Z", "33.2, 12.6", "100"])), commit)).toMatchObject({ update: 1, skipped: 0 });
  });

  it("creates unknown vessels on confirm when an administrator asks for it", async () => {
    const name = `Aurora ${Date.now()}`;
    const csv = file("occurred_at,position_text,vessel,rescued", csvRecord(["2016-10-25T06:30:00Z", "33.2, 12.6", name, "12"]));
    const refused = await importIncidents(coordinator, csv, { ...commit, createUnknown: true });
    expect(refused.problems[0].message).toMatch(/only an administrator may create it/);
    const report = await importIncidents(admin, csv, { ...commit, createUnknown: true });
    expect(report).toMatchObject({ create: 1, newVessels: [name], committed: true });
    const vessel = await db.vessel.findFirstOrThrow({ where: { name }, include: { incidents: true } });
    expect(vessel).toMatchObject({ kind: "OTHER", organizationId: admin.organizationId });
    expect(vessel.incidents).toHaveLength(1);
  });

  it("tells which layouts it knows when the header matches none", async () => {
    await expect(importIncidents(coordinator, file("date;lat;lon"), commit)).rejects.toThrow(AppError);
    await expect(importIncidents(coordinator, file("date;lat;lon"), commit)).rejects.toThrow(/semicolons/);
  });
});
