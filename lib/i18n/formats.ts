import type { Formats } from "next-intl";

// Named formats, the same on the server and in the browser: format.dateTime(date, "dateTime").
export const FORMATS = {
  dateTime: {
    dateTime: { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" },
  },
} satisfies Formats;
