import "server-only";
import { messageKey } from "@/lib/i18n/message-key";
import { plainDecimal, serialToIso } from "./cell-text";
import type { WorkbookParts } from "./workbook-parts";
import { xmlEvents } from "./xml-events";
import { XlsxError } from "./xlsx-error";
import type { WorkbookZip } from "./zip-archive";

export type SheetRow = { row: number; fields: string[] };
type Cell = { column: number; type: string; style: number; value: string; inline: string };

/** "BC12" → 54 (0-based column); null for a reference without letters. */
function columnOf(ref: string | undefined): number | null {
  const letters = /^[A-Z]+/i.exec(ref ?? "")?.[0];
  if (!letters) return null;
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

function cellText(cell: Cell, parts: WorkbookParts): string {
  const { type, value } = cell;
  if (type === "inlineStr") return cell.inline;
  if (value === "") return "";
  if (type === "s") return parts.sharedStrings[Number(value)] ?? "";
  if (type === "str" || type === "e") return value;
  if (type === "b") return value === "1" ? "TRUE" : "FALSE";
  if (type === "d") return Number.isNaN(Date.parse(value)) ? value : new Date(/Z|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`).toISOString();
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  return parts.dateStyles.has(cell.style) ? serialToIso(number, parts.is1904) : plainDecimal(number);
}

/**
 * The non-empty rows of one sheet, in order, each as the texts of its cells from column A to its last
 * cell (empty text for an empty cell); formulas give their stored results. Merged cells are listed after
 * the rows in a sheet, so a merged header row is refused at the end, before the caller writes anything.
 */
export async function* sheetRows(zip: WorkbookZip, path: string, parts: WorkbookParts): AsyncGenerator<SheetRow> {
  let fields: string[] = [];
  let rowNumber = 0, headerRow = 0;
  let cell: Cell | null = null;
  let into: "value" | "inline" | null = null;
  let inPhonetic = false;
  const merges: string[] = [];
  for await (const batch of xmlEvents(zip.read(path))) {
    const done: SheetRow[] = [];
    for (const e of batch) {
      if (e.type === "text") {
        if (cell && into && !inPhonetic) cell[into] += e.text;
      } else if (e.type === "open") {
        if (e.name === "row") {
          rowNumber = Number(e.attributes.r) || rowNumber + 1;
          fields = [];
        } else if (e.name === "c") {
          const column = columnOf(e.attributes.r) ?? fields.length;
          cell = { column, type: e.attributes.t ?? "n", style: Number(e.attributes.s ?? 0), value: "", inline: "" };
        } else if (e.name === "v") into = "value";
        else if (e.name === "t" && cell?.type === "inlineStr") into = "inline";
        else if (e.name === "rPh") inPhonetic = true;
        else if (e.name === "mergeCell" && e.attributes.ref) merges.push(e.attributes.ref);
      } else if (e.name === "v" || e.name === "t") into = null;
      else if (e.name === "rPh") inPhonetic = false;
      else if (e.name === "c" && cell) {
        const text = cellText(cell, parts);
        if (text !== "") {
          while (fields.length < cell.column) fields.push("");
          fields[cell.column] = text;
        }
        cell = null;
      } else if (e.name === "row" && fields.length > 0) {
        headerRow ||= rowNumber;
        done.push({ row: rowNumber, fields });
      }
    }
    yield* done;
  }
  const merged = merges.find((ref) => {
    const [from, to = from] = ref.split(":").map((r) => Number(/\d+$/.exec(r)?.[0]));
    return headerRow >= from && headerRow <= to;
  });
  if (merged) throw new XlsxError(messageKey("validation.import.xlsxMergedHeader", { row: headerRow, cells: merged }));
}
