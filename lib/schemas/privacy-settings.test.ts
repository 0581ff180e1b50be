import { describe, expect, it } from "vitest";
import { messageKey } from "@/lib/i18n/message-key";
import { PRIVACY_DEFAULTS, privacySettingsInputSchema } from "./privacy-settings";

const valid = { restoreDays: "30", suppressionThreshold: "5", positionRoundingDegrees: "0.1" };
const problems = (input: object) => privacySettingsInputSchema.safeParse({ ...valid, ...input }).error?.issues.map((i) => [i.path.join("."), i.message]);

describe("privacySettingsInputSchema", () => {
  it("reads the form's strings as numbers", () => {
    expect(privacySettingsInputSchema.parse({ restoreDays: " 45 ", suppressionThreshold: "3", positionRoundingDegrees: "0.25" }))
      .toEqual({ restoreDays: 45, suppressionThreshold: 3, positionRoundingDegrees: 0.25 });
    expect(privacySettingsInputSchema.parse(PRIVACY_DEFAULTS)).toEqual(PRIVACY_DEFAULTS);
  });

  it("accepts the bounds themselves", () => {
    for (const [restoreDays, suppressionThreshold] of [["7", "3"], ["365", "20"]]) {
      expect(privacySettingsInputSchema.safeParse({ ...valid, restoreDays, suppressionThreshold }).success).toBe(true);
    }
  });

  it("refuses a restore period outside 7–365 whole days, saying the bounds", () => {
    const message = messageKey("validation.privacy.restoreDays", { min: 7, max: 365 });
    for (const restoreDays of ["6", "366", "0", "-30", "30.5", "", "thirty", 1e9, Number.NaN]) {
      expect(problems({ restoreDays }), String(restoreDays)).toEqual([["restoreDays", message]]);
    }
  });

  it("refuses a suppression threshold outside 3–20", () => {
    const message = messageKey("validation.privacy.suppressionThreshold", { min: 3, max: 20 });
    for (const suppressionThreshold of ["2", "21", "4.5", ""]) expect(problems({ suppressionThreshold })).toEqual([["suppressionThreshold", message]]);
  });

  it("refuses a rounding that is not one of the offered steps", () => {
    for (const positionRoundingDegrees of ["0.2", "0", "2", "", "0.1; DROP"]) {
      expect(problems({ positionRoundingDegrees })).toEqual([["positionRoundingDegrees", messageKey("validation.privacy.positionRounding")]]);
    }
  });
});
