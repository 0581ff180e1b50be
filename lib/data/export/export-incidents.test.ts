import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { findIncidents } from "@/lib/data/incidents/find-incidents";
import { IOM_2021_COLUMNS, IOM_COLUMNS, LEDGER_COLUMNS } from "@/lib/csv/columns";
import { parseIncidentFilters } from "@/lib/schemas/incident-filters";
import { download, downloadFull, exportWorld, rowsOf } from "./export-test-world";

let world: Awaited<ReturnType<typeof exportWorld>>;
beforeAll(async () => {
  world = await exportWorld();
});

async function listedReferences(query: string) {
  const params: Record<string, string[]> = {};
  for (const [key, value] of new URLSearchParams(query)) (params[key] ??= []).push(value);
  const references: string[] = [];
  for (let page = 1; ; page++) {
    const result = await findIncidents(world.coordinator, parseIncidentFilters({ ...params, page: String(page) }));
    references.push(...result.rows.map((r) => r.reference));
    if (page >= result.pageCount) return references;
  }
}

describe("incident export (Rescue Ledger layout)", () => {
  it("holds exactly the incidents the list shows for the same filters, in its order", async () => {
    for (const query of ["", "sort=oldest", "status=DRAFT&status=VERIFIED", "period=custom&from=2016-01-01&to=2016-12-31", "region=Mediterranean"]) {
      const { rows } = rowsOf((await downloadFull(world.coordinator, query)).text);
      expect(rows.map((r) => r.reference), query).toEqual(await listedReferences(query));
    }
  });

  it("includes partnered incidents and never another organization's, a draft (by default) or a deleted one", async () => {
    const references = rowsOf((await downloadFull(world.coordinator)).text).rows.map((r) => r.reference);
    const { reference, unknowns, partnered, draft, deleted, foreign } = world.incidents;
    expect(references.sort()).toEqual([reference.reference, unknowns.reference, partnered.reference].sort());
    for (const hidden of [draft, deleted, foreign]) expect(references).not.toContain(hidden.reference);
  });

  it("writes every field as an independent query reads it, with derived geography and summarised rows", async () => {
    const { header, rows } = rowsOf((await downloadFull(world.coordinator)).text);
    expect(header).toEqual(LEDGER_COLUMNS.map((c) => c.name));
    const row = rows.find((r) => r.reference === world.incidents.reference.reference)!;
    const stored = await db.incident.findUniqueOrThrow({ where: { id: world.incidents.reference.id }, include: { organization: true, vessel: true } });
    expect(row).toMatchObject({
      status: "VERIFIED", organization: stored.organization.shortName, occurred_at: "2016-10-25T06:30:00.000Z",
      latitude: "33.25", longitude: "12.6", position_text: "33°15.0'N 012°36.0'E", distance_to_coast_nm: "26.1", nearest_country: "Libya",
      sar_regions: "Libya", region: "Mediterranean", route: "Central Mediterranean", vessel: stored.vessel!.name, boat_type: "INFLATABLE",
      boat_conditions: "TAKING_WATER; SINKING", rescued: "107", dead: "29", causes_of_death: "SUFFOCATION; FUEL_BURNS",
      injured_total: "23", injuries: "FUEL_BURN/MINOR: 12; FUEL_BURN/SERIOUS: 11",
      evacuated_total: "7", evacuations: "2 HELICOPTER to Lampedusa at 2016-10-25T10:40:00.000Z; 5 BOAT",
      partners: `${world.partner.shortName}: BODY_RECOVERY`, source_quality: "4",
      created_at: stored.createdAt.toISOString(), updated_at: stored.updatedAt.toISOString(), version: "1",
    });
  });

  it("leaves unknown figures empty, never 0", async () => {
    const { rows } = rowsOf((await downloadFull(world.coordinator)).text);
    const row = rows.find((r) => r.reference === world.incidents.unknowns.reference)!;
    for (const column of ["rescued", "dead", "missing", "persons_on_board", "injured_total", "injuries", "partners", "vessel", "latitude", "boat_conditions"]) expect(row[column], column).toBe("");
  });

  it("neutralises cells a spreadsheet would run as formulas, but not negative numbers", async () => {
    const { text } = await downloadFull(world.coordinator);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).toContain(`"'-MSF team, ""Bourbon Argos"""`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("starts with a UTF-8 byte-order mark unless bom=0, and names the file after the period (and a full one as such)", async () => {
    const withBom = await download(world.coordinator, "period=custom&from=2016-01-01&to=2016-12-31");
    expect([...withBom.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(withBom.response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(withBom.response.headers.get("content-disposition")).toBe('attachment; filename="rescue-ledger_incidents_2016-01-01_2016-12-31.csv"');
    const withoutBom = await downloadFull(world.coordinator, "bom=0");
    expect(withoutBom.text.startsWith("reference,status,")).toBe(true);
    expect(withoutBom.response.headers.get("content-disposition")).toContain("rescue-ledger_incidents-full_all.csv");
  });

  it("records who exported what in the audit trail", async () => {
    await downloadFull(world.coordinator, "region=Mediterranean&layout=iom");
    const event = await db.auditEvent.findFirstOrThrow({ where: { actorId: world.coordinator.id, action: "EXPORT" }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({ entityType: "Export", organizationId: world.own.id, changes: { filters: "region=Mediterranean", rows: 2, layout: "iom", privacy: "full" } });
  });

  it("refuses field staff a full export (403), and unknown layouts (400)", async () => {
    expect((await download(world.field)).response.status).toBe(200);
    const refused = await downloadFull(world.field);
    expect(refused.response.status).toBe(403);
    expect(refused.response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect((await downloadFull(world.coordinator, "layout=excel")).response.status).toBe(400);
    expect((await downloadFull(world.coordinator, "layout=iom&table=injuries")).response.status).toBe(400);
  });
});

describe("incident export (IOM Missing Migrants layout and long-format tables)", () => {
  it("has exactly the 22 columns of IOM's layout of today in IOM's order and its date and coordinate formats", async () => {
    const { header, rows } = rowsOf((await downloadFull(world.coordinator, "layout=iom")).text);
    expect(header).toEqual(IOM_COLUMNS.map((c) => c.name));
    expect(header).toHaveLength(22);
    expect(rows.find((r) => r["Incident ID"] === world.incidents.reference.reference)).toMatchObject({
      "Main ID": "", Region: "Mediterranean", "Incident Date": "Tue, 10/25/2016 - 06:30", Year: "2016", "Reported Month": "October",
      "Number Dead": "29", "Minimum Estimated Number of Missing": "", "Number of Survivors": "107", "Number of Males": "", "Country of Origin": "",
      "Cause of Death": "Suffocation, Fuel burns", Coordinates: "33.25, 12.6", "Migration route": "Central Mediterranean", "Source Quality": "4",
      "Location of death": "", "Information Source": `'-MSF team, "Bourbon Argos"`,
    });
  });

  it("has exactly the 20 columns of IOM's layout of 2014–2021 in IOM's order and its date and coordinate formats", async () => {
    const { header, rows } = rowsOf((await downloadFull(world.coordinator, "layout=iom2021")).text);
    expect(header).toEqual(IOM_2021_COLUMNS.map((c) => c.name));
    expect(header).toHaveLength(20);
    expect(rows.find((r) => r["Web ID"] === world.incidents.reference.reference)).toMatchObject({
      Region: "Mediterranean", "Reported Date": "October 25, 2016", "Reported Year": "2016", "Reported Month": "Oct",
      "Number Dead": "29", "Minimum Estimated Number of Missing": "", "Total Dead and Missing": "29", "Number of Survivors": "107",
      "Number of Males": "", "Cause of Death": "Suffocation, Fuel burns", "Location Coordinates": "33.25, 12.6", "Source Quality": "4",
      "Location Description": "", "Information Source": `'-MSF team, "Bourbon Argos"`,
    });
    expect(rows.find((r) => r["Web ID"] === world.incidents.unknowns.reference)!["Total Dead and Missing"]).toBe("");
  });

  it("writes injuries, evacuations and figure revisions one per row", async () => {
    const injuries = rowsOf((await downloadFull(world.coordinator, "table=injuries")).text);
    expect(injuries.header).toEqual(["reference", "occurred_at", "type", "severity", "count"]);
    expect(injuries.rows.map((r) => [r.reference, r.type, r.severity, r.count])).toEqual([
      [world.incidents.reference.reference, "FUEL_BURN", "MINOR", "12"], [world.incidents.reference.reference, "FUEL_BURN", "SERIOUS", "11"],
    ]);
    const evacuations = await downloadFull(world.coordinator, "table=evacuations&period=custom&from=2016-10-01&to=2016-10-31");
    expect(evacuations.response.headers.get("content-disposition")).toContain("rescue-ledger_evacuations-full_2016-10-01_2016-10-31.csv");
    expect(rowsOf(evacuations.text).rows.map((r) => [r.count, r.means, r.destination, r.evacuated_at])).toEqual([
      ["2", "HELICOPTER", "Lampedusa", "2016-10-25T10:40:00.000Z"], ["5", "BOAT", "", ""],
    ]);
    expect(rowsOf((await downloadFull(world.coordinator, "table=revisions")).text).header).toEqual(["reference", "occurred_at", "field", "from", "to", "reason", "changed_by", "changed_at"]);
  });
});
