import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { db } from "@/lib/db";
import { downloadFull } from "@/lib/data/export/export-test-world";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { messageKey } from "@/lib/i18n/message-key";
import { createOrganization, createUser, createVessel, incidentFormValues } from "@/lib/test/factories";
import { workbookBytes } from "@/lib/xlsx/test-workbook";
import { importIncidents, type ImportOptions } from "./import-incidents";
import { file, withoutTimes } from "./import-test-files";

type User = Awaited<ReturnType<typeof createUser>>["sessionUser"];
let coordinator: User;
const dryRun: ImportOptions = { fileName: "ledger", commit: false, allOrNothing: false, createUnknown: false };
const ALL = "status=DRAFT&status=SUBMITTED&status=VERIFIED&status=ARCHIVED";
const bytesOf = async (query: string) => (await downloadFull(coordinator, query)).bytes;
// What differs between two files of the same rows: the name, the hash and the time taken.
const sameReport = (report: Awaited<ReturnType<typeof importIncidents>>) => ({ ...report, fileName: "", fileHash: "", durationMs: 0 });

beforeAll(async () => {
  const org = await createOrganization();
  coordinator = (await createUser(org.id, "COORDINATOR")).sessionUser;
  const vessel = await createVessel(org.id);
  await createIncident(coordinator, incidentFormValues({ vesselId: vessel.id, intent: "submit" }));
  await createIncident(coordinator, incidentFormValues({
    occurredAt: "2017-06-01T14:00:00Z", position: "35°52'N 5°19'W", narrative: "=cmd|' /C calc'!A0", source: "-from a radio call",
    injuries: [], evacuations: [], rescued: "", dead: "0", missing: "1", causesOfDeath: [], region: "", route: "",
  }));
});

describe("importing an Excel workbook", () => {
  it("gives the report and the stored rows the same data as CSV gives", async () => {
    const csv = (await downloadFull(coordinator, `${ALL}&bom=0`)).text;
    const xlsx = await bytesOf(`${ALL}&format=xlsx`);
    await db.incident.deleteMany({ where: { organizationId: coordinator.organizationId } });
    const fromCsv = await importIncidents(coordinator, new TextEncoder().encode(csv), dryRun);
    const fromXlsx = await importIncidents(coordinator, xlsx, dryRun);
    expect(fromXlsx).toMatchObject({ layout: "ledger", create: 2, skipped: 0, problemCount: 0 });
    expect(sameReport(fromXlsx)).toEqual(sameReport(fromCsv));

    expect(await importIncidents(coordinator, xlsx, { ...dryRun, commit: true })).toMatchObject({ create: 2, committed: true });
    expect(withoutTimes((await downloadFull(coordinator, `${ALL}&bom=0`)).text)).toEqual(withoutTimes(csv));
    expect(await importIncidents(coordinator, xlsx, dryRun)).toMatchObject({ create: 0, update: 0, unchanged: 2 });
  });

  it("reads a workbook typed by hand (numbers, dates, a chosen sheet) as the same rows in CSV", async () => {
    const header = ["reference", "occurred_at", "position_text", "rescued", "dead"];
    const rows = [["", new Date("2016-10-25T06:30:00Z"), "33.25, 12.6", 107, 29], ["", new Date("2016-11-02T00:00:00Z"), "35.5, 12.6", 12, null]];
    const xlsx = await workbookBytes((book) => {
      book.addWorksheet("About").addRow(["Exported by hand"]);
      book.addWorksheet("Cases").addRows([header, ...rows]);
    });
    const csv = file(header.join(","), ",2016-10-25T06:30:00.000Z,\"33.25, 12.6\",107,29", ",2016-11-02T00:00:00.000Z,\"35.5, 12.6\",12,");
    const fromCsv = await importIncidents(coordinator, csv, dryRun);
    const fromXlsx = await importIncidents(coordinator, xlsx, { ...dryRun, sheet: "Cases" });
    expect(fromXlsx).toMatchObject({ create: 2, skipped: 0 });
    expect(sameReport(fromXlsx)).toEqual(sameReport(fromCsv));
  });

  it("refuses, before writing anything, a sheet that is not there, and offers a mapping for a first sheet in none of our layouts", async () => {
    const xlsx = await workbookBytes((book) => book.addWorksheet("Notes").addRow(["Read me"]));
    const before = await db.auditEvent.count({ where: { actorId: coordinator.id } });
    await expect(importIncidents(coordinator, xlsx, { ...dryRun, sheet: "Cases" })).rejects.toEqual(
      new AppError("invalid", messageKey("validation.import.xlsxNoSuchSheet", { sheet: "Cases", sheets: "Notes" })));
    expect(await importIncidents(coordinator, xlsx, dryRun)).toMatchObject({ rowsRead: 0, mappingOffer: { isSaved: false } });
    expect(await db.auditEvent.count({ where: { actorId: coordinator.id } })).toBe(before);
  });
});

describe("files that are neither CSV nor Excel", () => {
  it.each([
    ["an old Excel workbook (.xls)", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "validation.import.xlsFile"],
    ["a PDF named .csv", new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n\u0000"), "validation.import.binaryFile"],
    ["random bytes named .xlsx", new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 256), "validation.import.binaryFile"],
  ])("refuses %s with a message", async (_, bytes, key) => {
    const error = await importIncidents(coordinator, bytes, dryRun).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message.startsWith(key)).toBe(true);
  });

  it("refuses an OpenDocument spreadsheet (.ods)", async () => {
    const { zipOf } = await import("@/lib/xlsx/test-zip");
    const ods = zipOf([{ name: "mimetype", stored: true, data: "application/vnd.oasis.opendocument.spreadsheet" }, { name: "content.xml", data: "<x/>" }]);
    await expect(importIncidents(coordinator, ods, dryRun)).rejects.toEqual(new AppError("invalid", messageKey("validation.import.xlsxNotWorkbook")));
  });
});
