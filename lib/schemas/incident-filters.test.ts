import { describe, expect, it } from "vitest";
import { filtersToSearchParams, parseIncidentFilters, periodRange } from "./incident-filters";

describe("incident filters", () => {
  it("defaults to submitted and verified incidents of all time, newest first", () => {
    expect(parseIncidentFilters({})).toEqual({ period: "all", status: ["SUBMITTED", "VERIFIED"], sort: "newest", page: 1 });
  });

  it("reads repeated and single parameters", () => {
    const filters = parseIncidentFilters({ status: ["DRAFT", "VERIFIED"], boatType: "WOODEN", sarRegion: "Libya", page: "3", region: "Mediterranean", outcome: "INTERCEPTED_RETURNED_LIBYA", phase: "AWAITING_POS" });
    expect(filters).toMatchObject({ status: ["DRAFT", "VERIFIED"], boatType: "WOODEN", sarRegion: "Libya", page: 3, region: "Mediterranean", outcome: "INTERCEPTED_RETURNED_LIBYA", phase: "AWAITING_POS" });
    expect(parseIncidentFilters({ outcome: "none" }).outcome).toBe("none");
  });

  it("ignores values it does not know instead of failing", () => {
    const filters = parseIncidentFilters({ status: "BOGUS", period: "forever", vessel: "not-a-uuid", page: "-2", from: "2016-13-45", sort: "x", outcome: "SUNK", phase: "closed" });
    expect(filters).toEqual({ period: "all", status: ["SUBMITTED", "VERIFIED"], sort: "newest", page: 1 });
  });

  it("turns periods into half-open UTC ranges", () => {
    const now = new Date("2026-11-24T20:00:00Z");
    expect(periodRange({ period: "this-month" }, now)).toEqual({ start: new Date("2026-11-01T00:00:00Z"), end: new Date("2026-12-01T00:00:00Z") });
    expect(periodRange({ period: "this-year" }, now)).toEqual({ start: new Date("2026-01-01T00:00:00Z"), end: new Date("2027-01-01T00:00:00Z") });
    expect(periodRange({ period: "last-12-months" }, now)).toEqual({ start: new Date("2025-12-01T00:00:00Z"), end: new Date("2026-12-01T00:00:00Z") });
    expect(periodRange({ period: "custom", from: "2016-01-01", to: "2016-12-31" }, now)).toEqual({
      start: new Date("2016-01-01T00:00:00Z"), end: new Date("2017-01-01T00:00:00Z"),
    });
    expect(periodRange({ period: "all" }, now)).toEqual({ start: null, end: null });
  });

  it("writes back only what differs from the defaults", () => {
    const filters = parseIncidentFilters({ period: "custom", from: "2016-01-01", status: ["VERIFIED"], page: "2" });
    expect(filtersToSearchParams(filters).toString()).toBe("period=custom&from=2016-01-01&status=VERIFIED&page=2");
    expect(filtersToSearchParams(parseIncidentFilters({})).toString()).toBe("");
  });
});
