import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { englishText } from "@/lib/i18n/english-text";
import { EVACUATION_COLUMNS, NATIONALITY_COLUMNS, INJURY_COLUMNS, IOM_2021_COLUMNS, IOM_COLUMNS, LEDGER_COLUMNS, REVISION_COLUMNS } from "./columns";
import { EVENT_COLUMNS, TRACK_COLUMNS } from "./columns";
import { translateCauses, translateRegion, translateRoute } from "./iom-vocabulary";
import { detectLayout } from "./layouts";
import { mapLedgerRow } from "./ledger-row";

const IOM = IOM_COLUMNS.map((c) => c.name);
const IOM_2021 = IOM_2021_COLUMNS.map((c) => c.name);

describe("layouts", () => {
  it("recognises IOM's two headers in any order and case, and ours by its key columns", () => {
    expect(detectLayout(IOM)).toMatchObject({ ok: true, layout: "iom", ignored: [] });
    expect(detectLayout([...IOM].reverse().map((n) => n.toUpperCase()))).toMatchObject({ ok: true, layout: "iom" });
    expect(detectLayout(IOM_2021)).toMatchObject({ ok: true, layout: "iom2021", ignored: [] });
    expect(detectLayout([...IOM_2021].reverse().map((n) => n.toLowerCase()))).toMatchObject({ ok: true, layout: "iom2021" });
    expect(detectLayout(["reference", "occurred_at", "latitude", "longitude", "notes"])).toMatchObject({ ok: true, layout: "ledger", ignored: ["notes"] });
    expect(detectLayout(LEDGER_COLUMNS.map((c) => c.name))).toMatchObject({ ok: true, layout: "ledger", ignored: [] });
  });

  it("lists the expected headers when it recognises none", () => {
    const result = detectLayout(IOM_2021.slice(0, 15));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(englishText(result.message)).toMatch(/lacks: Location Coordinates, Migration Route, URL, UNSD Geographical Grouping, Source Quality.*occurred_at and position_text.*all of Main ID, Incident ID, Region.*2014–2021 layout, all of Web ID, Region/);
    const today = detectLayout(IOM.filter((name) => name !== "Main ID"));
    expect(!today.ok && englishText(today.message)).toMatch(/It looks like the IOM layout but lacks: Main ID\./);
    const twice = detectLayout(["occurred_at", "occurred_at"]);
    expect(!twice.ok && englishText(twice.message)).toBe('The column "occurred_at" appears twice in the header: keep one.');
  });

  it("keeps docs/csv.md in step with every column of every file", () => {
    const doc = readFileSync(path.join(import.meta.dirname, "../../docs/csv.md"), "utf8");
    for (const column of [...LEDGER_COLUMNS, ...IOM_COLUMNS, ...IOM_2021_COLUMNS, ...INJURY_COLUMNS, ...EVACUATION_COLUMNS, ...NATIONALITY_COLUMNS, ...REVISION_COLUMNS, ...EVENT_COLUMNS, ...TRACK_COLUMNS]) {
      expect(doc, column.name).toContain(`| \`${column.name}\` | ${column.description.replaceAll("|", "\\|")} |`);
    }
  });
});

describe("IOM vocabulary", () => {
  it("translates 2021 regions and routes, and leaves ours unchanged", () => {
    expect(translateRegion("North Africa")).toEqual({ value: "Northern Africa", from: "North Africa" });
    expect(translateRegion("Sub-Saharan Africa", "Western Africa")).toEqual({ value: "Western Africa", from: "Sub-Saharan Africa (Western Africa)" });
    const unmatched = translateRegion("Sub-Saharan Africa", "Uncategorized");
    expect([unmatched.value, englishText(unmatched.problem!)]).toEqual([null, expect.stringMatching(/^Region "Sub-Saharan Africa" \(UNSD grouping "Uncategorized"\) has no single equivalent/)]);
    expect(translateRegion("Mediterranean")).toEqual({ value: "Mediterranean" });
    expect(translateRoute("Darien Gap")).toEqual({ value: "Darien", from: "Darien Gap" });
    expect(translateRoute("Central Mediterranean")).toEqual({ value: "Central Mediterranean" });
  });

  it("translates causes of death, splitting at commas outside brackets", () => {
    expect(translateCauses("Unknown (presumed dehydration, hypothermia)")).toEqual({ causes: ["UNKNOWN"], translations: [{ from: "Unknown (presumed dehydration, hypothermia)", to: "UNKNOWN" }] });
    expect(translateCauses("Sickness and lack of access to medicines, Starvation, Shot").causes).toEqual(["SICKNESS", "OTHER", "VIOLENCE"]);
    expect(translateCauses("Suffocation, Fuel burns, Drowning")).toEqual({ causes: ["SUFFOCATION", "FUEL_BURNS", "DROWNING"], translations: [] });
  });
});

describe("a Rescue Ledger row", () => {
  it("reads codes or labels, summarised rows and neutralised text back", () => {
    const cells: Record<string, string> = {
      reference: "MSF-2016-0001", status: "Verified", occurred_at: "2016-10-25T06:30:00.000Z", position_text: "33°15.0'N 012°36.0'E",
      boat_type: "Inflatable / rubber", boat_conditions: "TAKING_WATER; sinking", injuries: "FUEL_BURN/MINOR: 12; FUEL_BURN/SERIOUS: 11",
      evacuations: "2 HELICOPTER to Lampedusa at 2016-10-25T10:40:00.000Z; 5 BOAT", partners: "SW: BODY_RECOVERY", narrative: "'=HYPERLINK(1)", rescued: "107",
    };
    const row = mapLedgerRow(2, (column) => cells[column] ?? "");
    expect(row.problems).toEqual([]);
    expect(row).toMatchObject({ reference: "MSF-2016-0001", status: "VERIFIED", partnerNames: [{ name: "SW", role: "BODY_RECOVERY" }] });
    expect(row.values).toMatchObject({
      boatType: "INFLATABLE", boatConditions: ["TAKING_WATER", "SINKING"], narrative: "=HYPERLINK(1)", rescued: 107, dead: null,
      injuries: [{ type: "FUEL_BURN", severity: "MINOR", count: "12" }, { type: "FUEL_BURN", severity: "SERIOUS", count: "11" }],
      evacuations: [{ count: "2", means: "HELICOPTER", destination: "Lampedusa", evacuatedAt: new Date("2016-10-25T10:40:00Z") }, { count: "5", means: "BOAT", destination: null, evacuatedAt: null }],
    });
  });

  it("reports cells it cannot read, with the row and column", () => {
    const row = mapLedgerRow(7, (column) => ({ occurred_at: "2016-10-25", position_text: "1, 2", boat_type: "raft", injuries: "burns" })[column] ?? "");
    expect(row.problems.map((p) => [p.row, p.column, p.value])).toEqual([[7, "injuries", "burns"], [7, "boat_type", "raft"]]);
  });
});
