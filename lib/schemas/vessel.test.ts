import { describe, expect, it } from "vitest";
import { isValidImo, vesselInputSchema } from "./vessel";

const valid = { name: "Bourbon Argos", kind: "RESCUE_SHIP", flagState: "", imo: "", mmsi: "", callSign: "", organizationId: "" };
const errorsOf = (input: object) => vesselInputSchema.safeParse({ ...valid, ...input }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("isValidImo", () => {
  it("checks the check digit", () => {
    expect(isValidImo("9074729")).toBe(true);
    expect(isValidImo("9074728")).toBe(false);
    expect(isValidImo("907472")).toBe(false);
  });
});

describe("vesselInputSchema", () => {
  it("turns empty optional fields into null and normalizes the rest", () => {
    expect(vesselInputSchema.parse(valid)).toMatchObject({ flagState: null, imo: null, mmsi: null, callSign: null, organizationId: null });
    expect(vesselInputSchema.parse({ ...valid, imo: " IMO 9074729 ", callSign: "lxag" })).toMatchObject({ imo: "9074729", callSign: "LXAG" });
  });

  it("explains wrong identifiers", () => {
    expect(errorsOf({ imo: "12345" })).toEqual(["imo: An IMO number is 7 digits, e.g. 9074729."]);
    expect(errorsOf({ imo: "9074728" })).toEqual(["imo: This IMO number's check digit does not match: check for a typo."]);
    expect(errorsOf({ mmsi: "12345678" })).toEqual(["mmsi: An MMSI is 9 digits, e.g. 253123000."]);
    expect(errorsOf({ callSign: "A!" })).toEqual(["callSign: A call sign is 3–8 letters or digits, e.g. LXAG."]);
    expect(errorsOf({ kind: "SUBMARINE", name: " " })).toHaveLength(2);
  });
});
