import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { download, downloadFull, rowsOf } from "@/lib/data/export/export-test-world";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { csvRecord } from "@/lib/csv/writer";
import { createOrganization, createUser, incidentFormValues } from "@/lib/test/factories";
import { importIncidents, type ImportOptions } from "./import-incidents";
import { file } from "./import-test-files";

type User = Awaited<ReturnType<typeof createUser>>["sessionUser"];
let coordinator: User;
let partner: User;
let outsider: User;
const commit: ImportOptions = { fileName: "people.csv", commit: true, allOrNothing: false, createUnknown: false };
const dryRun = { ...commit, commit: false };
const ALL = "status=DRAFT&status=SUBMITTED&status=VERIFIED&status=ARCHIVED&bom=0";
const NATIONALITIES = `table=nationalities&${ALL}`;
const bytes = (text: string) => new TextEncoder().encode(text);

/** The CSV's rows without the columns only the system sets (times of creation and change). */
const withoutTimes = (text: string) => rowsOf(text).rows.map(({ created_at, updated_at, ...rest }) => (void created_at, void updated_at, rest));

beforeAll(async () => {
  const [own, partnerOrganization, other] = await Promise.all([createOrganization(), createOrganization(), createOrganization()]);
  coordinator = (await createUser(own.id, "COORDINATOR")).sessionUser;
  partner = (await createUser(partnerOrganization.id, "COORDINATOR")).sessionUser;
  outsider = (await createUser(other.id, "COORDINATOR")).sessionUser;
  await createIncident(coordinator, incidentFormValues({
    personsOnBoard: "136", women: "20", men: "90", children: "26", girls: "10", boys: "12", sexAgeUnknown: "0",
    departurePlace: "Sabratha, Libya", departedAt: "2016-10-24T23:00:00+02:00",
    nationalities: [{ country: "SD", count: "30" }, { country: "Eritrea", count: "40" }, { country: "NG", count: "30" }],
    partners: [{ organizationId: partnerOrganization.id, role: "TRANSFER" }],
  }));
  await createIncident(coordinator, incidentFormValues({ occurredAt: "2017-06-01T14:00:00Z", narrative: "Nobody's nationality known." }));
});

