import { beforeAll, describe, expect, it } from "vitest";
import type { ImportReport } from "@/lib/csv/import-report";
import { csvRecord } from "@/lib/csv/writer";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { deleteIncident } from "@/lib/data/incidents/delete-incident";
import { db } from "@/lib/db";
import { createIncident as createRawIncident, createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { importIncidents, type ImportOptions } from "./import-incidents";
import { file, IOM_2021_HEADER, iom2021Row, uniqueWebId } from "./import-test-files";

// An import row can only match or create incidents of the importing organization: another
// organization's reference or record gets exactly the answer a nonexistent one gets.
type User = Awaited<ReturnType<typeof createUser>>["sessionUser"];
let importer: User;
let victim: User;
let victimCase: { reference: string; externalId: string };
const check: ImportOptions = { fileName: "foreign.csv", commit: false, allOrNothing: false, createUnknown: false };
const commit: ImportOptions = { ...check, commit: true };
const HEADER = "reference,external_id,source_dataset,occurred_at,position_text,rescued,dead";
const ledgerRow = (reference: string, externalId = "", dataset = "") => csvRecord([reference, externalId, dataset, "2016-10-25T06:30:00Z", "33.2, 12.6", "400", "1"]);

/** The report with the keys in it replaced by placeholders: what a row with other keys would answer. */
function answer(report: ImportReport, keys: Record<string, string>) {
  let text = JSON.stringify({ ...report, fileHash: undefined, durationMs: undefined });
  for (const [placeholder, key] of Object.entries(keys)) if (key) text = text.replaceAll(key, placeholder);
  return JSON.parse(text);
}

beforeAll(async () => {
  const victimOrg = await createOrganization();
  victim = (await createUser(victimOrg.id, "COORDINATOR")).sessionUser;
  importer = (await createUser((await createOrganization()).id, "COORDINATOR")).sessionUser;
  const externalId = uniqueWebId();
  const stored = await createRawIncident(victimOrg.id, {
    reference: `${victim.organizationShortName}-2016-0042`, status: "SUBMITTED", personsOnBoard: 331, rescued: 300, dead: 2,
    externalId, sourceDataset: "Frontex JORA", latitude: 33.2, longitude: 12.6, positionText: "33.2, 12.6",
  });
  victimCase = { reference: stored.reference, externalId };
});

describe("importing rows that name another organization's incident", () => {
  const free = () => `${victim.organizationShortName}-1990-${String(1000 + Math.floor(Math.random() * 8999))}`;

  it.each([
    ["its reference", () => ({ reference: victimCase.reference, externalId: "", dataset: "" })],
    ["its reference with a new external id", () => ({ reference: victimCase.reference, externalId: uniqueWebId(), dataset: "Frontex JORA" })],
    ["its reference with its external id", () => ({ reference: victimCase.reference, externalId: victimCase.externalId, dataset: "Frontex JORA" })],
    ["its external id, without a reference", () => ({ reference: "", externalId: victimCase.externalId, dataset: "Frontex JORA" })],
  ])("answers a dry run for %s exactly as for keys nobody has, without its stored figures", async (_, keys) => {
    const taken = keys();
    const unknown = { reference: taken.reference ? free() : "", externalId: taken.externalId ? uniqueWebId() : "", dataset: taken.dataset };
    const dry = await importIncidents(importer, file(HEADER, ledgerRow(taken.reference, taken.externalId, taken.dataset)), check);
    const nobody = await importIncidents(importer, file(HEADER, ledgerRow(unknown.reference, unknown.externalId, unknown.dataset)), check);
    expect(answer(dry, { REF: taken.reference, EXT: taken.externalId })).toEqual(answer(nobody, { REF: unknown.reference, EXT: unknown.externalId }));
    expect(JSON.stringify(dry.problems)).not.toMatch(/\b(331|300)\b/);
  });

  it("answers an IOM record another organization imported as one nobody imported, and imports its own copy", async () => {
    const [taken, fresh] = [uniqueWebId(), uniqueWebId()];
    expect(await importIncidents(victim, file(IOM_2021_HEADER, iom2021Row({ "Web ID": taken, "Number Dead": "31" })), commit)).toMatchObject({ create: 1, committed: true });
    const dry = await importIncidents(importer, file(IOM_2021_HEADER, iom2021Row({ "Web ID": taken })), check);
    const nobody = await importIncidents(importer, file(IOM_2021_HEADER, iom2021Row({ "Web ID": fresh })), check);
    expect(answer(dry, { ID: taken })).toEqual(answer(nobody, { ID: fresh }));
    expect(await importIncidents(importer, file(IOM_2021_HEADER, iom2021Row({ "Web ID": taken })), commit)).toMatchObject({ create: 1, skipped: 0, committed: true });
    const copies = await db.incident.findMany({ where: { externalId: taken }, select: { organizationId: true, reference: true, dead: true } });
    expect(copies).toHaveLength(2);
    for (const copy of copies) {
      const owner = copy.organizationId === victim.organizationId ? victim : importer;
      expect(copy.reference.startsWith(`${owner.organizationShortName}-`)).toBe(true);
    }
    expect(copies.find((c) => c.organizationId === victim.organizationId)?.dead).toBe(31);
  });

  it("refuses two rows with one reference, even with different external ids", async () => {
    const reference = `${importer.organizationShortName}-1994-0001`;
    const report = await importIncidents(importer, file(HEADER, ledgerRow(reference, uniqueWebId(), "Frontex JORA"), ledgerRow(reference, uniqueWebId(), "Frontex JORA")), check);
    expect(report).toMatchObject({ create: 1, skipped: 1, problems: [expect.objectContaining({ row: 3, message: "Same record as row 2: keep one of them." })] });
  });

  it("never creates an incident under another organization's prefix, with or without an external id", async () => {
    const references = [free(), free()];
    const report = await importIncidents(importer, file(HEADER, ledgerRow(references[0]), ledgerRow(references[1], uniqueWebId(), "Frontex JORA")), commit);
    expect(report).toMatchObject({ create: 0, skipped: 2 });
    expect(await db.incident.count({ where: { organizationId: importer.organizationId, reference: { startsWith: `${victim.organizationShortName}-` } } })).toBe(0);
  });
});

describe("the importer's own incidents", () => {
  it("are matched by reference whatever its prefix (one written before the short name changed)", async () => {
    const legacy = await createRawIncident(importer.organizationId, { reference: `OLD${importer.organizationShortName}-2015-0001`, latitude: 33.2, longitude: 12.6, positionText: "33.2, 12.6" });
    const report = await importIncidents(importer, file(HEADER, ledgerRow(legacy.reference)), commit);
    expect(report).toMatchObject({ update: 1, skipped: 0, committed: true });
    expect(await db.incident.findUniqueOrThrow({ where: { id: legacy.id } })).toMatchObject({ rescued: 400, version: 2 });
  });
});

describe("reference numbering", () => {
  it("is never blocked by a row holding the next number, before or after that row is deleted", async () => {
    // A case another organization holds under the victim's prefix (written before imports checked prefixes).
    const squatter = await createRawIncident(importer.organizationId, { reference: `${victim.organizationShortName}-1991-0001`, status: "DRAFT" });
    const in1991 = incidentFormValues({ occurredAt: "1991-06-01T10:00:00Z" });
    expect((await createIncident(victim, in1991)).reference).toBe(`${victim.organizationShortName}-1991-0002`);
    await deleteIncident(importer, squatter.id);
    expect((await createIncident(victim, in1991)).reference).toBe(`${victim.organizationShortName}-1991-0003`);
  });

  it("skips taken numbers when an import numbers its rows too", async () => {
    await createRawIncident(victim.organizationId, { reference: `${importer.organizationShortName}-1993-0001` });
    const report = await importIncidents(importer, file(HEADER, ledgerRow("").replace("2016-10-25", "1993-10-25")), commit);
    expect(report).toMatchObject({ create: 1, committed: true });
    expect(await db.incident.findFirst({ where: { organizationId: importer.organizationId, occurredAt: new Date("1993-10-25T06:30:00Z") }, select: { reference: true } }))
      .toEqual({ reference: `${importer.organizationShortName}-1993-0002` });
  });
});

describe("the audit trail of imports", () => {
  it("records a dry run as an import event, like a commit", async () => {
    const last = () => db.auditEvent.findFirst({ where: { actorId: importer.id, action: "IMPORT" }, orderBy: { id: "desc" }, select: { id: true, changes: true } });
    const before = await last();
    await importIncidents(importer, file(HEADER, ledgerRow("")), { ...check, fileName: "looked-at.csv" });
    const event = await last();
    expect(event?.id).not.toBe(before?.id);
    expect(event?.changes).toMatchObject({ fileName: "looked-at.csv", layout: "ledger", rowsRead: 1, create: 1, committed: false });
  });
});
