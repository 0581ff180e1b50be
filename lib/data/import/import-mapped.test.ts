import { beforeAll, describe, expect, it } from "vitest";
import { csvRecord } from "@/lib/csv/writer";
import type { SessionUser } from "@/lib/data/users";
import { db } from "@/lib/db";
import { messageKey } from "@/lib/i18n/message-key";
import { FIELD } from "@/lib/schemas/incident-labels";
import type { ImportMapping } from "@/lib/import-mapping/schema";
import { createOrganization, createUser } from "@/lib/test/factories";
import { importIncidents, type ImportOptions } from "./import-incidents";
import { offerMapping } from "./import-mappings";
import { file } from "./import-test-files";

// A researcher's spreadsheet: headers of its own, day-first dates, words for causes and boats.
const HEADER = ["Incident date", "No. dead", "Lat", "Lon", "Cause of death (category)", "Boat", "Notes"];
const research = () => file(
  csvRecord(HEADER),
  csvRecord(["25/10/2016", "29", "33.25", "12.6", "Drowning / noyade, Hypothermia", "rubber", "Off Sabratha"]),
  csvRecord(["03/11/2016", "1,022", "35.5", "14.2", "Unknown", "wooden", ""]),
  csvRecord(["31/02/2016", "2", "34", "13", "Drowning", "catamaran", ""]),
);
const dryRun: ImportOptions = { fileName: "research.csv", commit: false, allOrNothing: false, createUnknown: false };
let coordinator: SessionUser;
let other: SessionUser;
const incidents = () => db.incident.findMany({ where: { organizationId: coordinator.organizationId }, orderBy: { occurredAt: "asc" } });

beforeAll(async () => {
  coordinator = (await createUser((await createOrganization()).id, "COORDINATOR")).sessionUser;
  other = (await createUser((await createOrganization()).id, "ADMIN")).sessionUser;
});

describe("importing a file in a layout of its own through a column mapping", () => {
  let mapping: ImportMapping;

  it("offers a mapping for headers it does not know, and writes nothing", async () => {
    const report = await importIncidents(coordinator, research(), dryRun);
    expect(report).toMatchObject({ layout: "mapped", rowsRead: 0, mappingOffer: { isSaved: false } });
    mapping = report.mappingOffer!.proposal;
    expect(mapping.columns.map((c) => c.field)).toEqual(["occurred_at", "dead", "latitude", "longitude", "causes_of_death", "boat_type", "narrative"]);
    expect(mapping).toMatchObject({ dateOrder: "dmy", values: { causes_of_death: { "Drowning / noyade": "DROWNING", Unknown: "UNKNOWN" }, boat_type: { rubber: "INFLATABLE" } } });
    expect(await incidents()).toEqual([]);
  });

  it("refuses a mapping that breaks a rule before reading a row", async () => {
    const noDate = { ...mapping, columns: mapping.columns.map((c) => (c.field === "occurred_at" ? { ...c, field: "ignore" as const } : c)) };
    await expect(importIncidents(coordinator, research(), { ...dryRun, commit: true, mapping: noDate })).rejects.toMatchObject({
      code: "invalid", message: messageKey("validation.importMapping.refused", { problem: messageKey("validation.importMapping.dateUnmapped", { label: FIELD.occurredAt }) }),
    });
    await expect(importIncidents(coordinator, research(), { ...dryRun, mapping: { ...mapping, dateOrder: "mdy" } })).rejects.toMatchObject({ code: "invalid" });
    await expect(importIncidents(coordinator, research(), { ...dryRun, mapping: { columns: "all" } })).rejects.toMatchObject({ code: "invalid" });
    expect(await incidents()).toEqual([]);
  });

  it("checks the rows as the ledger's, naming the file's columns, then imports them and saves the mapping", async () => {
    mapping = { ...mapping, columns: mapping.columns.map((c) => (c.header === "Notes" ? { ...c, field: "source" } : c)) };
    const report = await importIncidents(coordinator, research(), { ...dryRun, mapping });
    expect(report).toMatchObject({ layout: "mapped", rowsRead: 3, create: 2, skipped: 1 });
    expect(report.problems.map((p) => `${p.row} ${p.column} ${p.value}`)).toEqual(["4 Incident date 31/02/2016", "4 Boat catamaran"]);
    expect(report.notes).toContainEqual({ column: "Boat", from: "rubber", to: "INFLATABLE", rows: 1 });

    const committed = await importIncidents(coordinator, research(), { ...dryRun, commit: true, expectedHash: report.fileHash, mapping });
    expect(committed).toMatchObject({ committed: true, create: 2 });
    expect(await incidents()).toMatchObject([
      { occurredAt: new Date("2016-10-25T00:00:00Z"), dead: 29, latitude: 33.25, longitude: 12.6, causesOfDeath: ["DROWNING", "HYPOTHERMIA"], boatType: "INFLATABLE", source: "Off Sabratha", narrative: null },
      { occurredAt: new Date("2016-11-03T00:00:00Z"), dead: 1022, causesOfDeath: ["UNKNOWN"], boatType: "WOODEN" },
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { actorId: coordinator.id, action: "IMPORT" }, orderBy: { id: "desc" } });
    expect(audit.changes).toMatchObject({ layout: "mapped", committed: true, mapping });
  });

  it("offers the saved mapping again for the same headers, in any order and case, to its organization only", async () => {
    const reordered = file(csvRecord([...HEADER].reverse().map((h) => h.toUpperCase())), csvRecord(["", "wooden", "Unknown", "14", "35", "1", "04/11/2016"]));
    const offer = (await importIncidents(coordinator, reordered, dryRun)).mappingOffer!;
    expect(offer.isSaved).toBe(true);
    expect(offer.proposal.columns.map((c) => c.field)).toEqual(["source", "boat_type", "causes_of_death", "longitude", "latitude", "dead", "occurred_at"]);
    expect(offer.proposal.values).toEqual(mapping.values);

    const elsewhere = (await importIncidents(other, research(), dryRun)).mappingOffer!;
    expect(elsewhere.isSaved).toBe(false);
    expect(elsewhere.proposal.columns.find((c) => c.header === "Notes")?.field).toBe("narrative");
    expect(await db.importMapping.count({ where: { organizationId: other.organizationId } })).toBe(0);
  });

  it("lets only those who may import read mappings", async () => {
    const field = (await createUser(coordinator.organizationId, "FIELD")).sessionUser;
    await expect(offerMapping(field, { header: HEADER, columns: [], rowCount: 0, sample: [] })).rejects.toMatchObject({ code: "forbidden" });
  });
});
