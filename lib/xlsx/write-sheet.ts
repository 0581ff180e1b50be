import type { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import ExcelJS from "exceljs";
import { type CellKind, cellValue } from "./cell-value";

export type SheetColumn = { header: string; kind: CellKind };

// exceljs writes a sheet into a buffer of its own that pushes into the ZIP's stream without waiting
// (exceljs 4.4.0 lib/utils/stream-buf.js, into a readable-stream 3 PassThrough): what waits there is read
// here, so that rows are added only while little does. Tested by lib/data/export/export-streaming.test.ts
// (PostgreSQL stops while nobody reads).
type Pipe = { writableLength?: number; _writableState?: { length: number } };
type SheetBuffer = { buffers?: unknown[]; pipes?: Pipe[] };
const MAX_WAITING = 1024 * 1024;
function bytesWaiting(sheet: unknown, out: Writable) {
  const buffer = (sheet as { stream?: SheetBuffer }).stream;
  const pipe = buffer?.pipes?.[0];
  const unsent = (buffer?.buffers?.length ?? 0) * 65_536;
  return unsent + (pipe?.writableLength ?? pipe?._writableState?.length ?? 0) + out.writableLength;
}

// Sheet names: at most 31 characters, none of : \ / ? * [ ]
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, "_").slice(0, 31) || "Sheet1";

/**
 * Writes a one-sheet workbook to `out` row by row (exceljs's streaming writer: each row leaves memory
 * once committed), waiting while a megabyte is still to be compressed or read, so a slow reader holds back
 * the rows, not memory.
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
    while (bytesWaiting(sheet, out) > MAX_WAITING) await sleep(5);
  }
  sheet.commit();
  await book.commit();
}
