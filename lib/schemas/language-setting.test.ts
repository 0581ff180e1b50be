import { describe, expect, it } from "vitest";
import { messageKey } from "@/lib/i18n/message-key";
import { languageSettingSchema } from "./language-setting";

describe("languageSettingSchema", () => {
  it("keeps a known language and zone, and turns 'the browser's' into null, also when parsed twice", () => {
    expect(languageSettingSchema.parse({ locale: "ar", timeZone: "Europe/Rome" })).toEqual({ locale: "ar", timeZone: "Europe/Rome" });
    const browser = languageSettingSchema.parse({ locale: "", timeZone: "" });
    expect(browser).toEqual({ locale: null, timeZone: null });
    expect(languageSettingSchema.parse(browser)).toEqual(browser);
  });

  it("refuses a language or zone it does not know, on its field", () => {
    const issues = languageSettingSchema.safeParse({ locale: "pt", timeZone: "Mars/Olympus_Mons" }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([["locale", messageKey("validation.account.locale")], ["timeZone", messageKey("validation.account.timeZone")]]);
    expect(languageSettingSchema.safeParse({ locale: 3, timeZone: "UTC" }).success).toBe(false);
  });
});
