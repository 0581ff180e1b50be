import { describe, expect, it } from "vitest";
import { fileFacts } from "./facts";
import { alignMapping, proposeMapping } from "./propose-mapping";
import { ledgerNumber, translateRecord } from "./translate";

const HEADER = ["Incident date", "No. dead", "Lat", "Lon", "Cause of death (category)", "Boat", "Notes"];
const RECORDS = [
  ["25/10/2016 08:30", "1.022", "33,25", "12,6", "Drowning / noyade, Hypothermia", "rubber", "=SUM(A1)"],
  ["31/02/2016", "", "35,5", "14", "Shark", "catamaran", ""],
];
const facts = fileFacts(HEADER, RECORDS);

describe("translating a record into the ledger layout's cells", () => {
  it("writes ISO dates, plain numbers and our codes, noting each value it translated", () => {
    const mapping = { ...proposeMapping(facts), timeZone: "Europe/Rome" };
    expect(mapping.decimal).toBe("comma");
    expect(translateRecord(mapping, RECORDS[0])).toEqual({
      cells: { occurred_at: "2016-10-25T06:30:00.000Z", dead: "1022", latitude: "33.25", longitude: "12.6", causes_of_death: "DROWNING; HYPOTHERMIA", boat_type: "INFLATABLE", narrative: "=SUM(A1)" },
      issues: [],
      translations: [
        { column: "Cause of death (category)", from: "Drowning / noyade", to: "DROWNING" }, { column: "Cause of death (category)", from: "Hypothermia", to: "HYPOTHERMIA" },
        { column: "Boat", from: "rubber", to: "INFLATABLE" },
      ],
    });
  });

  it("passes what it cannot read through unchanged, for the row report, and names it", () => {
    const { cells, issues } = translateRecord(proposeMapping(facts), RECORDS[1]);
    expect(cells).toMatchObject({ occurred_at: "31/02/2016", dead: "", causes_of_death: "Shark", boat_type: "catamaran" });
    expect(issues).toEqual([
      { column: "Incident date", field: "occurred_at", value: "31/02/2016", kind: "notDate" },
      { column: "Cause of death (category)", field: "causes_of_death", value: "Shark", kind: "unmapped" },
      { column: "Boat", field: "boat_type", value: "catamaran", kind: "unmapped" },
    ]);
  });

  it("reads thousands and decimals with the mark chosen", () => {
    expect(["1,022", "1 022", "12,5"].map((t) => ledgerNumber(t, "point", false))).toEqual(["1022", "1022", "12,5"]);
    expect(["1.022", "1 022", "12,5"].map((t) => ledgerNumber(t, "comma", false))).toEqual(["1022", "1022", "12.5"]);
    expect(ledgerNumber("-5,5", "comma", true)).toBe("-5.5");
  });

  it("lays a saved mapping over the same headers in another order, and not over others", () => {
    const saved = proposeMapping(facts);
    const reordered = fileFacts([...HEADER].reverse().map((h) => h.toUpperCase()), []);
    expect(alignMapping(saved, reordered)?.columns.map((c) => c.field)).toEqual(["narrative", "boat_type", "causes_of_death", "longitude", "latitude", "dead", "occurred_at"]);
    expect(alignMapping(saved, fileFacts([...HEADER.slice(1), "Other"], []))).toBeNull();
  });
});
