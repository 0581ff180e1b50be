import { describe, expect, it } from "vitest";
import { looksSwapped, readCount, readDay, readDecimalPair, readInstant } from "./values";
import { messageKey } from "@/lib/i18n/message-key";

describe("reading cells", () => {
  it("reads counts: blank is unknown, thousands separators are noted, the rest refused", () => {
    expect(readCount("")).toEqual({ ok: true, value: null });
    expect(readCount(" 12 ")).toEqual({ ok: true, value: 12 });
    expect(readCount("1,022")).toEqual({ ok: true, value: 1022, note: messageKey("validation.import.noteThousands") });
    expect(readCount("1.022")).toMatchObject({ ok: false, message: expect.stringMatching(/ambiguousCount/) });
    expect(readCount("-3")).toMatchObject({ ok: false, message: messageKey("validation.import.negativeCount") });
    expect(readCount("about 20")).toMatchObject({ ok: false });
  });

  it("reads IOM's dates and ISO dates as 00:00 UTC, refusing day/month ambiguity", () => {
    expect(readDay("August 31, 2021")).toEqual({ ok: true, value: new Date("2021-08-31T00:00:00Z") });
    expect(readDay("January 06, 2014")).toEqual({ ok: true, value: new Date("2014-01-06T00:00:00Z") });
    expect(readDay("Sept 3, 2015")).toEqual({ ok: true, value: new Date("2015-09-03T00:00:00Z") });
    expect(readDay("2016-10-25")).toEqual({ ok: true, value: new Date("2016-10-25T00:00:00Z") });
    expect(readDay("February 30, 2016")).toMatchObject({ ok: false, message: messageKey("validation.import.noSuchDate") });
    expect(readDay("05/06/2016")).toMatchObject({ ok: false, message: messageKey("validation.import.dayMonthAmbiguous") });
  });

  it("reads instants with their offset and notes a date without a time", () => {
    expect(readInstant("2016-10-25T08:30+02:00")).toEqual({ ok: true, value: new Date("2016-10-25T06:30:00Z") });
    expect(readInstant("2016-10-25T06:30:00.000Z")).toEqual({ ok: true, value: new Date("2016-10-25T06:30:00Z") });
    expect(readInstant("2016-10-25 08:30:00+0200")).toEqual({ ok: true, value: new Date("2016-10-25T06:30:00Z") });
    expect(readInstant("2016-10-25T08:30")).toMatchObject({ ok: false, message: messageKey("validation.import.noOffset") });
    expect(readInstant("October 25, 2016")).toMatchObject({ ok: true, note: messageKey("validation.import.noteDateOnly") });
  });

  it("reads a decimal lat, lon cell and corrects only an unambiguous swap", () => {
    expect(readDecimalPair("28.025544671905, -13.789267742188")).toEqual({ ok: true, value: { latitude: 28.025544671905, longitude: -13.789267742188, text: "28.025544671905, -13.789267742188", isSwapped: false } });
    expect(readDecimalPair("-114.579342, 32.468858")).toEqual({ ok: true, value: { latitude: 32.468858, longitude: -114.579342, text: "32.468858, -114.579342", isSwapped: true } });
    expect(readDecimalPair("33°15'N 12°36'E")).toEqual({ ok: true, value: null });
    expect(readDecimalPair("200, 300")).toMatchObject({ ok: false });
  });

  it("suspects a swap that stays in range only where the region says so", () => {
    expect(looksSwapped("Mediterranean", 11.0, 35.0)).toBe(true);
    expect(looksSwapped("Mediterranean", 35.0, 11.0)).toBe(false);
    expect(looksSwapped("Mediterranean", 33.6, -7.5)).toBe(false);
    expect(looksSwapped(null, 11.0, 35.0)).toBe(false);
  });
});
