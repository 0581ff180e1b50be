import { describe, expect, it } from "vitest";
import { angleToMeridian, haversineNm, radiansToNm } from "./sphere";

// Expected values from Python's math module with the same formula and radius.
describe("sphere", () => {
  it("measures on a 6371.0088 km sphere, where one minute of latitude is 1.0007 nm", () => {
    expect(haversineNm(35, 12, 35 + 1 / 60, 12)).toBeCloseTo(1.00068, 5);
    expect(haversineNm(35.8989, 14.5146, 35.499, 12.606)).toBeCloseTo(96.106, 3); // Valletta to Lampedusa
    expect(radiansToNm(Math.PI)).toBeCloseTo(10807.3, 1); // half the circumference
  });

  it("bounds the distance to a meridian by the great circle through it", () => {
    expect(radiansToNm(angleToMeridian(0, 1))).toBeCloseTo(60.04, 2);
    expect(radiansToNm(angleToMeridian(60, 1))).toBeCloseTo(30.02, 2);
    expect(angleToMeridian(30, 120)).toBe(Math.PI / 2);
  });
});
