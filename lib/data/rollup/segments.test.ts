import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { rollupSegments, type Segment } from "./segments";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const show = (segments: Segment[]) =>
  segments.map(({ grain, from, to }) => `${grain} ${from?.toISOString().slice(0, 10) ?? "…"}→${to?.toISOString().slice(0, 10) ?? "…"}`);

describe("rollupSegments", () => {
  it("reads whole years, then months, then days at the edges", () => {
    expect(show(rollupSegments({ start: day("2015-11-20"), end: day("2017-02-03") }))).toEqual([
      "DAY 2015-11-20→2015-12-01", "MONTH 2015-12-01→2016-01-01", "YEAR 2016-01-01→2017-01-01",
      "MONTH 2017-01-01→2017-02-01", "DAY 2017-02-01→2017-02-03",
    ]);
  });

  it("reads a whole year as one year, a month as one month, a day as one day", () => {
    expect(show(rollupSegments({ start: day("2016-01-01"), end: day("2017-01-01") }))).toEqual(["YEAR 2016-01-01→2017-01-01"]);
    expect(show(rollupSegments({ start: day("2016-10-01"), end: day("2016-11-01") }))).toEqual(["MONTH 2016-10-01→2016-11-01"]);
    expect(show(rollupSegments({ start: day("2016-10-25"), end: day("2016-10-26") }))).toEqual(["DAY 2016-10-25→2016-10-26"]);
  });

  it("leaves open sides open", () => {
    expect(show(rollupSegments({ start: null, end: null }))).toEqual(["YEAR …→…"]);
    expect(show(rollupSegments({ start: day("2016-10-25"), end: null }))).toEqual([
      "DAY 2016-10-25→2016-11-01", "MONTH 2016-11-01→2017-01-01", "YEAR 2017-01-01→…",
    ]);
    expect(show(rollupSegments({ start: null, end: day("2016-03-02") }))).toEqual([
      "YEAR …→2016-01-01", "MONTH 2016-01-01→2016-03-01", "DAY 2016-03-01→2016-03-02",
    ]);
  });

  it("stops at months when asked (the monthly series)", () => {
    expect(show(rollupSegments({ start: null, end: day("2016-03-02") }, "MONTH"))).toEqual(["MONTH …→2016-03-01", "DAY 2016-03-01→2016-03-02"]);
  });

  it("is empty for an empty or inverted period and refuses bounds off midnight", () => {
    expect(rollupSegments({ start: day("2016-05-01"), end: day("2016-05-01") })).toEqual([]);
    expect(rollupSegments({ start: day("2016-06-01"), end: day("2016-05-01") })).toEqual([]);
    expect(() => rollupSegments({ start: new Date("2016-05-01T10:00:00Z"), end: null })).toThrow(/UTC midnight/);
  });

  it("covers every day of any period exactly once, in order", () => {
    const someDay = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2012, 0, 1) + n * 86_400_000));
    fc.assert(fc.property(someDay, someDay, (a, b) => {
      const [start, end] = a < b ? [a, b] : [b, a];
      const segments = rollupSegments({ start, end });
      let at = start.getTime();
      for (const { grain, from, to } of segments) {
        expect(from!.getTime()).toBe(at);
        const next = new Date(from!);
        if (grain === "YEAR") next.setUTCFullYear(next.getUTCFullYear() + 1);
        if (grain === "MONTH") next.setUTCMonth(next.getUTCMonth() + 1);
        if (grain === "DAY") next.setUTCDate(next.getUTCDate() + 1);
        expect(to!.getTime()).toBeGreaterThanOrEqual(next.getTime()); // at least one whole period of its grain
        at = to!.getTime();
      }
      expect(at).toBe(end.getTime());
    }), { numRuns: 2000 });
  });
});
