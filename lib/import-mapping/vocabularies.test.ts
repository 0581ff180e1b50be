import { describe, expect, it } from "vitest";
import { proposeValue, proposeValues } from "./vocabularies";

describe("proposing a code for a value", () => {
  it.each([
    ["causes_of_death", "Drowning / noyade", "DROWNING"], ["causes_of_death", "annegamento", "DROWNING"], ["causes_of_death", "Hypothermia", "HYPOTHERMIA"],
    ["causes_of_death", "Unknown (presumed dehydration)", "UNKNOWN"], ["causes_of_death", "Presumed drowning", "DROWNING"], ["causes_of_death", "Asphyxie", "SUFFOCATION"],
    ["boat_type", "rubber", "INFLATABLE"], ["boat_type", "Gommone", "INFLATABLE"], ["boat_type", "Inflatable / rubber", "INFLATABLE"], ["boat_type", "WOODEN", "WOODEN"],
    ["boat_type", "barca di legno", "WOODEN"], ["boat_type", "Fischerboot", "FISHING"],
    ["boat_conditions", "Capsized", "CAPSIZED"], ["boat_conditions", "alla deriva", "ADRIFT"], ["boat_conditions", "panne moteur", "ENGINE_FAILURE"],
    ["region", "mediterranean", "Mediterranean"], ["region", "North Africa", "Northern Africa"], ["route", "central mediterranean", "Central Mediterranean"],
    ["status", "Brouillon", "DRAFT"], ["status", "verified", "VERIFIED"],
  ] as const)("%s: %s → %s", (field, value, code) => {
    expect(proposeValue(field, value)).toBe(code);
  });

  it("proposes nothing for a value it cannot place", () => {
    expect(proposeValue("boat_type", "catamaran")).toBeNull();
    expect(proposeValue("causes_of_death", "Mixed or unknown reasons that nobody recorded")).toBe("UNKNOWN");
    expect(proposeValue("causes_of_death", "Sudden, shared")).toBeNull();
    expect(proposeValue("region", "Atlantis")).toBeNull();
    expect(proposeValues("boat_type", ["rubber", "catamaran", "wooden"])).toEqual({ rubber: "INFLATABLE", wooden: "WOODEN" });
  });
});
