import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ROUNDING_BASE } from "./defaults";
import { partnerFigure, possibleTotals, shareableCount, suppressedMark } from "./disclosure";

const RUNS = 2_000;
const threshold = fc.integer({ min: 3, max: 20 });
const count = fc.integer({ min: 0, max: 5_000 });

/** The values the differing case's count can take, knowing only the two totals shown. */
function derivable(without: number | string, withCase: number | string, t: number) {
  const a = possibleTotals(without, t);
  const b = possibleTotals(withCase, t);
  const min = Math.max(0, b.min - a.max);
  const max = b.max - a.min;
  return { min, max };
}

describe("suppression and rounding rules", () => {
  it("writes a per-incident count as it is, or as <threshold when it is 1 to threshold − 1", () => {
    expect([0, 1, 4, 5, 29, null].map((v) => shareableCount(v, 5))).toEqual([0, "<5", "<5", 5, 29, null]);
    expect(shareableCount(9, 10)).toBe("<10");
    expect(suppressedMark(5)).toBe("<5");
  });

  it("shows partners 0 as it is, a total below the threshold suppressed, others to the nearest multiple of 5", () => {
    expect([0, 1, 4, 5, 7, 8, 12, 13, 107, 3771].map((v) => partnerFigure(v, 5))).toEqual([0, "<5", "<5", 5, 5, 10, 10, 15, 105, 3770]);
    expect(partnerFigure(9, 10)).toBe("<10");
  });

  it("describes a shown total by exactly the totals that show as it (property)", () => {
    fc.assert(fc.property(count, threshold, (value, t) => {
      const range = possibleTotals(partnerFigure(value, t), t);
      expect(value).toBeGreaterThanOrEqual(range.min);
      expect(value).toBeLessThanOrEqual(range.max);
      expect(partnerFigure(range.min, t)).toEqual(partnerFigure(value, t));
      expect(partnerFigure(range.max, t)).toEqual(partnerFigure(value, t));
      expect(range.max - range.min).toBeLessThan(Math.max(ROUNDING_BASE, t));
    }), { numRuns: RUNS });
  });

  it("never lets two totals that differ by one case give away that case's suppressed count (property)", () => {
    const suppressed = threshold.chain((t) => fc.tuple(fc.constant(t), fc.integer({ min: 1, max: t - 1 })));
    fc.assert(fc.property(count, suppressed, (rest, [t, x]) => {
      const without = partnerFigure(rest, t);
      const withCase = partnerFigure(rest + x, t);
      // Never exact in one and suppressed in the other unless both say "small": a suppressed total stays so.
      if (typeof withCase === "string") expect(typeof without === "string" || without === 0).toBe(true);
      const range = derivable(without, withCase, t);
      expect(x).toBeGreaterThanOrEqual(range.min);
      expect(x).toBeLessThanOrEqual(range.max);
      expect(range.max - range.min, `${rest} + ${x}, threshold ${t}`).toBeGreaterThanOrEqual(1);
    }), { numRuns: RUNS });
  });
});
