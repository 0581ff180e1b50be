import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { IOM_COLUMNS, IOM_INCIDENT_DATASET } from "@/lib/csv/columns";
import { readCountriesOfOrigin } from "@/lib/csv/iom-countries";
import { translateCauses } from "@/lib/csv/iom-vocabulary";
import { downloadFull, rowsOf } from "@/lib/data/export/export-test-world";
import { findSameEvent } from "@/lib/data/incidents/same-event";
import { db } from "@/lib/db";
import { createOrganization, createUser } from "@/lib/test/factories";
import { importIncidents } from "./import-incidents";
import { file, IOM_HEADER, iomRow } from "./import-test-files";

// Ten Mediterranean records of 2025 in IOM's layout of today, two of them one event (Main ID 2025.MMP00110).
const FIXTURE = readFileSync(path.join(import.meta.dirname, "fixtures/iom-today.csv"));
const commit = { fileName: "iom-today.csv", commit: true, allOrNothing: false, createUnknown: false };

type User = Awaited<ReturnType<typeof createUser>>["sessionUser"];
let user: User;
const own = (externalId: string) => db.incident.findFirstOrThrow({
  where: { organizationId: user.organizationId, sourceDataset: IOM_INCIDENT_DATASET, externalId },
  include: { nationalities: { orderBy: { country: "asc" } } },
});

beforeAll(async () => {
  user = (await createUser((await createOrganization()).id, "COORDINATOR")).sessionUser;
});

describe("importing IOM's download of today", () => {
  it("imports every row, keeping every column in a field", async () => {
    const report = await importIncidents(user, FIXTURE, commit);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ layout: "iom", rowsRead: 10, create: 10, update: 0, unchanged: 0, skipped: 0, committed: true });
    expect(await own("2025.MMP00140")).toMatchObject({
      reference: `${user.organizationShortName}-IOM-2025.MMP00140`, status: "SUBMITTED", eventGroup: "2025.MMP00140",
      occurredAt: new Date("2025-06-17T12:00:00Z"), region: "Mediterranean", route: "Central Mediterranean",
      dead: 36, missing: 30, rescued: 12, women: 8, men: 20, children: 5, regionOfOrigin: "Southern Asia", causesOfDeath: ["DROWNING"],
      locationOfDeath: "Off Roccella Ionica, Calabria", source: "Italian Coast Guard, IOM Italy", sourceUrl: "https://example.org/mmp/2025-06-17-calabria",
      latitude: 38.31, longitude: 16.77, positionText: "38.31, 16.77", unsdGrouping: "Uncategorized", sourceQuality: 5, narrative: null,
      nationalities: ["AF", "IQ", "IR", "SY"].map((country) => expect.objectContaining({ country, count: null })),
    });
    expect(await own("2025.MMP00120")).toMatchObject({ occurredAt: new Date("2025-04-22T06:45:00Z"), latitude: 35.52, longitude: -3.86, missing: 6 });
    expect((await own("2025.MMP00150")).nationalities).toEqual([]);
  });

  it("changes nothing when the same file is imported again", async () => {
    expect(await importIncidents(user, FIXTURE, commit)).toMatchObject({ rowsRead: 10, create: 0, update: 0, unchanged: 10, skipped: 0 });
  });

  it("exports them back in today's layout with the same values, and that export imports as a no-op", async () => {
    const { text, bytes } = await downloadFull(user, "layout=iom");
    const exported = rowsOf(text);
    const original = rowsOf(FIXTURE.toString("utf8"));
    expect(exported.header).toEqual(IOM_COLUMNS.map((c) => c.name));
    expect(exported.rows).toHaveLength(10);
    const byId = new Map(exported.rows.map((row) => [row["Incident ID"], row]));
    for (const row of original.rows) {
      const back = byId.get(row["Incident ID"])!;
      // Countries come back by their ISO names in code order, causes in the ledger's words: compare what they mean.
      const meaning = (r: Record<string, string>) => ({
        ...r, "Country of Origin": readCountriesOfOrigin(r["Country of Origin"]).codes.sort(), "Cause of Death": translateCauses(r["Cause of Death"]).causes.sort(),
      });
      expect(meaning(back), row["Incident ID"]).toEqual(meaning(row));
    }
    expect(await importIncidents(user, bytes, { ...commit, fileName: "export.csv" })).toMatchObject({ rowsRead: 10, create: 0, update: 0, unchanged: 10, skipped: 0 });
  });

  it("keeps a count recorded for a country when IOM names it again without one", async () => {
    const stored = await own("2025.MMP00102");
    await db.incidentNationality.update({ where: { incidentId_country: { incidentId: stored.id, country: "SY" } }, data: { count: 4 } });
    expect(await importIncidents(user, FIXTURE, commit)).toMatchObject({ unchanged: 10 });
    expect((await own("2025.MMP00102")).nationalities.map((n) => [n.country, n.count])).toEqual([["AF", null], ["SY", 4]]);
  });

  it("links the records of one event, each showing the other to the readers of both, and to nobody else", async () => {
    const [zuwara, sabratha] = [await own("2025.MMP00110"), await own("2025.MMP00111")];
    expect([zuwara.eventGroup, sabratha.eventGroup]).toEqual(["2025.MMP00110", "2025.MMP00110"]);
    expect((await findSameEvent(user, zuwara)).map((i) => i.reference)).toEqual([sabratha.reference]);
    expect((await findSameEvent(user, sabratha)).map((i) => i.locationOfDeath)).toEqual(["Beach west of Zuwara, Libya"]);
    const stranger = (await createUser((await createOrganization()).id, "COORDINATOR")).sessionUser;
    expect(await findSameEvent(stranger, zuwara)).toEqual([]);
  });

  it("reports rows it cannot read: a weekday off its date, a link that is no web address", async () => {
    const report = await importIncidents(user, file(IOM_HEADER,
      iomRow({ "Incident Date": "Wed, 10/25/2016 - 12:00" }),
      iomRow({ URL: "javascript:alert(1)" }),
      iomRow({ "Incident ID": "" }),
    ), { ...commit, commit: false });
    expect(report.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, "Incident Date", "Wed is not the weekday of 2016-10-25 (read month first, as IOM writes its dates): check the date."],
      [3, "URL", "Link to the source: write a web address starting with http:// or https://."],
      [4, "Incident ID", "The Incident ID is missing: every IOM record has one."],
    ]);
  });
});
