// The export's text cells (as the CSV files have them) typed for a spreadsheet: figures as numbers,
// instants as dates (Excel dates carry no zone: they are UTC, as the CSV's ISO 8601), the rest as text.
// Text stays exactly as in the CSV, formula-like text with its apostrophe: a cell written as a string is
// never a formula, and a sheet saved again as CSV stays safe.
export type CellKind = "number" | "time" | "count" | "text";
export type Cell = { value: string | number | Date | null; numFmt?: string };

export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
export const DATE_FORMAT = "yyyy-mm-dd";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
// Whole counts only: a suppressed count ("<5") stays text.
const COUNT = /^(0|[1-9]\d{0,14})$/;

export function cellValue(text: string | null, kind: CellKind): Cell {
  if (text === null || text === "") return { value: null };
  if (kind === "number" || (kind === "count" && COUNT.test(text))) {
    const value = Number(text);
    return Number.isFinite(value) ? { value } : { value: text };
  }
  if (kind === "time" && INSTANT.test(text)) return { value: new Date(text), numFmt: DATE_TIME_FORMAT };
  if (kind === "time" && DAY.test(text)) return { value: new Date(`${text}T00:00:00.000Z`), numFmt: DATE_FORMAT };
  return { value: text };
}
