import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { englishText } from "@/lib/i18n/english-text";
import { messageKey } from "@/lib/i18n/message-key";
import { db } from "@/lib/db";
import { createOrganization, createUser } from "@/lib/test/factories";
import { importIncidents, type ImportOptions } from "./import-incidents";
import { file, IOM_2021_HEADER, iom2021Row, uniqueWebId } from "./import-test-files";

type User = Awaited<ReturnType<typeof createUser>>["sessionUser"];
let coordinator: User;
let field: User;
const check: ImportOptions = { fileName: "test.csv", commit: false, allOrNothing: false, createUnknown: false };
const commit: ImportOptions = { ...check, commit: true };
const countOwn = () => db.incident.count({ where: { organizationId: coordinator.organizationId } });

beforeAll(async () => {
  const org = await createOrganization();
  coordinator = (await createUser(org.id, "COORDINATOR")).sessionUser;
  field = (await createUser(org.id, "FIELD")).sessionUser;
});

describe("importing the IOM layout of 2014–2021", () => {
  it("reports a dry run without writing, then commits the valid rows and is idempotent", async () => {
    const [a, b] = [uniqueWebId(), uniqueWebId()];
    const csv = file(IOM_2021_HEADER, iom2021Row({ "Web ID": a }), iom2021Row({ "Web ID": b, "Number Dead": "-3" }));
    const before = await countOwn();
    const dry = await importIncidents(coordinator, csv, check);
    expect(dry).toMatchObject({ layout: "iom2021", rowsRead: 2, create: 1, update: 0, unchanged: 0, skipped: 1, committed: false });
    expect(dry.problems).toEqual([{ row: 3, column: "Number Dead", value: "-3", severity: "error", message: "A count cannot be negative." }]);
    expect(await countOwn()).toBe(before);

    const done = await importIncidents(coordinator, csv, { ...commit, expectedHash: dry.fileHash });
    expect(done).toMatchObject({ create: 1, skipped: 1, committed: true });
    const stored = await db.incident.findFirstOrThrow({ where: { sourceDataset: "IOM Missing Migrants", externalId: a } });
    expect(stored).toMatchObject({
      reference: `${coordinator.organizationShortName}-IOM-${a}`, status: "SUBMITTED", organizationId: coordinator.organizationId, occurredAt: new Date("2016-10-25T00:00:00Z"),
      dead: 29, missing: null, rescued: 107, causesOfDeath: ["DROWNING"], region: "Mediterranean", route: "Central Mediterranean",
      latitude: 33.25, longitude: 12.6, positionText: "33.25, 12.6", locationOfDeath: "26 nautical miles off Libya", narrative: null,
      source: "MSF", sourceUrl: "https://example.org/a",
      sourceQuality: 4, nearestCountry: "Libya", createdById: coordinator.id,
    });
    expect(stored.distanceToCoastNm).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { incidentId: stored.id, action: "CREATE", reason: "Imported from test.csv" } })).toBe(1);
    expect(await db.auditEvent.findFirst({ where: { actorId: coordinator.id, action: "IMPORT" }, orderBy: { id: "desc" } })).toMatchObject({ entityType: "Import", changes: expect.objectContaining({ layout: "iom2021", create: 1, skipped: 1 }) });

    const again = await importIncidents(coordinator, csv, commit);
    expect(again).toMatchObject({ create: 0, update: 0, unchanged: 1, skipped: 1 });
    const changed = await importIncidents(coordinator, file(IOM_2021_HEADER, iom2021Row({ "Web ID": a, "Number Dead": "30", "Total Dead and Missing": "30" })), commit);
    expect(changed).toMatchObject({ update: 1, committed: true });
    const update = await db.auditEvent.findFirstOrThrow({ where: { incidentId: stored.id, action: "UPDATE" } });
    expect(update.changes).toEqual({ dead: { from: 29, to: 30 } });
  });

  it("reads and reports the quirks of real files", async () => {
    const ids = Array.from({ length: 6 }, uniqueWebId);
    const report = await importIncidents(coordinator, file(
      IOM_2021_HEADER,
      iom2021Row({ "Web ID": ids[0], "Number Dead": "1,022", "Total Dead and Missing": "1,022" }),
      iom2021Row({ "Web ID": ids[1], "Location Coordinates": "-114.579342, 32.468858", Region: "US-Mexico Border", "Migration Route": "" }),
      iom2021Row({ "Web ID": ids[2], "Location Coordinates": "11.0083864, 35.0280963" }),
      iom2021Row({ "Web ID": ids[3], "Location Description": "Boat capsized,\nsurvivors said \"47\" were aboard", "Number Dead": "", "Total Dead and Missing": "" }),
      iom2021Row({ "Web ID": ids[4], "Reported Year": "2015", Region: "North Africa" }),
      iom2021Row({ "Web ID": ids[4] }),
    ), commit);
    const byRow = (row: number) => report.problems.filter((p) => p.row === row).map((p) => `${p.severity} ${p.column}: ${p.message}`);
    expect(byRow(2)).toEqual(["warning Number Dead: Read as 1022 (the comma is a thousands separator).", "warning Total Dead and Missing: Read as 1022 (the comma is a thousands separator)."]);
    expect(byRow(3)).toEqual(["warning Location Coordinates: Latitude and longitude were swapped (a latitude cannot be -114.579342): imported as 32.468858, -114.579342."]);
    expect(byRow(4)[0]).toMatch(/^error Location Coordinates: Latitude and longitude look swapped/);
    expect(byRow(5)).toEqual([]);
    expect(byRow(6)).toEqual(["warning Reported Year: Differs from the Reported Date (2016), which is imported."]);
    expect(byRow(7)).toEqual([`error Web ID: Same record as row 6: keep one of them.`]);
    expect(report.notes).toContainEqual({ column: "Region", from: "North Africa", to: "Northern Africa", rows: 1 });
    expect(report.notes).toContainEqual({ column: "Cause of Death", from: "Presumed drowning", to: "DROWNING", rows: 6 });
    const swapped = await db.incident.findFirstOrThrow({ where: { externalId: ids[1] } });
    expect(swapped).toMatchObject({ latitude: 32.468858, longitude: -114.579342, region: "Northern America", route: null });
    const multiline = await db.incident.findFirstOrThrow({ where: { externalId: ids[3] } });
    expect(multiline).toMatchObject({ locationOfDeath: 'Boat capsized,\nsurvivors said "47" were aboard', dead: null });
    expect(await db.incident.findFirst({ where: { externalId: ids[2] } })).toBeNull();
  });

  it("reports a conflict, and writes nothing, when the same records are imported twice at once", async () => {
    const csv = file(IOM_2021_HEADER, iom2021Row({}), iom2021Row({}));
    const results = await Promise.allSettled([importIncidents(coordinator, csv, commit), importIncidents(coordinator, csv, commit)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected")!;
    expect(rejected.reason).toMatchObject({ code: "conflict", message: messageKey("validation.import.changedMeanwhile") });
  });

  it("writes nothing when all or nothing is chosen and a row has an error", async () => {
    const before = await countOwn();
    const report = await importIncidents(coordinator, file(IOM_2021_HEADER, iom2021Row({}), iom2021Row({ "Reported Date": "31/08/2021" })), { ...commit, allOrNothing: true });
    expect(report).toMatchObject({ committed: false, create: 1, skipped: 1, refusal: "Nothing was imported: 1 row has errors and you chose all or nothing." });
    expect(report.problems[0]).toMatchObject({ row: 3, column: "Reported Date", message: expect.stringMatching(/ambiguous/) });
    expect(await countOwn()).toBe(before);
  });

  it("refuses unreadable files, unknown headers, another file than the one checked, and field staff", async () => {
    const refusal = (promise: Promise<unknown>) => promise.then(() => "accepted", (e: AppError) => `${e.code}: ${englishText(e.message)}`);
    expect(await refusal(importIncidents(coordinator, file("name;age", "x;1"), check))).toMatch(/^invalid: The header row matches neither layout\. The header seems to use semicolons.*occurred_at.*Main ID, Incident ID, Region, Incident Date.*Web ID, Region, Reported Date/);
    // Other headers are offered a column mapping (import-mapped.test.ts).
    expect(await importIncidents(coordinator, file("name,age", "x,1"), check)).toMatchObject({ rowsRead: 0, mappingOffer: { isSaved: false } });
    expect(await refusal(importIncidents(coordinator, new Uint8Array([0x57, 0xe9, 0x0a]), check))).toMatch(/^invalid: The file is not UTF-8: it looks like Latin-1/);
    expect(await refusal(importIncidents(coordinator, file(IOM_2021_HEADER, '"1,2\n'), check))).toMatch(/^invalid: Line 2: the quoted field opened here is never closed/);
    expect(await refusal(importIncidents(coordinator, file(IOM_2021_HEADER, iom2021Row({})), { ...commit, expectedHash: "0".repeat(64) }))).toMatch(/^conflict: This is not the file that was checked/);
    expect(await refusal(importIncidents(field, file(IOM_2021_HEADER, iom2021Row({})), check))).toMatch(/^forbidden/);
  });
});
