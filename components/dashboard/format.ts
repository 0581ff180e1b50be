import type { useFormatter } from "next-intl";
import type { Figure } from "@/lib/privacy/partner-figures";

type Formatter = ReturnType<typeof useFormatter>;

// The dashboard counts calendar months and days in UTC, whatever the reader's zone.
const UTC = { timeZone: "UTC" } as const;
const monthStart = (month: string) => new Date(`${month}-01T00:00:00Z`);

/**
 * The dashboard's numbers and dates in the reader's language, from next-intl's formatter (which keeps
 * one Intl formatter per set of options: a map of hundreds of points would otherwise build thousands).
 */
export function dashboardFormat(format: Formatter) {
  return {
    /** A figure; one suppressed for partners ("<5") as it is. */
    number: (value: Figure, digits = 0) => (typeof value === "string" ? value : format.number(value, { minimumFractionDigits: digits, maximumFractionDigits: digits })),
    day: (date: Date) => format.dateTime(date, { day: "numeric", month: "short", year: "numeric", ...UTC }),
    dayTime: (date: Date) => format.dateTime(date, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short", ...UTC }),
    /** "2016-10" → "Oct 2016". */
    month: (month: string) => format.dateTime(monthStart(month), { month: "short", year: "numeric", ...UTC }),
    /** "2016-10" → "Oct". */
    monthName: (month: string) => format.dateTime(monthStart(month), { month: "short", ...UTC }),
    /** From 1 January to "04-10" → "1 Jan – 10 Apr" (in a leap year, so that 29 February exists). */
    toDate: (monthDay: string) => format.dateTimeRange(new Date("2000-01-01T00:00:00Z"), new Date(`2000-${monthDay}T00:00:00Z`), { day: "numeric", month: "short", ...UTC }),
    /** A closed range of days, e.g. "1 Jan – 31 Dec 2016". */
    days: (first: Date, last: Date) => format.dateTimeRange(first, last, { day: "numeric", month: "short", year: "numeric", ...UTC }),
    /** "+12" and "+8.0%": the change from a year earlier; the percentage is null when there was nothing before. */
    change(current: number, previous: number, digits = 0) {
      const change = format.number(current - previous, { signDisplay: "exceptZero", minimumFractionDigits: digits, maximumFractionDigits: digits });
      const percent = previous === 0 ? null : format.number((current - previous) / previous, { style: "percent", signDisplay: "exceptZero", minimumFractionDigits: 1, maximumFractionDigits: 1 });
      return { change, percent };
    },
  };
}

export type DashboardFormat = ReturnType<typeof dashboardFormat>;
