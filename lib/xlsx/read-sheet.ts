import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { sheetRows, type SheetRow } from "./sheet-rows";
import { readWorkbookParts } from "./workbook-parts";
import { XlsxError } from "./xlsx-error";
import { openWorkbookZip, type UnpackLimits } from "./zip-archive";

export { isZip } from "./zip-directory";
export type { SheetRow } from "./sheet-rows";

export type SheetOptions = {
  /** The sheet to read by name; the workbook's first when not given. */
  sheet?: string;
  /** Data rows (after the header) allowed; more is refused as the CSV import refuses them. */
  maxRows: number;
  limits: UnpackLimits;
};
export type SheetRead = { ok: true; sheets: string[]; sheet: string; rows: SheetRow[] } | { ok: false; message: string };

/**
 * The sheet names of an .xlsx upload and the rows of its first sheet or of the named one, as the texts a
 * CSV file would hold (header first, each row at least as wide); or why the workbook cannot be read. Parts are inflated and parsed as
 * streams: what stays in memory is the shared strings and the rows returned, within the limits.
 */
export async function readSheet(bytes: Uint8Array, options: SheetOptions): Promise<SheetRead> {
  try {
    const zip = openWorkbookZip(bytes, options.limits);
    const parts = await readWorkbookParts(zip);
    const names = parts.sheets.map((s) => s.name);
    const chosen = options.sheet === undefined ? parts.sheets[0] : parts.sheets.find((s) => s.name === options.sheet);
    if (!chosen) {
      if (options.sheet === undefined) return { ok: false, message: messageKey("validation.import.xlsxNotWorkbook") };
      return { ok: false, message: messageKey("validation.import.xlsxNoSuchSheet", { sheet: options.sheet, sheets: names.join(", ") }) };
    }
    const rows: SheetRow[] = [];
    for await (const row of sheetRows(zip, chosen.path, parts)) {
      if (rows.length > options.maxRows) return { ok: false, message: messageKey("validation.import.tooManyRows", { max: options.maxRows }) };
      rows.push(row);
    }
    if (rows.length === 0) return { ok: false, message: messageKey("validation.import.xlsxEmptySheet", { sheet: chosen.name }) };
    // A sheet stores no cell after a row's last value; a CSV file has every heading's cell, empty or not.
    const width = rows[0].fields.length;
    for (const { fields } of rows) while (fields.length < width) fields.push("");
    return { ok: true, sheets: names, sheet: chosen.name, rows };
  } catch (error) {
    if (error instanceof XlsxError) return { ok: false, message: error.message };
    throw error;
  }
}
