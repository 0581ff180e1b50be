import { once } from "node:events";
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { type CellKind, cellValue } from "./cell-value";

export type SheetColumn = { header: string; kind: CellKind };

// Sheet names: at most 31 characters, none of : \ / ? * [ ]
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, "_").slice(0, 31) || "Sheet1";

/**
 * Writes a one-sheet workbook to `out` row by row (exceljs's streaming writer: each row leaves memory
 * once committed), waiting whenever `out` is full so a slow reader holds back the rows, not memory.
 * Strings are inline (no shared-strings table kept until the end), header bold and frozen.
 */
export async function writeSheet(out: Writable, name: string, columns: readonly SheetColumn[], rows: AsyncIterable<readonly (string | null)[]>): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(sheetName(name), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: Math.min(Math.max(c.header.length + 2, c.kind === "time" ? 20 : 10), 40) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const fields of rows) {
    const row = sheet.addRow([]);
    columns.forEach((column, i) => {
      const { value, numFmt } = cellValue(fields[i] ?? null, column.kind);
      if (value === null) return;
      const cell = row.getCell(i + 1);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    });
    row.commit();
    if (out.writableNeedDrain) await once(out, "drain");
  }
  sheet.commit();
  await book.commit();
}
