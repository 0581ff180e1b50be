import { describe, expect, it } from "vitest";
import { countryCodeOf, countryName, countryOptions, isCountryCode } from "./index";

describe("countries", () => {
  it("reads a code in any case, a name, an unambiguous other name, or Name (CC)", () => {
    expect(countryCodeOf("er")).toBe("ER");
    expect(countryCodeOf(" Eritrea ")).toBe("ER");
    expect(countryCodeOf("ivory coast")).toBe("CI");
    expect(countryCodeOf("Sudan (SD)")).toBe("SD");
  });

  it("refuses what is no ISO 3166-1 country, and a name two countries share", () => {
    expect(countryCodeOf("ZZ")).toBeNull();
    expect(countryCodeOf("Eritra")).toBeNull();
    expect(countryCodeOf("")).toBeNull();
    expect(isCountryCode("EU")).toBe(false);
  });

  it("names a code, and lists every country once, sorted by name", () => {
    expect(countryName("SY")).toBe("Syrian Arab Republic");
    const options = countryOptions();
    expect(new Set(options.map((o) => o.code)).size).toBe(options.length);
    expect(options.length).toBeGreaterThan(240);
    expect(options.map((o) => o.name)).toEqual([...options.map((o) => o.name)].sort((a, b) => a.localeCompare(b, "en")));
    expect(options.every((o) => countryCodeOf(o.name) === o.code)).toBe(true);
  });
});
