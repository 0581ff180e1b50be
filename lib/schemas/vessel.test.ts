import { describe, expect, it } from "vitest";
import { isValidImo, vesselInputSchema } from "./vessel";
import { messageKey } from "@/lib/i18n/message-key";

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
    expect(errorsOf({ imo: "12345" })).toEqual([`imo: ${messageKey("validation.admin.imoFormat")}`]);
    expect(errorsOf({ imo: "9074728" })).toEqual([`imo: ${messageKey("validation.admin.imoCheckDigit")}`]);
    expect(errorsOf({ mmsi: "12345678" })).toEqual([`mmsi: ${messageKey("validation.admin.mmsiFormat")}`]);
    expect(errorsOf({ callSign: "A!" })).toEqual([`callSign: ${messageKey("validation.admin.callSignFormat")}`]);
    expect(errorsOf({ kind: "SUBMARINE", name: " " })).toHaveLength(2);
  });
});
