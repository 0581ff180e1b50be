// Number and date wording shared by the dashboard's cards, tables, chart and map (English, UTC).
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const DAY_TIME = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

// One formatter per number of digits: toLocaleString builds a new one per call, which a map of
// hundreds of points pays for a thousand times per page.
const NUMBER = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, digits = 0) {
  let format = NUMBER.get(digits);
  if (!format) NUMBER.set(digits, (format = new Intl.NumberFormat("en", { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return format.format(value);
}

export const formatDay = (date: Date) => DAY.format(date);
export const formatDayTime = (date: Date) => `${DAY_TIME.format(date)} UTC`;

/** "04-10" → "10 Apr" (in a leap year, so that 29 February exists). */
export const formatDayMonth = (monthDay: string) => DAY_MONTH.format(new Date(`2000-${monthDay}T00:00:00Z`));

/** "2016-10" → "Oct 2016". */
export const formatMonth = (month: string) => MONTH.format(new Date(`${month}-01T00:00:00Z`));

/** A half-open range [start, end) as the days it covers, e.g. "1 Jan 2016 – 31 Dec 2016". */
export function formatRange({ start, end }: { start: Date | null; end: Date | null }) {
  const last = end && new Date(end.getTime() - 1);
  if (start && last) return `${formatDay(start)} – ${formatDay(last)}`;
  if (start) return `from ${formatDay(start)}`;
  if (last) return `until ${formatDay(last)}`;
  return "all time";
}

const signed = (value: number, digits: number) => `${value > 0 ? "+" : value < 0 ? "−" : "±"}${formatNumber(Math.abs(value), digits)}`;

/** "+12 (+8.0%)": the change from a year earlier; the percentage is left out when there was nothing before. */
export function formatChange(current: number, previous: number, digits = 0) {
  const change = signed(current - previous, digits);
  if (previous === 0) return change;
  return `${change} (${signed(((current - previous) / previous) * 100, 1)}%)`;
}
