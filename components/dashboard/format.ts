import type { Figure } from "@/lib/privacy/partner-figures";

// The dashboard counts calendar months and days in UTC, whatever the reader's zone.
const UTC = { timeZone: "UTC" } as const;
const monthStart = (month: string) => new Date(`${month}-01T00:00:00Z`);

type Format = ReturnType<typeof build>;

// One set of Intl formatters per language, kept for the process. next-intl's formatter looks its Intl
// formatter up by the serialized options on every call: the map's 300 points paid that 1,200 times per
// page, 4 ms of the dashboard's rendering on the bench (bench/RESULTS.md).
const byLocale = new Map<string, Format>();

function build(locale: string) {
  const numbers: Intl.NumberFormat[] = [];
  const numberOf = (digits: number) =>
    (numbers[digits] ??= new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  const changes: Intl.NumberFormat[] = [];
  const changeOf = (digits: number) =>
    (changes[digits] ??= new Intl.NumberFormat(locale, { signDisplay: "exceptZero", minimumFractionDigits: digits, maximumFractionDigits: digits }));
  const percent = new Intl.NumberFormat(locale, { style: "percent", signDisplay: "exceptZero", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", ...UTC });
  const dayTime = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short", ...UTC });
  const month = new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", ...UTC });
  const monthName = new Intl.DateTimeFormat(locale, { month: "short", ...UTC });
  const dayMonth = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", ...UTC });
  return {
    /** A figure; one suppressed for partners ("<5") as it is. */
    number: (value: Figure, digits = 0) => (typeof value === "string" ? value : numberOf(digits).format(value)),
    day: (date: Date) => day.format(date),
    dayTime: (date: Date) => dayTime.format(date),
    /** "2016-10" → "Oct 2016". */
    month: (value: string) => month.format(monthStart(value)),
    /** "2016-10" → "Oct". */
    monthName: (value: string) => monthName.format(monthStart(value)),
    /** From 1 January to "04-10" → "1 Jan – 10 Apr" (in a leap year, so that 29 February exists). */
    toDate: (monthDay: string) => dayMonth.formatRange(new Date("2000-01-01T00:00:00Z"), new Date(`2000-${monthDay}T00:00:00Z`)),
    /** A closed range of days, e.g. "1 Jan – 31 Dec 2016". */
    days: (first: Date, last: Date) => day.formatRange(first, last),
    /** "+12" and "+8.0%": the change from a year earlier; the percentage is null when there was nothing before. */
    change(current: number, previous: number, digits = 0) {
      return { change: changeOf(digits).format(current - previous), percent: previous === 0 ? null : percent.format((current - previous) / previous) };
    },
  };
}

/** The dashboard's numbers and dates in the reader's language (its next-intl locale tag, e.g. "en-GB"). */
export function dashboardFormat(locale: string): Format {
  let format = byLocale.get(locale);
  if (!format) byLocale.set(locale, (format = build(locale)));
  return format;
}

export type DashboardFormat = Format;
