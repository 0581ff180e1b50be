import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { FORMATS } from "@/lib/i18n/formats";
import { formatDateTime } from "./local-time";

const formatter = (locale: string, timeZone = "UTC") => createFormatter({ locale, timeZone, formats: FORMATS });
const when = new Date("2016-10-25T08:05:00Z");

describe("formatDateTime", () => {
  it("shows the time zone it used, in the reader's language", () => {
    expect(formatDateTime(formatter("en-GB"), when)).toBe("25 Oct 2016, 08:05 UTC");
    expect(formatDateTime(formatter("en-GB"), when, "Europe/Rome")).toBe("25 Oct 2016, 10:05 CEST");
    expect(formatDateTime(formatter("it", "Europe/Rome"), when)).toBe("25 ott 2016, 10:05 CEST");
    expect(formatDateTime(formatter("de"), when, "Europe/Berlin")).toBe("25. Okt. 2016, 10:05 MESZ");
  });
});
