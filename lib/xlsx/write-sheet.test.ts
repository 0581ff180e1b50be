import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadWorkbook } from "./test-workbook";
import { writeSheet } from "./write-sheet";

async function workbookOf(rows: (string | null)[][]) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => out.on("end", resolve));
  async function* source() {
    yield* rows;
  }
  const columns = [{ header: "reference", kind: "text" }, { header: "dead", kind: "number" }, { header: "occurred_at", kind: "time" }, { header: "women", kind: "count" }] as const;
  await writeSheet(out, "incidents", columns, source());
  await ended;
  const book = await loadWorkbook(Buffer.concat(chunks));
  return { bytes: Buffer.concat(chunks), sheet: book.getWorksheet("incidents")! };
}

describe("writeSheet", () => {
  it("writes the header and typed cells: numbers, UTC dates, text, empty for unknown", async () => {
    const { sheet } = await workbookOf([["MSF-2016-0042", "29", "2016-10-25T06:30:00.000Z", "<5"], ["MSF-2016-0043", null, "2016-10-26", "7"]]);
    expect(sheet.getRow(1).values).toEqual([undefined, "reference", "dead", "occurred_at", "women"]);
    const [first, second] = [sheet.getRow(2), sheet.getRow(3)];
    expect(first.getCell(2).value).toBe(29);
    expect(first.getCell(3).value).toEqual(new Date("2016-10-25T06:30:00.000Z"));
    expect(first.getCell(3).numFmt).toBe("yyyy-mm-dd hh:mm:ss");
    expect(first.getCell(4).value).toBe("<5");
    expect(second.getCell(2).value).toBeNull();
    expect(second.getCell(3).value).toEqual(new Date("2016-10-26T00:00:00.000Z"));
    expect(second.getCell(4).value).toBe(7);
    expect(sheet.rowCount).toBe(3);
  });

  it("writes formula-like text as a string cell, never a formula", async () => {
    const formulas = ['=HYPERLINK("http://evil.example","x")', "'=1+1", "+1", "@SUM(A1)"];
    const { sheet } = await workbookOf(formulas.map((text) => [text, null, null, null]));
    formulas.forEach((text, i) => {
      const cell = sheet.getRow(i + 2).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
    });
  });
});