describe("people on board in the CSV files", () => {
  it("exports the new columns and one nationality per row, to the owner and partners only", async () => {
    const [incident] = withoutTimes((await downloadFull(coordinator, ALL)).text).filter((row) => row.men !== "");
    expect(incident).toMatchObject({
      women: "20", men: "90", children: "26", girls: "10", boys: "12", sex_age_unknown: "0",
      nationalities: "ER: 40; NG: 30; SD: 30", departure_place: "Sabratha, Libya", departed_at: "2016-10-24T21:00:00.000Z",
    });
    const long = rowsOf((await downloadFull(coordinator, NATIONALITIES)).text);
    expect(long.header).toEqual(["reference", "occurred_at", "country", "count"]);
    expect(long.rows.map((r) => [r.reference, r.country, r.count])).toEqual([["ER", "40"], ["NG", "30"], ["SD", "30"]].map(([c, n]) => [incident.reference, c, n]));
    // The partner's file is shareable: the counts of 5 and more as they are, the day without its time.
    expect(rowsOf((await download(partner, NATIONALITIES)).text).rows.map((r) => [r.reference, r.country, r.count])).toEqual(long.rows.map((r) => [r.reference, r.country, r.count]));
    expect(rowsOf((await download(outsider, NATIONALITIES)).text).rows).toEqual([]);
  });

  it("round-trips: a dry run of the export changes nothing, and a commit after removal reproduces both files", async () => {
    const [incidents, nationalities] = [(await downloadFull(coordinator, ALL)).text, (await downloadFull(coordinator, NATIONALITIES)).text];
    expect(await importIncidents(coordinator, bytes(incidents), dryRun)).toMatchObject({ create: 0, update: 0, unchanged: 2, skipped: 0 });

    await db.incident.deleteMany({ where: { organizationId: coordinator.organizationId } });
    expect(await importIncidents(coordinator, bytes(incidents), commit)).toMatchObject({ create: 2, skipped: 0, problemCount: 0, committed: true });
    expect(withoutTimes((await downloadFull(coordinator, ALL)).text)).toEqual(withoutTimes(incidents));
    expect((await downloadFull(coordinator, NATIONALITIES)).text).toEqual(nationalities);
  });

  it("updates nationalities from a file and refuses rows that break the people's rules", async () => {
    const [{ reference }] = await db.incident.findMany({ where: { organizationId: coordinator.organizationId, men: 90 }, select: { reference: true } });
    const header = "reference,occurred_at,position_text,nationalities,departed_at,men";
    const report = await importIncidents(coordinator, file(
      header,
      csvRecord([reference, "2016-10-25T06:30:00Z", "33°15.0'N 012°36.0'E", "Eritrea: 50; SD: 30", "2016-10-24T21:00:00Z", "90"]),
      csvRecord(["", "2016-10-25T06:30:00Z", "33.2, 12.6", "Atlantis: 3", "", ""]),
      csvRecord(["", "2016-10-25T06:30:00Z", "33.2, 12.6", "ER: 3; er: 4", "2016-10-26T00:00:00Z", ""]),
      csvRecord(["", "2016-10-25T06:30:00Z", "33.2, 12.6", "ER: three", "", ""]),
    ), commit);
    expect(report).toMatchObject({ update: 1, create: 0, skipped: 3 });
    expect(report.problems.map((p) => `${p.row} ${p.column}: ${p.message}`)).toEqual([
      "3 nationalities: Country: \"Atlantis\" is not a country of ISO 3166-1; choose one from the list.",
      "4 departed_at: Departure time is after the time the incident occurred (occurred at): the boat left before it was found; correct one of them.",
      "4 nationalities: This country is already listed: add the counts into one row.",
      "5 nationalities: \"ER: three\" is not COUNTRY: count, e.g. ER: 40.",
    ]);
    const stored = await db.incident.findUniqueOrThrow({ where: { reference }, select: { nationalities: { orderBy: { country: "asc" }, select: { country: true, count: true } } } });
    expect(stored.nationalities).toEqual([{ country: "ER", count: 50 }, { country: "SD", count: 30 }]);
    const update = await db.auditEvent.findFirstOrThrow({ where: { incident: { reference }, action: "UPDATE" } });
    expect(update.changes).toEqual({ nationalities: { from: ["Eritrea (ER): 40", "Nigeria (NG): 30", "Sudan (SD): 30"], to: ["Eritrea (ER): 50", "Sudan (SD): 30"] } });
  });

  it("imports the long nationalities file back: a dry run changes nothing, a commit restores what was lost", async () => {
    const nationalities = (await downloadFull(coordinator, NATIONALITIES)).text;
    expect(await importIncidents(coordinator, bytes(nationalities), dryRun)).toMatchObject({ layout: "nationalities", create: 0, update: 0, unchanged: 1, skipped: 0, ignoredColumns: [] });
    await db.incidentNationality.deleteMany({ where: { incident: { organizationId: coordinator.organizationId } } });
    expect(await importIncidents(coordinator, bytes(nationalities), commit)).toMatchObject({ update: 1, skipped: 0, problemCount: 0, committed: true });
    expect((await downloadFull(coordinator, NATIONALITIES)).text).toEqual(nationalities);

    const missing = `${coordinator.organizationShortName}-2016-9999`;
    const report = await importIncidents(coordinator, file("reference,country,count", csvRecord([missing, "ER", "1"]), csvRecord(["", "SD", "2"])), dryRun);
    expect(report.problems.map((p) => `${p.row} ${p.column}: ${p.message}`)).toEqual([
      `2 reference: No incident ${missing} of ${coordinator.organizationShortName}: the nationalities file changes existing incidents only.`,
      "3 reference: Name the incident: the nationalities file changes existing incidents only.",
    ]);
    const foreign = rowsOf((await download(partner, ALL)).text).rows[0];
    expect((await importIncidents(partner, file("reference,country,count", csvRecord([foreign.reference, "ER", "1"])), dryRun)).problems[0].message).toMatch(/^Only references of /);
  });
});
