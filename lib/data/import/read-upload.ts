import "server-only";
import { decodeCsvBytes } from "@/lib/csv/decode";
import { mapIomRow } from "@/lib/csv/iom-row";
import { isIomLayout } from "@/lib/csv/iom-layouts";
import { detectLayout, type ImportLayout } from "@/lib/csv/layouts";
import { mapLedgerRow } from "@/lib/csv/ledger-row";
import { mapNationalityRows } from "@/lib/csv/nationality-rows";
import { type CsvRecord, CsvError, readCsv } from "@/lib/csv/reader";
import type { MappedRow } from "@/lib/csv/row-context";
import { checkKeys } from "@/lib/csv/row-keys";
import { messageKey } from "@/lib/i18n/message-key";
import { isZip, readSheet } from "@/lib/xlsx/read-sheet";
import type { ImportMapping } from "@/lib/import-mapping/schema";
import { type MappedRead, readMapped } from "./read-mapped";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_ROWS = 50_000;
// An .xlsx may unpack to ten times the upload limit; a part packed tighter than 200:1 is no spreadsheet.
export const XLSX_LIMITS = { maxUnpackedBytes: 10 * MAX_UPLOAD_BYTES, maxRatio: 200 };

export type Upload = {
  layout: ImportLayout; rows: MappedRow[]; columns: Set<string>; ignoredColumns: string[];
  /** A file read through a column mapping: the mapping, the file's header, and the header of each ledger column. */
  mapping?: { value: ImportMapping; header: string[]; headerOf: Map<string, string> };
};

const mb = (bytes: number) => Math.round(bytes / 1024 / 102.4) / 10;

type Read = { ok: true; upload: Upload } | MappedRead;

/**
 * The file's rows in its layout (or through the column mapping sent with it), each read into incident values
 * and problems; or why it cannot be read at all, with the facts to offer a mapping when one could read it. A
 * CSV file, or an Excel workbook (.xlsx: its first sheet or `sheet`), whose cells read as a CSV file's would, so
 * both go through the same steps.
 */
export async function readUpload(bytes: Uint8Array, { sheet, mapping }: { sheet?: string; mapping?: unknown } = {}): Promise<Read> {
  if (bytes.length > MAX_UPLOAD_BYTES) return { ok: false, message: messageKey("validation.import.fileTooLarge", { size: mb(bytes.length), max: mb(MAX_UPLOAD_BYTES) }) };
  if (isZip(bytes)) {
    const read = await readSheet(bytes, { sheet, maxRows: MAX_UPLOAD_ROWS, limits: XLSX_LIMITS });
    return read.ok ? readRecords(read.rows.map(({ row, fields }) => ({ fields, line: row })).values(), mapping) : read;
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return decoded;
  return readRecords(readCsv(decoded.text), mapping);
}

function readRecords(records: IterableIterator<CsvRecord>, mapping: unknown): Read {
  try {
    const first = records.next();
    if (first.done) return { ok: false, message: messageKey("validation.import.noHeader") };
    const header = first.value.fields;
    const detected = detectLayout(header);
    if (!detected.ok) return detected.canMap ? readMapped(header, records, mapping, { maxRows: MAX_UPLOAD_ROWS, unknownHeader: detected.message }) : detected;
    const { layout } = detected;
    const map = isIomLayout(layout) ? mapIomRow.bind(null, layout) : mapLedgerRow;
    const rows: MappedRow[] = [];
    const lines: Parameters<typeof mapNationalityRows>[0] = [];
    for (const record of records) {
      if (rows.length + lines.length >= MAX_UPLOAD_ROWS) return { ok: false, message: messageKey("validation.import.tooManyRows", { max: MAX_UPLOAD_ROWS }) };
      const row = rows.length + lines.length + 2;
      const cell = (column: string) => record.fields[detected.index.get(column) ?? -1] ?? "";
      const cellsProblem = record.fields.length === header.length ? null : {
        row, column: "", value: "", severity: "error" as const,
        message: messageKey("validation.import.cellCount", { cells: record.fields.length, header: header.length, line: record.line }),
      };
      if (detected.layout === "nationalities") {
        lines.push({ row, cell, problem: cellsProblem });
        continue;
      }
      const mapped = map(row, cell);
      checkKeys(mapped, detected.layout);
      if (cellsProblem) mapped.problems.unshift(cellsProblem);
      rows.push(mapped);
    }
    for (const mapped of mapNationalityRows(lines)) {
      checkKeys(mapped, detected.layout);
      rows.push(mapped);
    }
    return { ok: true, upload: { layout: detected.layout, rows, columns: new Set(detected.index.keys()), ignoredColumns: detected.ignored } };
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, message: messageKey("validation.import.nothingImported", { problem: error.message }) };
    throw error;
  }
}
