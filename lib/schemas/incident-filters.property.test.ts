import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BoatType, IncidentStatus } from "@/generated/prisma/enums";
import { nastyText } from "@/lib/test/hostile-input";
import { filtersToSearchParams, incidentFilterSchema, parseIncidentFilters, PERIODS, periodRange, SAR_REGION_FILTERS, SORTS } from "./incident-filters";
import { IOM_REGIONS, IOM_ROUTES } from "./incident-vocabulary";

const RUNS = 2_000;
const KEYS = Object.keys(incidentFilterSchema.shape);

// What a URL can carry: each parameter absent, once or repeated, with valid and hostile values.
const paramValue = fc.oneof(
  nastyText,
  fc.constantFrom(...PERIODS, ...SORTS, ...SAR_REGION_FILTERS, ...IOM_REGIONS, ...IOM_ROUTES, ...Object.values(BoatType), ...Object.values(IncidentStatus)),
  fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2016-02-30", "2016-02-29", "2015-02-29", "0000-00-00", "2016-1-1", "1e3", "0x10", "-5", "0", "99999999999", "1.5", " 3 ", "NaN", "Infinity", "", "%00"),
  fc.uuid(),
  fc.integer().map(String),
);
const params = fc.dictionary(
  fc.oneof(fc.constantFrom(...KEYS), fc.string()),
  fc.oneof(fc.constant(undefined), paramValue, fc.array(paramValue, { maxLength: 4 })),
  { maxKeys: 8 },
);

function fromSearchParams(search: URLSearchParams) {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    result[key] = values.length === 1 ? values[0] : values;
  }
  return result;
}

describe("incident filters against generated URLs (property)", () => {
  it("never fail: every value they do not know falls back to no filter, and the result is within bounds", () => {
    fc.assert(fc.property(params, (input) => {
      const filters = parseIncidentFilters(input);
      expect(Object.keys(filters).every((key) => KEYS.includes(key))).toBe(true);
      expect(PERIODS).toContain(filters.period);
      expect(SORTS).toContain(filters.sort);
      expect(filters.status.length).toBeGreaterThan(0);
      expect(filters.status.every((s) => s in IncidentStatus)).toBe(true);
      expect(Number.isInteger(filters.page) && filters.page >= 1 && filters.page <= 100_000).toBe(true);
      for (const day of [filters.from, filters.to]) if (day !== undefined) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const { start, end } = periodRange({ ...filters, period: "custom" });
      for (const bound of [start, end]) if (bound) expect(Number.isNaN(bound.getTime())).toBe(false);
    }), { numRuns: RUNS });
  });

  it("write back to a URL that reads as the same filters", () => {
    fc.assert(fc.property(params, (input) => {
      const filters = parseIncidentFilters(input);
      expect(parseIncidentFilters(fromSearchParams(filtersToSearchParams(filters)))).toEqual(filters);
    }), { numRuns: RUNS });
  });
});
