import { describe, expect, it } from "vitest";
import { messageKey } from "@/lib/i18n/message-key";
import { FIELD } from "@/lib/schemas/incident-labels";
import { fileFacts } from "./facts";
import { proposeMapping } from "./propose-mapping";
import { type ImportMapping, mappingSchemaFor } from "./schema";

const HEADER = ["Incident date", "No. dead", "Lat", "Lon", "Cause of death (category)", "Boat"];
const facts = fileFacts(HEADER, [
  ["25/10/2016", "29", "33.25", "12.6", "Drowning / noyade", "rubber"],
  ["01/02/2017", "3", "35.5", "14.25", "Hypothermia", "wooden"],
]);
const proposal = proposeMapping(facts);
const issues = (mapping: ImportMapping, on = facts) => {
  const parsed = mappingSchemaFor(on).safeParse(mapping);
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
};
const withField = (i: number, field: ImportMapping["columns"][number]["field"]) => ({ ...proposal, columns: proposal.columns.map((c, j) => (j === i ? { ...c, field } : c)) });

describe("the mapping's schema", () => {
  it("accepts the proposal for a research file: every column, values, and the day-first order its dates show", () => {
    expect(proposal).toEqual({
      columns: HEADER.map((header, i) => ({ header, field: ["occurred_at", "dead", "latitude", "longitude", "causes_of_death", "boat_type"][i] })),
      values: { causes_of_death: { "Drowning / noyade": "DROWNING", Hypothermia: "HYPOTHERMIA" }, boat_type: { rubber: "INFLATABLE", wooden: "WOODEN" } },
      dateOrder: "dmy", timeZone: "UTC", decimal: "point",
    });
    expect(issues(proposal)).toEqual([]);
  });

  it("refuses a required field left unmapped", () => {
    expect(issues(withField(0, "ignore"))).toEqual([{ path: "columns", message: messageKey("validation.importMapping.dateUnmapped", { label: FIELD.occurredAt }) }]);
    expect(issues(withField(3, "ignore"))).toEqual([{ path: "columns", message: messageKey("validation.importMapping.positionUnmapped") }]);
  });

  it("refuses two columns mapped to one field, naming both", () => {
    expect(issues(withField(3, "latitude"))).toEqual([
      { path: "columns.3.field", message: messageKey("validation.importMapping.fieldTwice", { label: "validation.importMapping.fields.latitude", column: "Lon", first: "Lat" }) },
      { path: "columns", message: messageKey("validation.importMapping.positionUnmapped") },
    ]);
  });

  it("refuses a code outside the field's vocabulary, an unknown zone, and a mapping of another file's columns", () => {
    expect(issues({ ...proposal, values: { boat_type: { rubber: "DROWNING" } } })[0].message).toBe(
      messageKey("validation.importMapping.notInVocabulary", { value: "rubber", code: "DROWNING", label: FIELD.boatType }));
    expect(issues({ ...proposal, timeZone: "Mars/Olympus" })[0].path).toBe("timeZone");
    expect(issues({ ...proposal, columns: proposal.columns.slice(1) })).toEqual([{ path: "columns", message: messageKey("validation.importMapping.headersDiffer") }]);
  });

  it("refuses dates in mixed styles or orders, naming the rows, and an order the dates contradict", () => {
    const mixed = fileFacts(["date", "position"], [["2016-10-25", "x"], ["25/10/2016", "x"], ["26/10/2016", "x"]]);
    expect(issues(proposeMapping(mixed), mixed)).toEqual([{ path: "columns.0.field", message: messageKey("validation.importMapping.dateStylesMixed", {
      column: "date", first: "iso", firstRows: "2", second: "numeric", secondRows: "3, 4",
    }) }]);
    const orders = fileFacts(["date", "position"], [["25/10/2016", "x"], ["10/26/2016", "x"]]);
    expect(issues(proposeMapping(orders), orders)[0].message).toBe(messageKey("validation.importMapping.dateOrdersMixed", { column: "date", dayRows: "2", monthRows: "3" }));
    expect(issues({ ...proposal, dateOrder: "mdy" })).toEqual([{ path: "dateOrder", message: messageKey("validation.importMapping.dateOrderWrong", { column: "Incident date", order: "dmy", rows: "2" }) }]);
  });

  it("asks for the order only when no value decides it", () => {
    const undecided = fileFacts(["date", "position"], [["01/02/2016", "x"], ["03/04/2016", "x"]]);
    const mapping = proposeMapping(undecided);
    expect(mapping.dateOrder).toBeNull();
    expect(issues(mapping, undecided)).toEqual([{ path: "dateOrder", message: messageKey("validation.importMapping.dateOrderNeeded", { column: "date" }) }]);
    expect(issues({ ...mapping, dateOrder: "mdy" }, undecided)).toEqual([]);
  });

  it("proposes the decimal comma its coordinates show, and refuses the other mark or a mix", () => {
    const comma = fileFacts(["date", "lat", "lon"], [["2016-10-25", "33,25", "12,6"]]);
    expect(proposeMapping(comma).decimal).toBe("comma");
    expect(issues({ ...proposeMapping(comma), decimal: "point" }, comma)[0]).toEqual({
      path: "decimal", message: messageKey("validation.importMapping.decimalWrong", { column: "lat", decimal: "comma", rows: "2" }),
    });
    const both = fileFacts(["date", "lat", "lon"], [["2016-10-25", "33,25", "12"], ["2016-10-25", "33.5", "12"]]);
    expect(issues(proposeMapping(both), both)[0].message).toBe(messageKey("validation.importMapping.decimalsMixed", { column: "lat", commaRows: "2", pointRows: "3" }));
  });
});
