// Dates as other people's spreadsheets write them: ISO (2016-10-25, with or without a time and a zone),
// numbers in either order (25/10/2016, 10/25/2016, 25.10.16, IOM's "Thu, 01/01/2026 - 12:00") and
// English month names (October 25, 2016; 25 Oct 2016). A column is read in one style and one order.
export type DateStyle = "iso" | "numeric" | "long";
export type DateOrder = "dmy" | "mdy";

type Time = { hour: number; minute: number; second: number };
export type DateCell =
  | { style: "iso" | "long"; year: number; month: number; day: number; time: Time | null; offset: string | null }
  | { style: "numeric"; first: number; second: number; year: number; time: Time | null; offset: null };

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const TIME = String.raw`(?:(?:\s*-\s*|\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?\s*(am|pm)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}\s*(Z|[+-]\d{2}:?\d{2})?$`, "i");
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})${TIME}$`, "i");
const MONTH_FIRST = new RegExp(String.raw`^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})${TIME}$`, "i");
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})${TIME}$`, "i");
const WEEKDAY = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?=\d)/i;

function timeOf(hour?: string, minute?: string, second?: string, half?: string): Time | null | undefined {
  if (hour === undefined) return null;
  let h = Number(hour);
  if (half) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (half.toLowerCase() === "pm" ? 12 : 0);
  }
  const time = { hour: h, minute: Number(minute), second: Number(second ?? 0) };
  return time.hour < 24 && time.minute < 60 && time.second < 60 ? time : undefined;
}

const fullYear = (text: string) => (text.length === 2 ? Number(text) + (Number(text) < 70 ? 2000 : 1900) : Number(text));
const monthOf = (name: string) => MONTHS.findIndex((month) => month.startsWith(name.toLowerCase())) + 1;

/** A cell's date parts and style, or null when it is no date in any style we read. */
export function readDateCell(text: string): DateCell | null {
  const t = text.trim().replace(WEEKDAY, "");
  let m = ISO.exec(t);
  if (m) {
    const time = timeOf(m[4], m[5], m[6], m[7]);
    return time === undefined ? null : { style: "iso", year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), time, offset: m[8] ?? null };
  }
  if ((m = NUMERIC.exec(t))) {
    const time = timeOf(m[4], m[5], m[6], m[7]);
    return time === undefined ? null : { style: "numeric", first: Number(m[1]), second: Number(m[2]), year: fullYear(m[3]), time, offset: null };
  }
  const long = MONTH_FIRST.exec(t) ?? DAY_FIRST.exec(t);
  if (!long) return null;
  const isMonthFirst = /^[A-Za-z]/.test(long[1]);
  const month = monthOf(isMonthFirst ? long[1] : long[2]);
  const time = timeOf(long[4], long[5], long[6], long[7]);
  if (!month || time === undefined) return null;
  return { style: "long", year: Number(long[3]), month, day: Number(isMonthFirst ? long[2] : long[1]), time, offset: null };
}

/** The order a numeric date shows by itself (a part above 12 is the day), or null when either would do. */
export function orderShown(cell: DateCell): DateOrder | "both" | null {
  if (cell.style !== "numeric") return null;
  if (cell.first > 12 && cell.second > 12) return "both";
  if (cell.first > 12) return "dmy";
  if (cell.second > 12) return "mdy";
  return null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Minutes a zone is ahead of UTC at an instant. */
function zoneOffset(zone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" })
    .formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - instant) / 60_000;
}

/**
 * The cell as the ledger layout writes it: a date alone as YYYY-MM-DD (read as that day), a date and
 * time as an ISO instant in UTC, its clock time read in `zone` unless the cell gives its offset; null
 * when the parts make no date (31/02, a 13th month).
 */
export function ledgerDate(cell: DateCell, order: DateOrder, zone: string): string | null {
  const [month, day] = cell.style !== "numeric" ? [cell.month, cell.day] : order === "dmy" ? [cell.second, cell.first] : [cell.first, cell.second];
  const check = new Date(Date.UTC(cell.year, month - 1, day));
  if (check.getUTCFullYear() !== cell.year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const date = `${pad(cell.year, 4)}-${pad(month)}-${pad(day)}`;
  if (!cell.time) return date;
  const clock = `${pad(cell.time.hour)}:${pad(cell.time.minute)}:${pad(cell.time.second)}`;
  if (cell.offset) return new Date(`${date}T${clock}${cell.offset.toUpperCase() === "Z" ? "Z" : cell.offset.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")}`).toISOString();
  const wall = Date.UTC(cell.year, month - 1, day, cell.time.hour, cell.time.minute, cell.time.second);
  let instant = wall - zoneOffset(zone, wall) * 60_000;
  instant = wall - zoneOffset(zone, instant) * 60_000;
  return new Date(instant).toISOString();
}
