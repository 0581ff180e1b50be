import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { malformedPosition, nastyText } from "@/lib/test/hostile-input";
import { formatPosition, parsePosition } from "./parse-position";

const RUNS = 2_000;
const HALF_THOUSANDTH_OF_A_MINUTE = 0.0005 / 60 + 1e-12;

const latitude = fc.double({ min: -90, max: 90, noNaN: true });
const longitude = fc.double({ min: -180, max: 180, noNaN: true });

function expectWellFormed(result: ReturnType<typeof parsePosition>) {
  if (!result.ok) {
    expect(result.error).toMatch(/\S/);
    return;
  }
  expect(Number.isFinite(result.latitude) && Math.abs(result.latitude) <= 90).toBe(true);
  expect(Number.isFinite(result.longitude) && Math.abs(result.longitude) <= 180).toBe(true);
  expect(result.normalized).toBe(formatPosition(result.latitude, result.longitude));
}

describe("parsePosition against generated input (property)", () => {
  it("never throws on any text: it reads a position within range, or says what to fix", () => {
    const anyText = fc.oneof(nastyText, malformedPosition, fc.string({ unit: "binary", maxLength: 2_000 }));
    fc.assert(fc.property(anyText, (text) => expectWellFormed(parsePosition(text))), { numRuns: RUNS });
  });

  it("refuses every malformed position with a message", () => {
    fc.assert(fc.property(malformedPosition, (text) => {
      const result = parsePosition(text);
      expect(result.ok).toBe(false);
      expect(result.ok ? "" : result.error).toMatch(/\S/);
    }), { numRuns: RUNS });
  });

  it("reads back every position it writes, to the 0.001′ it writes, and writes it again unchanged", () => {
    fc.assert(fc.property(latitude, longitude, (lat, lon) => {
      const written = formatPosition(lat, lon);
      const read = parsePosition(written);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(Math.abs(read.latitude - lat)).toBeLessThanOrEqual(HALF_THOUSANDTH_OF_A_MINUTE);
      expect(Math.abs(read.longitude - lon)).toBeLessThanOrEqual(HALF_THOUSANDTH_OF_A_MINUTE);
      expect(read.normalized).toBe(written);
    }), { numRuns: RUNS });
  });

  it("reads decimal degrees as typed, signs and all", () => {
    fc.assert(fc.property(latitude, longitude, fc.constantFrom(", ", " ", ",", "; "), (lat, lon, separator) => {
      const [latText, lonText] = [lat.toFixed(6), lon.toFixed(6)];
      const read = parsePosition(`${latText}${separator}${lonText}`);
      expect(read).toMatchObject({ ok: true, latitude: Number(latText), longitude: Number(lonText) });
    }), { numRuns: RUNS });
  });
});
