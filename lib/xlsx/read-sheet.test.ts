import { describe, expect, it } from "vitest";
import { messageKey } from "@/lib/i18n/message-key";
import { readSheet } from "./read-sheet";
import { workbookBytes } from "./test-workbook";

const options = { maxRows: 100, limits: { maxUnpackedBytes: 10 * 1024 * 1024, maxRatio: 200 } };
const texts = async (bytes: Uint8Array, sheet?: string) => {
  const read = await readSheet(bytes, { ...options, sheet });
  if (!read.ok) throw new Error(read.message);
  return read;
};

describe("readSheet", () => {
  it("reads cells as a CSV file holds them: numbers in plain decimals, dates in ISO 8601 UTC, empty cells empty", async () => {
    const bytes = await workbookBytes((book) => {
      const sheet = book.addWorksheet("Incidents");
      sheet.addRow(["reference", "dead", "latitude", "occurred_at", "verified", "narrative", "total", "note"]);
      sheet.addRow(["MSF-2016-0042", 29, 33.25, new Date("2016-10-25T06:30:00Z"), true, "Bodies on the floor, \"flooded\"", { formula: "B2+1", result: 30 }, null]);
      sheet.addRow(["MSF-2016-0043", null, 1.5e-7, null, false, { richText: [{ text: "rich " }, { text: "text", font: { bold: true } }] }, 1234567.5, "last"]);
      sheet.getCell("D2").numFmt = "dd/mm/yyyy hh:mm";
      sheet.addRow([]);
      sheet.addRow(["=not a formula", 12345678901234567890]);
    });
    const { rows, sheets, sheet } = await texts(bytes);
    expect(sheets).toEqual(["Incidents"]);
    expect(sheet).toBe("Incidents");
    expect(rows).toEqual([
      { row: 1, fields: ["reference", "dead", "latitude", "occurred_at", "verified", "narrative", "total", "note"] },
      { row: 2, fields: ["MSF-2016-0042", "29", "33.25", "2016-10-25T06:30:00.000Z", "TRUE", "Bodies on the floor, \"flooded\"", "30", ""] },
      { row: 3, fields: ["MSF-2016-0043", "", "0.00000015", "", "FALSE", "rich text", "1234567.5", "last"] },
      { row: 5, fields: ["=not a formula", "12345678901234567000", "", "", "", "", "", ""] },
    ]);
  });

  it("reads the first sheet by default, or the one named, and names the sheets there are", async () => {
    const bytes = await workbookBytes((book) => {
      book.addWorksheet("Notes").addRow(["Read me first"]);
      book.addWorksheet("Données 2016").addRows([["reference"], ["MSF-1"]]);
    });
    expect((await texts(bytes)).rows).toEqual([{ row: 1, fields: ["Read me first"] }]);
    const named = await texts(bytes, "Données 2016");
    expect(named.sheets).toEqual(["Notes", "Données 2016"]);
    expect(named.rows.map((r) => r.fields)).toEqual([["reference"], ["MSF-1"]]);
    expect(await readSheet(bytes, { ...options, sheet: "2017" })).toEqual({
      ok: false, message: messageKey("validation.import.xlsxNoSuchSheet", { sheet: "2017", sheets: "Notes, Données 2016" }),
    });
  });

  it("refuses a header row with merged cells, and accepts merged cells below it", async () => {
    const merged = await workbookBytes((book) => {
      const sheet = book.addWorksheet("Sheet1");
      sheet.addRow([]);
      sheet.addRow(["People", "", "reference"]);
      sheet.addRow([1, 2, "MSF-1"]);
      sheet.mergeCells("A2:B2");
    });
    expect(await readSheet(merged, options)).toEqual({ ok: false, message: messageKey("validation.import.xlsxMergedHeader", { row: 2, cells: "A2:B2" }) });
    const below = await workbookBytes((book) => {
      const sheet = book.addWorksheet("Sheet1");
      sheet.addRows([["a", "b"], ["x", ""], ["y", "z"]]);
      sheet.mergeCells("A2:A3");
    });
    expect((await texts(below)).rows.map((r) => r.fields)).toEqual([["a", "b"], ["x", ""], ["", "z"]]);
  });

  it("refuses an empty sheet and more rows than allowed", async () => {
    const empty = await workbookBytes((book) => book.addWorksheet("Leer"));
    expect(await readSheet(empty, options)).toEqual({ ok: false, message: messageKey("validation.import.xlsxEmptySheet", { sheet: "Leer" }) });
    const long = await workbookBytes((book) => book.addWorksheet("Sheet1").addRows(Array.from({ length: 103 }, (_, i) => [i])));
    expect(await readSheet(long, options)).toEqual({ ok: false, message: messageKey("validation.import.tooManyRows", { max: 100 }) });
    expect((await readSheet(long, { ...options, maxRows: 102 })).ok).toBe(true);
  });
});
