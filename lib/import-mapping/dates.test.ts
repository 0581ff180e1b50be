import { describe, expect, it } from "vitest";
import { ledgerDate, orderShown, readDateCell } from "./dates";
import { fileFacts } from "./facts";

const read = (text: string, order: "dmy" | "mdy" = "dmy", zone = "UTC") => {
  const cell = readDateCell(text);
  return cell && ledgerDate(cell, order, zone);
};

describe("reading dates in either order", () => {
  it.each([
    ["2016-10-25", "2016-10-25"], ["2016-10-25 06:30", "2016-10-25T06:30:00.000Z"], ["2016-10-25T08:30:00+02:00", "2016-10-25T06:30:00.000Z"],
    ["25/10/2016", "2016-10-25"], ["25.10.16", "2016-10-25"], ["Thu, 01/01/2026 - 12:00", "2026-01-01T12:00:00.000Z"],
    ["October 25, 2016", "2016-10-25"], ["25 Oct 2016", "2016-10-25"], ["25/10/2016 6:30 pm", "2016-10-25T18:30:00.000Z"],
  ])("%s → %s", (text, iso) => {
    expect(read(text)).toBe(iso);
  });

  it("reads figures in the order chosen, and clock times in the zone chosen", () => {
    expect(read("01/02/2016", "dmy")).toBe("2016-02-01");
    expect(read("01/02/2016", "mdy")).toBe("2016-01-02");
    expect(read("25/10/2016 08:30", "dmy", "Europe/Rome")).toBe("2016-10-25T06:30:00.000Z");
    expect(read("01/02/2016 08:30", "dmy", "Europe/Rome")).toBe("2016-02-01T07:30:00.000Z");
  });

  it("refuses what is no date", () => {
    for (const text of ["31/02/2016", "2016-13-01", "25/10/2016 25:00", "yesterday", "12345"]) expect(read(text), text).toBeNull();
  });

  it("tells the order from a value that decides it, and none from one that does not", () => {
    expect(orderShown(readDateCell("25/10/2016")!)).toBe("dmy");
    expect(orderShown(readDateCell("10/25/2016")!)).toBe("mdy");
    expect(orderShown(readDateCell("01/02/2016")!)).toBeNull();
    expect(orderShown(readDateCell("2016-10-25")!)).toBeNull();
  });

  it("finds, from all of a column's values, its styles, the rows that decide the order and those that are no dates", () => {
    const { columns: [dates] } = fileFacts(["when"], [["01/02/2016"], ["25/10/2016"], ["10/25/2016"], ["2016-10-25"], ["soon"], [""], ["03/04/2016 10:00"]]);
    expect(dates.dates).toMatchObject({
      styles: { numeric: { rows: [2, 3, 4, 8], count: 4 }, iso: { rows: [5], count: 1 } },
      dayFirst: { rows: [3] }, monthFirst: { rows: [4] }, notDates: { rows: [6] }, withTime: 1, numeric: 4,
    });
  });
});
