import { describe, expect, it } from "vitest";
import { sarRegions } from "./sar-region";

// Expected regions checked independently with an even-odd test in Python on the raw IMO rings.
describe("sarRegions", () => {
  it.each([
    ["Lampedusa harbour (Italy's wedge inside Malta's region)", 35.499, 12.606, ["Italy", "Malta"]],
    ["Valletta", 35.8989, 14.5146, ["Malta"]],
    ["Mid-sea between Sicily and Libya", 34.5, 15.5, ["Malta"]],
    ["Off Capo Passero, Sicily", 36.2, 15.5, ["Italy", "Malta"]],
    ["West of Lampedusa", 35.5, 11.8, ["Malta", "Tunisia"]],
    ["Between Lampedusa and Libya", 35.0, 12.5, ["Malta"]],
    ["Off Misrata", 33.5, 15.0, ["Libya"]],
    ["Tripoli (the Libyan ring is not clipped to the sea)", 32.9, 13.18, ["Libya"]],
    ["Off Cap Bon", 37.2, 11.3, ["Tunisia"]],
    ["Rome (the Italian ring crosses the mainland)", 41.9, 12.5, ["Italy"]],
    ["Cretan Sea", 36.0, 25.0, []],
    ["Alboran Sea", 36.0, -3.0, []],
  ] as const)("%s", (_, lat, lon, expected) => {
    expect(sarRegions(lat, lon)).toEqual(expected);
  });
});
