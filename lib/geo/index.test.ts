import { describe, expect, it } from "vitest";
import { deriveGeography } from "./index";

describe("deriveGeography", () => {
  it("combines distance (to 0.1 nm), nearest country and SAR regions", () => {
    expect(deriveGeography(35.331, 12.58)).toEqual({ distanceToCoastNm: 10, nearestCountry: "Italy", sarRegions: ["Italy", "Malta"] });
    expect(deriveGeography(34.5, 15.5)).toEqual({ distanceToCoastNm: 92.4, nearestCountry: "Malta", sarRegions: ["Malta"] });
    expect(deriveGeography(32.9, 13.18)).toEqual({ distanceToCoastNm: 0, nearestCountry: "Libya", sarRegions: ["Libya"] });
  });

  it("leaves distance and country empty outside the bundled area but still checks SAR regions", () => {
    expect(deriveGeography(28.1, -15.4)).toEqual({ distanceToCoastNm: null, nearestCountry: null, sarRegions: [] });
  });
});
