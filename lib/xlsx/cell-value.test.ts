import { describe, expect, it } from "vitest";
import { cellValue, DATE_FORMAT, DATE_TIME_FORMAT } from "./cell-value";

describe("cellValue", () => {
  it("types figures, instants and days, and leaves text as the CSV has it", () => {
    expect(cellValue("33.25", "number")).toEqual({ value: 33.25 });
    expect(cellValue("2016-10-25T06:30:00.000Z", "time")).toEqual({ value: new Date("2016-10-25T06:30:00.000Z"), numFmt: DATE_TIME_FORMAT });
    expect(cellValue("2016-10-25", "time")).toEqual({ value: new Date("2016-10-25T00:00:00.000Z"), numFmt: DATE_FORMAT });
    expect(cellValue("12", "count")).toEqual({ value: 12 });
    expect(cellValue("<5", "count")).toEqual({ value: "<5" });
    expect(cellValue("0012", "count")).toEqual({ value: "0012" });
    expect(cellValue("12", "text")).toEqual({ value: "12" });
    expect(cellValue("'=1+1", "text")).toEqual({ value: "'=1+1" });
    expect(cellValue("soon", "time")).toEqual({ value: "soon" });
  });

  it("leaves unknown cells empty, never 0", () => {
    expect(cellValue(null, "number")).toEqual({ value: null });
    expect(cellValue("", "count")).toEqual({ value: null });
  });
});
