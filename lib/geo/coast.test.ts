import { describe, expect, it } from "vitest";
import land from "./data/land.json";
import { coastInfo, distanceToCoastNm, nearestCountry } from "./coast";

// Expected distances come from an independent brute force in Python over the raw files (all 1,420
// Natural Earth 50 m land polygons unclipped and unrounded, plus the unsimplified ISTAT outlines of
// the Pelagie islands): every segment densified to 0.02 nm steps, haversine on R = 6371.0088 km.
// ±0.1 nm covers what this module does differently: coordinates rounded to 1e-4° (≤ 0.006 nm),
// Pelagie outlines simplified to 40 m, the 0.02 nm sampling.
const SAME_DATA_NM = 0.1;
// Against the real world the 50 m coast is itself ~1 nm off in places.
const REAL_WORLD_NM = 1.5;

const atSea: [place: string, lat: number, lon: number, nm: number, country: string][] = [
  ["26 nm due north of the shore at Sabratha (the coast trends WNW)", 33.238, 12.485, 24.56, "Libya"],
  ["26 nm due north of Zuwara harbour", 33.366, 12.083, 20.99, "Libya"],
  ["Lampedusa harbour", 35.499, 12.606, 0.08, "Italy"],
  ["10 nm south of Lampedusa", 35.331, 12.58, 10.0, "Italy"],
  ["Between Lampedusa and Libya", 35.0, 12.5, 30.22, "Italy"],
  ["West of Lampedusa, nearest to Lampione rather than Tunisia", 35.5, 11.8, 25.64, "Italy"],
  ["Mid-sea between Libya and Malta", 34.5, 15.5, 92.4, "Malta"],
  ["Off Capo Passero, Sicily", 36.2, 15.5, 34.76, "Italy"],
  ["Off Misrata", 33.5, 15.0, 62.36, "Libya"],
  ["Off Cap Bon", 37.2, 11.3, 14.05, "Tunisia"],
  ["Alboran Sea", 36.0, -3.0, 35.61, "Morocco"],
  ["Strait of Gibraltar, Moroccan side", 35.85, -5.6, 0.76, "Morocco"],
  ["Mytilene strait, Lesbos side", 39.1, 26.65, 3.14, "Greece"],
  ["Cretan Sea", 36.0, 25.0, 28.05, "Greece"],
  ["Ionian Sea", 36.0, 18.5, 148.86, "Greece"],
];

describe("coastInfo", () => {
  it.each(atSea)("%s", (_, lat, lon, nm, country) => {
    const info = coastInfo(lat, lon);
    expect(info?.isOnLand).toBe(false);
    expect(info?.distanceNm).toBeGreaterThanOrEqual(nm - SAME_DATA_NM);
    expect(info?.distanceNm).toBeLessThanOrEqual(nm + SAME_DATA_NM);
    expect(info?.nearestCountry).toBe(country);
  });

  it("stays within 1.5 nm of the real distance where it is known", () => {
    expect(distanceToCoastNm(35.499, 12.606)).toBeLessThan(REAL_WORLD_NM); // in Lampedusa harbour
    expect(Math.abs(distanceToCoastNm(35.331, 12.58)! - 10)).toBeLessThan(REAL_WORLD_NM); // 10′ of latitude south of its shore
    expect(distanceToCoastNm(33.238, 12.485)).toBeLessThan(26 + REAL_WORLD_NM);
  });

  it("puts harbour cities on land, owned by their country", () => {
    expect(coastInfo(32.9, 13.18)).toEqual({ distanceNm: 0, isOnLand: true, nearestCountry: "Libya" }); // Tripoli
    expect(coastInfo(35.8989, 14.5146)).toEqual({ distanceNm: 0, isOnLand: true, nearestCountry: "Malta" }); // Valletta
    expect(coastInfo(34.0, 3.0)).toEqual({ distanceNm: 0, isOnLand: true, nearestCountry: "Algeria" });
  });

  it("answers null where the bundled land cannot know the nearest coast", () => {
    expect(coastInfo(28.1, -15.4)).toBeNull(); // Canary Islands: outside the box
    expect(coastInfo(31.0, -110.0)).toBeNull(); // Sonora
    expect(coastInfo(35.0, -11.9)).toBeNull(); // Atlantic: the box edge is nearer than any bundled coast
    expect(coastInfo(Number.NaN, 12)).toBeNull();
    expect(nearestCountry(28.1, -15.4)).toBeNull();
    expect(distanceToCoastNm(28.1, -15.4)).toBeNull();
  });
});

describe("bundled land", () => {
  it("keeps the box it was cut to and a country for every stretch of coast but the cut edges", () => {
    expect(land.bbox).toEqual([-12, 28, 42, 48]);
    const owners = new Set(land.features.flatMap((f) => f.properties.coast.flat().map((run) => run[1])));
    expect([...owners].filter((o) => typeof o !== "string" && o !== null)).toEqual([]);
    for (const country of ["Italy", "Libya", "Malta", "Tunisia", "Greece", "Turkey", "Egypt"]) expect(owners).toContain(country);
  });
});
